/** Learners and their device sessions (bearer tokens, stored as sha256). */
import type { Kysely, Transaction } from 'kysely';
import { normaliseWorkshop, WORKSHOP_COLUMNS, type WorkshopRow } from './rooms';
import type { Database, LearnersTable } from './schema';

export async function insertLearner(trx: Transaction<Database>, row: LearnersTable): Promise<boolean> {
  const inserted = await trx
    .insertInto('learners')
    .values(row)
    .onConflict((oc) => oc.columns(['workshop_id', 'name_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertSession(db: Kysely<Database> | Transaction<Database>, tokenHash: string, learnerId: string, workshopId: string, now: number): Promise<void> {
  await db.insertInto('sessions').values({ token_hash: tokenHash, learner_id: learnerId, workshop_id: workshopId, created_at: now }).execute();
}

export async function findLearnerByName(db: Kysely<Database>, workshopId: string, nameKey: string): Promise<LearnersTable | null> {
  return (
    (await db.selectFrom('learners').selectAll().where('workshop_id', '=', workshopId).where('name_key', '=', nameKey).executeTakeFirst()) ?? null
  );
}

export interface SessionRow {
  learnerId: string;
  workshopId: string;
  name: string;
}

const ROOM_COLUMNS = WORKSHOP_COLUMNS.map((c) => `workshops.${c}` as const);

/** A device session with its room, in one query (every learner request starts with this). */
export async function findSessionWithRoom(db: Kysely<Database>, tokenHash: string): Promise<{ session: SessionRow; room: WorkshopRow } | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('learners', 'learners.id', 'sessions.learner_id')
    .innerJoin('workshops', 'workshops.id', 'sessions.workshop_id')
    .select(['sessions.learner_id as learnerId', 'learners.name as learnerName', ...ROOM_COLUMNS])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const { learnerId, learnerName, ...room } = row;
  return { session: { learnerId, workshopId: room.id, name: learnerName }, room: normaliseWorkshop(room)! };
}
