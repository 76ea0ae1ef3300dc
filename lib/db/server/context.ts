/** What the workshop services share: the store, the clock, randomness, the TTL, rate limiters and the group commit. */
import { WorkshopError } from '../../workshop/errors';
import type { RandomBytes } from '../../workshop/ids';
import { LIMITS, RateLimiter, type BucketRule } from '../../workshop/rate-limit';
import { appendEntries, type AppendOutcome, type NewEntry } from './log';
import { GroupCommit } from './group-commit';
import type { FeedSignal } from './feed';
import type { Store } from './store';

export type Limiters = { [K in keyof typeof LIMITS]: RateLimiter };

export function makeLimiters(rules: Record<keyof typeof LIMITS, BucketRule> = LIMITS): Limiters {
  const out = {} as Limiters;
  for (const key of Object.keys(rules) as Array<keyof typeof LIMITS>) out[key] = new RateLimiter(rules[key]);
  return out;
}

export const DEFAULT_TTL_MS = 72 * 60 * 60 * 1000;

export interface ServiceContext {
  store: Store;
  now(): number;
  random: RandomBytes;
  ttlMs: number;
  limits: Limiters;
  /** Learner progress goes through one group commit per process. */
  progress: GroupCommit<NewEntry, AppendOutcome>;
}

export function createContext(store: Store, options: { now?: () => number; random: RandomBytes; ttlMs?: number; limits?: Limiters }): ServiceContext {
  const progress = new GroupCommit<NewEntry, AppendOutcome>(async (items) => {
    let signals: FeedSignal[] = [];
    const outcomes = await store.writer.transaction().execute(async (trx) => {
      const r = await appendEntries(trx, items, { openAt: (options.now ?? Date.now)() });
      signals = r.signals;
      await store.signalInTransaction(trx, signals);
      return r.outcomes;
    });
    store.signalAfterCommit(signals);
    return outcomes;
  });
  return {
    store,
    now: options.now ?? Date.now,
    random: options.random,
    ttlMs: options.ttlMs ?? DEFAULT_TTL_MS,
    limits: options.limits ?? makeLimiters(),
    progress,
  };
}

/** Take a token or throw 429 with Retry-After. */
export function limit(limiter: RateLimiter, key: string, now: number, what = 'Too many requests'): void {
  const v = limiter.take(key, now);
  if (!v.ok) throw new WorkshopError('rate-limited', `${what}; try again in ${v.retryAfter} s.`, {}, v.retryAfter);
}
