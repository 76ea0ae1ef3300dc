import { describe, expect, it } from 'vitest';
import { netWorld } from './testing/net-world';

describe('ping', () => {
  it('busybox flavour in alpine: seq from 0, statistics, names only on user-defined networks', () => {
    const w = netWorld();
    w.network('appnet');
    w.run({ name: 'web', image: 'nginx:alpine', network: 'appnet' });
    w.run({ name: 'box', image: 'alpine', network: 'appnet', cmd: ['sleep', '1000'] });
    w.run({ name: 'lone', image: 'alpine', cmd: ['sleep', '1000'] });
    const r = w.exec('box', ['ping', '-c', '2', 'web']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^PING web \(172\.18\.0\.2\): 56 data bytes\n64 bytes from 172\.18\.0\.2: seq=0 ttl=64 time=0\.\d{3} ms\n64 bytes from 172\.18\.0\.2: seq=1 ttl=64 time=0\.\d{3} ms\n\n--- web ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms\n$/);
    expect(w.exec('lone', ['ping', '-c', '1', 'web'])).toEqual({ stdout: '', stderr: "ping: bad address 'web'\n", exitCode: 1 });
  });

  it('loses every packet to a container on another network, and takes the time to do so', () => {
    const w = netWorld();
    w.network('appnet');
    w.run({ name: 'web', image: 'nginx:alpine', network: 'appnet' });
    w.run({ name: 'lone', image: 'alpine', cmd: ['sleep', '1000'] });
    const before = w.eng.world.clock;
    const r = w.exec('lone', ['ping', '-c', '3', '172.18.0.2']);
    expect(r.stdout).toBe('PING 172.18.0.2 (172.18.0.2): 56 data bytes\n\n--- 172.18.0.2 ping statistics ---\n3 packets transmitted, 0 packets received, 100% packet loss\n');
    expect(r.exitCode).toBe(1);
    expect(w.eng.world.clock - before).toBeGreaterThanOrEqual(12_000);
  });

  it('iputils flavour on the host: icmp_seq from 1, reverse names, rtt with mdev', () => {
    const w = netWorld();
    const r = w.sh('ping -c 3 localhost');
    expect(r.stdout).toMatch(/^PING localhost \(127\.0\.0\.1\) 56\(84\) bytes of data\.\n(64 bytes from localhost \(127\.0\.0\.1\): icmp_seq=[123] ttl=64 time=0\.\d{3} ms\n){3}\n--- localhost ping statistics ---\n3 packets transmitted, 3 received, 0% packet loss, time 2004ms\nrtt min\/avg\/max\/mdev = [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms\n$/);
    expect(w.sh('ping -c 1 nowhere')).toEqual({ stdout: '', stderr: 'ping: nowhere: Name or service not known\n', exitCode: 2 });
    expect(w.sh('ping').stderr).toBe('ping: usage error: Destination address required\n');
  });

  it('reaches a container by address from the host, and the internet from the default bridge', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine' });
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    expect(w.sh('ping -c 1 172.17.0.2').stdout).toContain('1 received, 0% packet loss');
    expect(w.exec('box', ['ping', '-c', '1', 'example.com']).stdout).toMatch(/^PING example\.com \(23\.192\.228\.80\): 56 data bytes\n64 bytes from 23\.192\.228\.80: seq=0 ttl=116 time=\d+\.\d{3} ms\n/);
  });

  it('stays attached without -c and prints the statistics on Ctrl+C', () => {
    const w = netWorld();
    const r = w.session.run('ping localhost');
    expect(r.stdout.match(/icmp_seq=/g)).toHaveLength(4);
    expect(w.session.prompt()).toBe('');
    const stop = w.session.interrupt();
    expect(stop.stdout).toMatch(/^\^C\n--- localhost ping statistics ---\n4 packets transmitted, 4 received/);
  });

  it('is not in ubuntu images', () => {
    const w = netWorld(['ubuntu']);
    w.run({ name: 'u', image: 'ubuntu', cmd: ['sleep', '1000'] });
    const r = w.exec('u', ['bash', '-c', 'ping -c 1 localhost']);
    expect(r.stderr).toMatch(/^bash: (line 1: )?ping: command not found\n$/);
    expect(r.exitCode).toBe(127);
  });
});

describe('an address nobody holds on the caller\'s own bridge', () => {
  it('is unreachable (ARP fails) rather than timing out: ping, wget and curl say so', () => {
    const w = netWorld();
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    w.run({ name: 'web', image: 'nginx:alpine' });
    const before = w.eng.world.clock;
    expect(w.exec('box', ['wget', '-qO-', 'http://172.17.0.9'])).toEqual({ stdout: '', stderr: "wget: can't connect to remote host (172.17.0.9): Host is unreachable\n", exitCode: 1 });
    expect(w.eng.world.clock - before).toBeLessThan(10_000);
    expect(w.exec('web', ['curl', 'http://172.17.0.9']).stderr).toBe("curl: (7) Failed to connect to 172.17.0.9 port 80 after 3071 ms: Couldn't connect to server\n");
    expect(w.sh('ping -c 2 172.17.0.9').stdout).toBe('PING 172.17.0.9 (172.17.0.9) 56(84) bytes of data.\nFrom 172.17.0.1 icmp_seq=1 Destination Host Unreachable\nFrom 172.17.0.1 icmp_seq=2 Destination Host Unreachable\n\n--- 172.17.0.9 ping statistics ---\n2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 1003ms\npipe 2\n');
  });
});

describe('ping as a container\'s main process', () => {
  it('keeps replying as time passes, ignores SIGTERM as PID 1 and prints statistics on SIGINT', () => {
    const w = netWorld();
    const s = w.session;
    expect(s.run('docker run -d --name p alpine ping 8.8.8.8').exitCode).toBe(0);
    s.run('sleep 5');
    const logs = s.run('docker logs p').stdout.split('\n');
    expect(logs[0]).toBe('PING 8.8.8.8 (8.8.8.8): 56 data bytes');
    expect(logs.filter((l) => /^64 bytes from 8\.8\.8\.8: seq=\d+ ttl=116 time=\d+\.\d{3} ms$/.test(l))).toHaveLength(6);
    expect(s.run('docker ps --format "{{.Status}}"').stdout).toBe('Up 5 seconds\n');
    s.run('docker kill -s INT p');
    expect(s.run('docker logs --tail 3 p').stdout).toMatch(/^--- 8\.8\.8\.8 ping statistics ---\n6 packets transmitted, 6 packets received, 0% packet loss\nround-trip min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms\n$/);
    expect(s.run('docker ps -a --format "{{.Status}}"').stdout).toMatch(/^Exited \(0\)/);
    s.run('docker run -d --name q alpine ping 8.8.8.8');
    const before = w.eng.world.clock;
    s.run('docker stop q');
    expect(w.eng.world.clock - before).toBeGreaterThanOrEqual(10_000);
    expect(s.run('docker inspect -f "{{.State.ExitCode}}" q').stdout).toBe('137\n');
  });

  it('fails at once on a name it cannot resolve', () => {
    const w = netWorld();
    w.session.run('docker run -d --name q alpine ping web');
    expect(w.session.run('docker logs q').stderr).toBe("ping: bad address 'web'\n");
    expect(w.session.run('docker inspect -f "{{.State.ExitCode}}" q').stdout).toBe('1\n');
  });
});
