import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

function withRedis(run = 'docker run -d --name cache --network app redis') {
  const h = createHostSession();
  h.run('docker network create app >/dev/null');
  h.run(`${run} >/dev/null 2>&1`);
  return h;
}

describe('redis-cli in a redis container', () => {
  it('formats replies for a terminal with -it and raw without', () => {
    const h = withRedis();
    expect(h.run('docker exec cache redis-cli ping')).toMatchObject({ stdout: 'PONG\n', exitCode: 0 });
    expect(h.run('docker exec cache redis-cli incr hits').stdout).toBe('1\n');
    expect(h.run('docker exec -it cache redis-cli incr hits').stdout).toBe('(integer) 2\n');
    expect(h.run('docker exec -it cache redis-cli get hits').stdout).toBe('"2"\n');
    expect(h.run('docker exec cache redis-cli get hits').stdout).toBe('2\n');
    expect(h.run('docker exec -it cache redis-cli get nope').stdout).toBe('(nil)\n');
    expect(h.run('docker exec cache redis-cli get nope').stdout).toBe('\n');
    expect(h.run('docker exec -it cache redis-cli FOO a').stdout).toBe("(error) ERR unknown command 'FOO', with args beginning with: 'a' \n");
  });

  it('reaches another container by name on a user network, and says why it cannot otherwise', () => {
    const h = withRedis();
    expect(h.run('docker run --rm --network app redis redis-cli -h cache set k v').stdout).toBe('OK\n');
    expect(h.run('docker exec cache redis-cli get k').stdout).toBe('v\n');
    expect(h.run('docker run --rm redis redis-cli -h cache ping')).toMatchObject({ stderr: 'Could not connect to Redis at cache:6379: Name or service not known\n', exitCode: 1 });
    expect(h.run('docker exec cache redis-cli -p 6380 ping')).toMatchObject({ stderr: 'Could not connect to Redis at 127.0.0.1:6380: Connection refused\n', exitCode: 1 });
  });

  it('asks for AUTH when the server has requirepass', () => {
    const h = withRedis('docker run -d --name locked redis redis-server --requirepass s3cret');
    expect(h.run('docker exec locked redis-cli ping').stdout).toBe('NOAUTH Authentication required.\n');
    const ok = h.run('docker exec locked redis-cli -a s3cret ping');
    expect(ok).toMatchObject({ stdout: 'PONG\n', stderr: "Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n" });
    expect(h.run('docker exec locked redis-cli --no-auth-warning -a bad ping').stderr).toBe('AUTH failed: WRONGPASS invalid username-password pair or user is disabled.\n');
  });

  it('keeps keys in memory until the container stops; docker stop saves /data/dump.rdb', () => {
    const h = withRedis('docker run -d --name r -v rdata:/data redis');
    h.run('docker exec r redis-cli set visits 7');
    h.run('docker stop r');
    expect(h.run('docker run --rm -v rdata:/data alpine ls /data').stdout).toBe('dump.rdb\n');
    h.run('docker rm r');
    h.run('docker run -d --name r2 -v rdata:/data redis');
    expect(h.run('docker exec r2 redis-cli get visits').stdout).toBe('7\n');
    h.run('docker exec r2 redis-cli set unsaved 1');
    h.run('docker rm -f r2');
    h.run('docker run -d --name r3 -v rdata:/data redis');
    expect(h.run('docker exec r3 redis-cli exists unsaved').stdout).toBe('0\n');
    expect(h.run('docker exec r3 redis-cli get visits').stdout).toBe('7\n');
  });

  it('with --appendonly yes every write reaches the volume, so docker rm -f keeps it', () => {
    const h = withRedis('docker run -d --name r -v aof:/data redis redis-server --appendonly yes');
    h.run('docker exec r redis-cli set k v');
    h.run('docker rm -f r');
    h.run('docker run -d --name r2 -v aof:/data redis redis-server --appendonly yes');
    expect(h.run('docker exec r2 redis-cli get k').stdout).toBe('v\n');
  });

  it("the server's memory is part of a host snapshot", () => {
    const h = withRedis('docker run -d --name r redis');
    h.run('docker exec r redis-cli set k before');
    const snap = h.snapshot();
    h.run('docker exec r redis-cli set k after');
    h.restore(JSON.parse(JSON.stringify(snap)));
    expect(h.run('docker exec r redis-cli get k').stdout).toBe('before\n');
  });

  it('SAVE writes the snapshot at once; without a volume the data goes with the container', () => {
    const h = withRedis('docker run -d --name r redis');
    h.run('docker exec r redis-cli set a 1');
    expect(h.run('docker exec r redis-cli save').stdout).toBe('OK\n');
    expect(h.run('docker exec r ls /data').stdout).toBe('dump.rdb\n');
    h.run('docker rm -f r');
    h.run('docker run -d --name r redis');
    expect(h.run('docker exec r redis-cli dbsize').stdout).toBe('0\n');
  });

  it('opens the prompt with -it; exit leaves it', () => {
    const h = withRedis();
    expect(h.run('docker exec -it cache redis-cli').stdout).toBe('127.0.0.1:6379> ');
    expect(h.run('set n 1').stdout).toBe('OK\n127.0.0.1:6379> ');
    expect(h.run('incr n').stdout).toBe('(integer) 2\n127.0.0.1:6379> ');
    expect(h.run('').stdout).toBe('127.0.0.1:6379> ');
    expect(h.run('exit')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(h.run('docker exec cache redis-cli get n').stdout).toBe('2\n');
  });

  it("the image docs' client container: docker run -it --rm … redis-cli -h cache prompts with the server's address", () => {
    const h = withRedis();
    expect(h.run('docker run -it --rm --network app redis redis-cli -h cache').stdout).toContain('cache:6379> ');
    expect(h.run('incr visits').stdout).toBe('(integer) 1\ncache:6379> ');
    expect(h.run('quit').exitCode).toBe(0);
    expect(h.run('docker exec cache redis-cli get visits').stdout).toBe('1\n');
  });

  it('reads commands from stdin when it is not a terminal', () => {
    const h = withRedis();
    expect(h.run("printf 'set a 1\\nincr a\\n' | docker exec -i cache redis-cli").stdout).toBe('OK\n2\n');
  });
});
