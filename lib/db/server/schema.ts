/**
 * The tables, as Kysely sees them. Portable column types only: text, integer (0/1 for booleans),
 * bigint (ms since the epoch; PostgreSQL's int8 is parsed back to a number, see postgres.ts).
 */
import type { Generated } from 'kysely';

export interface WorkshopsTable {
  id: string;
  /** The room code learners type; unique while the room exists. */
  code: string;
  title: string;
  /** JSON array of lesson keys in teaching order. */
  lessons: string;
  quizzes: number;
  exam: number;
  /** sha256 of the instructor key (the key itself is never stored). */
  key_hash: string;
  created_at: number;
  expires_at: number;
  closed_at: number | null;
  /** The last seq used in this room's log; bumping it serialises appends per room. */
  seq: Generated<number>;
}

export interface LearnersTable {
  id: string;
  workshop_id: string;
  name: string;
  /** cleanName + lower case: unique per room. */
  name_key: string;
  /** scrypt hash of the rejoin code (`scrypt$N$salt$hash`). */
  rejoin_hash: string;
  created_at: number;
}

export interface SessionsTable {
  /** sha256 of the learner's bearer token. */
  token_hash: string;
  learner_id: string;
  workshop_id: string;
  created_at: number;
}

export interface EntriesTable {
  workshop_id: string;
  seq: number;
  kind: string;
  /** 'room' (everyone) or 'instructor' (dashboard, and the learner named). */
  audience: string;
  learner_id: string | null;
  /** The client's idempotency key for progress events; unique per learner. */
  event_id: string | null;
  at: number;
  received_at: number;
  /** JSON of the RoomEntryData. */
  data: string;
}

export interface Database {
  workshops: WorkshopsTable;
  learners: LearnersTable;
  sessions: SessionsTable;
  entries: EntriesTable;
}
