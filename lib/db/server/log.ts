/**
 * Appending to and reading a room's log. Appends run inside a caller's transaction: the room's `seq`
 * is bumped first (row lock on PostgreSQL, the single writer on SQLite), so entries of one room become
 * visible in seq order and a stream that reads `seq > cursor` never skips one. Progress events carry the
 * learner's event id; the unique (learner_id, event_id) index makes a retried post a no-op.
 */
import type { Kysely, Transaction } from 'kysely';
import { audienceOf, forLearner, learnerOf, type RoomEntry, type RoomEntryData } from '../../workshop/entries';
import type { FeedSignal } from './feed';
import type { Database } from './schema';

export interface NewEntry {
  workshopId: string;
  data: RoomEntryData;
  at: number;
  receivedAt: number;
  /** Idempotency key of a learner's event. */
  eventId?: string | null;
}

/** `seq` of the stored entry; `duplicate` when the learner's event id was already stored; `closed` when the room no longer takes entries. */
export type AppendOutcome = { kind: 'stored'; seq: number } | { kind: 'duplicate' } | { kind: 'closed' };

export interface AppendOptions {
  /** Refuse the append unless the room is open and unexpired at this time. */
  openAt?: number;
}

export async function appendEntries(
  trx: Transaction<Database>,
  entries: readonly NewEntry[],
  options: AppendOptions = {},
): Promise<{ outcomes: AppendOutcome[]; signals: FeedSignal[] }> {
  const outcomes: AppendOutcome[] = new Array(entries.length);
  const signals: FeedSignal[] = [];
  const byRoom = new Map<string, number[]>();
  entries.forEach((e, i) => byRoom.set(e.workshopId, [...(byRoom.get(e.workshopId) ?? []), i]));

  for (const [workshopId, indexes] of byRoom) {
    const seen = new Set<string>();
    const fresh: number[] = [];
    for (const i of indexes) {
      const e = entries[i]!;
      const key = e.eventId ? `${learnerOf(e.data)}\u0000${e.eventId}` : null;
      if (key && seen.has(key)) outcomes[i] = { kind: 'duplicate' };
      else {
        if (key) seen.add(key);
        fresh.push(i);
      }
    }
    if (fresh.length === 0) continue;
    let bump = trx
      .updateTable('workshops')
      .set((eb) => ({ seq: eb('seq', '+', fresh.length) }))
      .where('id', '=', workshopId);
    if (options.openAt !== undefined) bump = bump.where('closed_at', 'is', null).where('expires_at', '>', options.openAt);
    const row = await bump.returning('seq').executeTakeFirst();
    if (!row) {
      for (const i of fresh) outcomes[i] = { kind: 'closed' };
      continue;
    }
    const first = Number(row.seq) - fresh.length + 1;
    const rows = fresh.map((i, n) => {
      const e = entries[i]!;
      return {
        workshop_id: workshopId,
        seq: first + n,
        kind: e.data.kind,
        audience: audienceOf(e.data),
        learner_id: learnerOf(e.data),
        event_id: e.eventId ?? null,
        at: e.at,
        received_at: e.receivedAt,
        data: JSON.stringify(e.data),
      };
    });
    const inserted = await trx
      .insertInto('entries')
      .values(rows)
      .onConflict((oc) => oc.columns(['learner_id', 'event_id']).doNothing())
      .returning('seq')
      .execute();
    const stored = new Set(inserted.map((r) => Number(r.seq)));
    fresh.forEach((i, n) => (outcomes[i] = stored.has(first + n) ? { kind: 'stored', seq: first + n } : { kind: 'duplicate' }));
    const roomWide = rows.some((r) => r.audience === 'room' && stored.has(r.seq));
    if (stored.size > 0) signals.push({ workshopId, seq: Number(row.seq), roomWide });
  }
  return { outcomes, signals };
}

export type Viewer = { kind: 'instructor' } | { kind: 'learner'; learnerId: string };

export const READ_PAGE = 2000;

/** Entries after `after` that `viewer` may see, in seq order (at most `limit`). */
export async function readEntries(db: Kysely<Database>, workshopId: string, after: number, viewer: Viewer, limit = READ_PAGE): Promise<RoomEntry[]> {
  let q = db.selectFrom('entries').select(['seq', 'at', 'data']).where('workshop_id', '=', workshopId).where('seq', '>', after);
  if (viewer.kind === 'learner') {
    const learnerId = viewer.learnerId;
    q = q.where((eb) => eb.or([eb('audience', '=', 'room'), eb('learner_id', '=', learnerId)]));
  }
  const rows = await q.orderBy('seq').limit(limit).execute();
  const entries = rows.map((r) => ({ seq: Number(r.seq), at: Number(r.at), data: JSON.parse(r.data) as RoomEntryData }));
  return viewer.kind === 'learner' ? entries.map(forLearner) : entries;
}

/** Every entry the viewer may see, page by page (for snapshots). */
export async function* allEntries(db: Kysely<Database>, workshopId: string, viewer: Viewer): AsyncGenerator<RoomEntry[]> {
  let after = 0;
  for (;;) {
    const page = await readEntries(db, workshopId, after, viewer);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.seq;
    if (page.length < READ_PAGE) return;
  }
}
