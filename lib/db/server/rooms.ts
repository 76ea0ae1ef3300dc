/** The workshops table: create, look up, close, delete and purge expired rooms (with everything in them). */
import type { Kysely, Transaction } from 'kysely';
import type { WorkshopInfo } from '../../workshop/api-types';
import type { Database, WorkshopsTable } from './schema';

export type WorkshopRow = Omit<WorkshopsTable, 'seq'> & { seq: number };

export function toInfo(row: WorkshopRow): WorkshopInfo {
  return {
    code: row.code,
    title: row.title,
    lessons: JSON.parse(row.lessons) as string[],
    quizzes: row.quizzes === 1,
    exam: row.exam === 1,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    closedAt: row.closed_at === null ? null : Number(row.closed_at),
  };
}

export const WORKSHOP_COLUMNS = ['id', 'code', 'title', 'lessons', 'quizzes', 'exam', 'key_hash', 'created_at', 'expires_at', 'closed_at', 'seq'] as const;

export function normaliseWorkshop(row: WorkshopRow | undefined): WorkshopRow | null {
  if (!row) return null;
  return { ...row, created_at: Number(row.created_at), expires_at: Number(row.expires_at), closed_at: row.closed_at === null ? null : Number(row.closed_at), seq: Number(row.seq) };
}

export async function findWorkshopByCode(db: Kysely<Database>, code: string): Promise<WorkshopRow | null> {
  return normaliseWorkshop(await db.selectFrom('workshops').select(WORKSHOP_COLUMNS).where('code', '=', code).executeTakeFirst());
}

export async function findWorkshopById(db: Kysely<Database>, id: string): Promise<WorkshopRow | null> {
  return normaliseWorkshop(await db.selectFrom('workshops').select(WORKSHOP_COLUMNS).where('id', '=', id).executeTakeFirst());
}

/** Insert a room; false when the code is taken (the caller draws another). */
export async function insertWorkshop(db: Kysely<Database>, row: Omit<WorkshopsTable, 'seq'>): Promise<boolean> {
  const inserted = await db
    .insertInto('workshops')
    .values({ ...row, seq: 0 })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function markClosed(trx: Transaction<Database>, id: string, now: number): Promise<boolean> {
  const r = await trx.updateTable('workshops').set({ closed_at: now }).where('id', '=', id).where('closed_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Remove a room and all it holds. */
export async function deleteWorkshops(trx: Transaction<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx.deleteFrom('entries').where('workshop_id', 'in', ids).execute();
  await trx.deleteFrom('sessions').where('workshop_id', 'in', ids).execute();
  await trx.deleteFrom('learners').where('workshop_id', 'in', ids).execute();
  await trx.deleteFrom('workshops').where('id', 'in', ids).execute();
}

/** Delete rooms whose time is up; returns their ids (at most `limit` per call). */
export async function purgeExpired(db: Kysely<Database>, now: number, limit = 100): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const ids = (await trx.selectFrom('workshops').select('id').where('expires_at', '<=', now).limit(limit).execute()).map((r) => r.id);
    await deleteWorkshops(trx, ids);
    return ids;
  });
}
