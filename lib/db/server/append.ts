/** Appending in a transaction of its own, with the feed signalled (in it on PostgreSQL, after it on SQLite). */
import type { Transaction } from 'kysely';
import { appendEntries, type AppendOptions, type AppendOutcome, type NewEntry } from './log';
import type { FeedSignal } from './feed';
import type { Database } from './schema';
import type { Store } from './store';

export async function appendNow(
  store: Store,
  entries: NewEntry[],
  options: AppendOptions = {},
  before?: (trx: Transaction<Database>) => Promise<void>,
): Promise<AppendOutcome[]> {
  let signals: FeedSignal[] = [];
  const outcomes = await store.db.transaction().execute(async (trx) => {
    if (before) await before(trx);
    const r = await appendEntries(trx, entries, options);
    signals = r.signals;
    await store.signalInTransaction(trx, signals);
    return r.outcomes;
  });
  store.signalAfterCommit(signals);
  return outcomes;
}
