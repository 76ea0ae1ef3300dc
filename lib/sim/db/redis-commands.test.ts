import { describe, expect, it } from 'vitest';
import { runDatasetCommand, unknownCommand } from './redis-commands';
import type { RedisDataset } from './redis-store';

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

function redis() {
  const ds: RedisDataset = { keys: {}, lastSave: T0 };
  return { ds, run: (line: string, now = T0) => runDatasetCommand(ds, line.split(' '), now) };
}

describe('Redis dataset commands', () => {
  it('strings and counters', () => {
    const r = redis();
    expect(r.run('SET hits 10')).toEqual({ k: 'status', s: 'OK' });
    expect(r.run('INCR hits')).toEqual({ k: 'int', n: 11 });
    expect(r.run('decrby hits 5')).toEqual({ k: 'int', n: 6 });
    expect(r.run('GET hits')).toEqual({ k: 'bulk', s: '6' });
    expect(r.run('GET nope')).toEqual({ k: 'bulk', s: null });
    r.run('SET name ann');
    expect(r.run('INCR name')).toEqual({ k: 'error', s: 'ERR value is not an integer or out of range' });
    expect(r.run('GET')).toEqual({ k: 'error', s: "ERR wrong number of arguments for 'get' command" });
    expect(r.run('EXISTS hits name nope')).toEqual({ k: 'int', n: 2 });
    expect(r.run('DEL hits nope')).toEqual({ k: 'int', n: 1 });
  });

  it('expiry follows the clock: TTL counts down, the key is gone after', () => {
    const r = redis();
    r.run('SET session abc EX 10');
    expect(r.run('TTL session', T0 + 4_000)).toEqual({ k: 'int', n: 6 });
    expect(r.run('GET session', T0 + 10_000)).toEqual({ k: 'bulk', s: null });
    expect(r.run('TTL session', T0 + 10_000)).toEqual({ k: 'int', n: -2 });
    r.run('SET forever 1');
    expect(r.run('TTL forever')).toEqual({ k: 'int', n: -1 });
  });

  it('lists, hashes and sets; the wrong type is WRONGTYPE', () => {
    const r = redis();
    expect(r.run('RPUSH q a b c')).toEqual({ k: 'int', n: 3 });
    expect(r.run('LPUSH q z')).toEqual({ k: 'int', n: 4 });
    expect(r.run('LRANGE q 0 -1')).toEqual({ k: 'array', items: ['z', 'a', 'b', 'c'].map((s) => ({ k: 'bulk', s })) });
    expect(r.run('LRANGE q 5 9')).toEqual({ k: 'array', items: [] });
    expect(r.run('HSET user:1 name ann age 30')).toEqual({ k: 'int', n: 2 });
    expect(r.run('HGET user:1 age')).toEqual({ k: 'bulk', s: '30' });
    expect(r.run('SADD tags a b a')).toEqual({ k: 'int', n: 2 });
    expect(r.run('GET q')).toEqual({ k: 'error', s: 'WRONGTYPE Operation against a key holding the wrong kind of value' });
    expect(r.run('KEYS user:*')).toEqual({ k: 'array', items: [{ k: 'bulk', s: 'user:1' }] });
    expect(r.run('DBSIZE')).toEqual({ k: 'int', n: 3 });
    expect(r.run('FLUSHALL')).toEqual({ k: 'status', s: 'OK' });
    expect(r.run('DBSIZE')).toEqual({ k: 'int', n: 0 });
  });

  it("unknown commands are named as typed, with up to 20 args", () => {
    expect(unknownCommand(['FOO', 'a', 'b'])).toEqual({ k: 'error', s: "ERR unknown command 'FOO', with args beginning with: 'a' 'b' " });
    expect(unknownCommand(['hello2'])).toEqual({ k: 'error', s: "ERR unknown command 'hello2', with args beginning with: " });
  });
});
