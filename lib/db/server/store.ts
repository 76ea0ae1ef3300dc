/**
 * Opening the workshop database: SQLite in ./data/ by default, PostgreSQL when DATABASE_URL is a
 * postgres:// URL. Migrations run on open (Kysely's Migrator; on PostgreSQL it takes an advisory lock,
 * so instances starting together migrate once).
 */
import path from 'node:path';
import { Migrator, type Kysely, type Transaction } from 'kysely';
import { LocalFeed, type FeedSignal } from './feed';
import { migrationProvider } from './migrations';
import { notifyInTransaction, openPostgres, PgListener } from './postgres';
import type { Database } from './schema';
import { openSqlite, type SqliteSync } from './sqlite';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  /**
   * Where learner progress is committed (the group commit). On PostgreSQL a pool of its own, so the
   * commit every waiting learner depends on never queues behind their authentication reads. SQLite: `db`.
   */
  writer: Kysely<Database>;
  dialect: Dialect;
  feed: LocalFeed;
  /** Called inside an appending transaction (PostgreSQL: NOTIFY, delivered at commit). */
  signalInTransaction(trx: Transaction<Database>, signals: FeedSignal[]): Promise<void>;
  /** Called after the commit (SQLite: wake this process's streams). */
  signalAfterCommit(signals: FeedSignal[]): void;
  /** Run pending migrations (openStore already did; running again is a no-op). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type StoreConfig =
  | { dialect: 'sqlite'; file: string; synchronous?: SqliteSync }
  /** `schema`: keep the tables in this schema instead of `public` (tests use one schema per suite). */
  | { dialect: 'postgres'; url: string; poolSize?: number; schema?: string };

export function configFromEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`DATABASE_URL must be a postgres:// URL (got ${url.split(':')[0]}:…)`);
    return { dialect: 'postgres', url };
  }
  const file = env.WORKSHOP_SQLITE_FILE?.trim() || path.join(cwd, 'data', 'workshops.sqlite');
  return env.WORKSHOP_SQLITE_SYNCHRONOUS?.toUpperCase() === 'NORMAL' ? { dialect: 'sqlite', file, synchronous: 'NORMAL' } : { dialect: 'sqlite', file };
}

export async function migrate(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`workshop database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function openStore(config: StoreConfig): Promise<Store> {
  const feed = new LocalFeed();
  if (config.dialect === 'sqlite') {
    const db = openSqlite(config.file, config.synchronous);
    await migrate(db);
    return {
      db,
      writer: db,
      dialect: 'sqlite',
      feed,
      signalInTransaction: async () => {},
      signalAfterCommit: (signals) => signals.forEach((s) => feed.deliver(s)),
      migrate: () => migrate(db),
      close: () => db.destroy(),
    };
  }
  const { db } = openPostgres(config.url, config.poolSize, config.schema);
  await migrate(db, config.schema);
  const { db: writer } = openPostgres(config.url, 2, config.schema);
  const listener = new PgListener(config.url, (s) => feed.deliver(s));
  await listener.start();
  return {
    db,
    writer,
    dialect: 'postgres',
    feed,
    signalInTransaction: (trx, signals) => notifyInTransaction(trx, signals),
    signalAfterCommit: () => {},
    migrate: () => migrate(db, config.schema),
    close: async () => {
      await listener.close();
      await writer.destroy();
      await db.destroy();
    },
  };
}
