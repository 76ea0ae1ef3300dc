/**
 * The embedded default: SQLite through `libsql` (prebuilt binaries, better-sqlite3's API, nothing to
 * compile) behind Kysely's own SqliteDialect.
 * Durability: WAL with synchronous=FULL, so a commit is on disk (WAL fsynced) before the API acks it,
 * and survives kill -9 and power loss alike. The fsync per commit is amortised by the group commit in
 * append-queue.ts (one transaction for all events that arrive while the previous commit is flushing).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'libsql';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Tables } from './schema';

/**
 * `synchronous`: FULL by default. NORMAL (WAL fsynced only at checkpoints) is still safe against a
 * crashed or killed process, but a power cut may lose the last commits: for disposable setups only.
 */
export type SqliteSync = 'FULL' | 'NORMAL';

export function openSqlite(file: string, synchronous: SqliteSync = 'FULL'): Kysely<Tables> {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec(`PRAGMA synchronous = ${synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  sqlite.exec('PRAGMA busy_timeout = 5000');
  sqlite.exec('PRAGMA foreign_keys = ON');
  // libsql's Database satisfies the better-sqlite3 shape SqliteDialect expects (prepare/reader/all/run/iterate).
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite as never }) });
}
