/**
 * Schema migrations, in code (so they ship inside the server bundle), run by Kysely's Migrator on first
 * use. Written once for both dialects with the schema builder; never edit a migration that has shipped,
 * add the next one.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';

const init: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('workshops')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('lessons', 'text', (c) => c.notNull())
      .addColumn('quizzes', 'integer', (c) => c.notNull())
      .addColumn('exam', 'integer', (c) => c.notNull())
      .addColumn('key_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('closed_at', 'bigint')
      .addColumn('seq', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('workshops_expires_at').on('workshops').column('expires_at').execute();

    await db.schema
      .createTable('learners')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workshop_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('rejoin_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('learners_name_per_room', ['workshop_id', 'name_key'])
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('learner_id', 'text', (c) => c.notNull())
      .addColumn('workshop_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_workshop').on('sessions').column('workshop_id').execute();

    await db.schema
      .createTable('entries')
      .addColumn('workshop_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('learner_id', 'text')
      .addColumn('event_id', 'text')
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('received_at', 'bigint', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('entries_pk', ['workshop_id', 'seq'])
      .execute();
    await db.schema.createIndex('entries_event_id').on('entries').columns(['learner_id', 'event_id']).unique().execute();
    await db.schema.createIndex('entries_audience').on('entries').columns(['workshop_id', 'audience', 'seq']).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['entries', 'sessions', 'learners', 'workshops']) await db.schema.dropTable(table).execute();
  },
};

export const migrations: Record<string, Migration> = { '0001-init': init };

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
