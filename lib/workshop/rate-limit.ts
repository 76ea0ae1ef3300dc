/**
 * Token buckets keyed by a string (an address, a room, a learner). Each key holds `capacity` tokens and
 * regains `perSecond` tokens a second; a request takes one. The clock is passed in on every call.
 * Memory stays bounded: past `maxKeys`, the least recently used keys are dropped (a dropped key simply
 * starts again full, which errs on the side of letting people in).
 */

export interface BucketRule {
  capacity: number;
  perSecond: number;
}

export interface Verdict {
  ok: boolean;
  /** Seconds until one token is back (0 when ok). */
  retryAfter: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly rule: BucketRule,
    private readonly maxKeys = 50_000,
  ) {}

  take(key: string, now: number, cost = 1): Verdict {
    const { capacity, perSecond } = this.rule;
    const old = this.buckets.get(key);
    const tokens = old ? Math.min(capacity, old.tokens + ((now - old.at) / 1000) * perSecond) : capacity;
    this.buckets.delete(key); // re-insert: Map order is the LRU order
    if (tokens >= cost) {
      this.buckets.set(key, { tokens: tokens - cost, at: now });
      this.evict();
      return { ok: true, retryAfter: 0 };
    }
    this.buckets.set(key, { tokens, at: now });
    this.evict();
    return { ok: false, retryAfter: Math.max(1, Math.ceil((cost - tokens) / perSecond - 1e-9)) };
  }

  /** Would `take` succeed now? (Does not take.) */
  peek(key: string, now: number): Verdict {
    const old = this.buckets.get(key);
    if (!old) return { ok: true, retryAfter: 0 };
    const tokens = Math.min(this.rule.capacity, old.tokens + ((now - old.at) / 1000) * this.rule.perSecond);
    return tokens >= 1 ? { ok: true, retryAfter: 0 } : { ok: false, retryAfter: Math.max(1, Math.ceil((1 - tokens) / this.rule.perSecond - 1e-9)) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(): void {
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
  }
}

/**
 * The limits, chosen for a classroom: a whole class often shares one public address (school NAT), so
 * per-address limits on joins are generous, while failed joins (unknown codes: guessing) are tight.
 */
export const LIMITS = {
  /** Creating rooms, per address. */
  create: { capacity: 10, perSecond: 1 / 60 },
  /** Join/rejoin attempts, per address (a class of 300 behind one NAT can join at once). */
  join: { capacity: 300, perSecond: 2 },
  /** Joins into one room (no flooding a room with fake learners). */
  joinRoom: { capacity: 500, perSecond: 5 },
  /** Join attempts with an unknown room code or a wrong rejoin code, per address. */
  joinFailure: { capacity: 10, perSecond: 1 / 30 },
  /** Event posts and answers, per learner. */
  learner: { capacity: 120, perSecond: 20 },
  /** Dashboard reads and controls, per room. */
  instructor: { capacity: 120, perSecond: 20 },
  /** Wrong instructor keys, per address (keys are 256 random bits: this only curbs noise, not guessing). */
  badKey: { capacity: 100, perSecond: 1 },
} satisfies Record<string, BucketRule>;
