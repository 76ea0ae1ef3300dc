/**
 * The process-wide workshop service for the route handlers: one store (opened and migrated on first
 * use), one group commit, one set of rate limiters, and a sweeper that deletes expired rooms every
 * 10 minutes. Kept on globalThis so every route bundle of the app shares it.
 */
import { type ServiceContext, createContext } from './context';
import { purgeExpired } from './rooms';
import { cryptoRandom } from './secrets';
import { configFromEnv, openStore } from './store';

const KEY = Symbol.for('dockerlings.workshop.service');
type Holder = { [KEY]?: Promise<ServiceContext> };

export const SWEEP_EVERY_MS = 10 * 60_000;

function ttlFromEnv(): number | undefined {
  const hours = Number(process.env.WORKSHOP_TTL_HOURS);
  return Number.isFinite(hours) && hours > 0 ? Math.min(hours, 24 * 30) * 3_600_000 : undefined;
}

export async function sweepExpired(ctx: ServiceContext): Promise<number> {
  const ids = await purgeExpired(ctx.store.db, ctx.now());
  const signals = ids.map((workshopId) => ({ workshopId, seq: Number.MAX_SAFE_INTEGER, roomWide: true, gone: 'expired' as const }));
  // Streams of purged rooms also notice on their next heartbeat; this just tells local ones at once.
  for (const s of signals) ctx.store.feed.deliver(s);
  return ids.length;
}

async function start(): Promise<ServiceContext> {
  const store = await openStore(configFromEnv());
  const ctx = createContext(store, { random: cryptoRandom, ttlMs: ttlFromEnv() });
  const sweep = () => void sweepExpired(ctx).catch(() => {});
  sweep();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
  return ctx;
}

export function workshopService(): Promise<ServiceContext> {
  const holder = globalThis as Holder;
  holder[KEY] ??= start().catch((error: unknown) => {
    delete holder[KEY]; // let the next request try again (e.g. PostgreSQL was still starting)
    throw error;
  });
  return holder[KEY];
}
