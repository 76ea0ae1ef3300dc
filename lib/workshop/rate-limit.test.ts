import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst up to capacity, then refills over time', () => {
    const rl = new RateLimiter({ capacity: 3, perSecond: 1 });
    expect([0, 0, 0, 0].map(() => rl.take('ip', 0).ok)).toEqual([true, true, true, false]);
    expect(rl.take('ip', 0).retryAfter).toBe(1);
    expect(rl.take('ip', 999).ok).toBe(false);
    expect(rl.take('ip', 1000).ok).toBe(true);
    expect(rl.take('other', 1000).ok).toBe(true);
  });

  it('peeks without taking', () => {
    const rl = new RateLimiter({ capacity: 1, perSecond: 1 });
    expect(rl.peek('ip', 0).ok).toBe(true);
    expect(rl.take('ip', 0).ok).toBe(true);
    expect(rl.peek('ip', 500)).toEqual({ ok: false, retryAfter: 1 });
    expect(rl.peek('ip', 1000).ok).toBe(true);
    expect(rl.take('ip', 1000).ok).toBe(true);
  });

  it('says how long to wait at a slow refill rate', () => {
    const rl = new RateLimiter({ capacity: 1, perSecond: 1 / 30 });
    rl.take('ip', 0);
    expect(rl.take('ip', 0)).toEqual({ ok: false, retryAfter: 30 });
    expect(rl.take('ip', 10_000).retryAfter).toBe(20);
  });

  it('keeps memory bounded by dropping the least recently used keys', () => {
    const rl = new RateLimiter({ capacity: 1, perSecond: 0.001 }, 2);
    rl.take('a', 0);
    rl.take('b', 0);
    rl.take('a', 1);
    rl.take('c', 2);
    expect(rl.size).toBe(2);
    expect(rl.take('a', 3).ok).toBe(false); // a was kept (recently used)
    expect(rl.take('b', 3).ok).toBe(true); // b was dropped, starts full
  });
});
