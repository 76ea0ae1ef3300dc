/**
 * A PostgreSQL cluster's catalog as plain data: roles and databases (with their tables), kept as
 * JSON in the data directory (`$PGDATA/global/pg_catalog.json`), so a volume on PGDATA keeps
 * them across containers and a container without one loses them with its writable layer. Every
 * committed statement is saved at once (PostgreSQL's WAL makes a commit durable).
 */
import type { FileSystem } from '../fs/types';
import { newDatabase, type Database } from './sql-model';

export interface PgRole {
  name: string;
  superuser: boolean;
  /** null: no password (local trust still lets it in). */
  password: string | null;
}

export interface PgCluster {
  version: 1;
  roles: Record<string, PgRole>;
  databases: Record<string, Database>;
}

export const pgDataDir = (env: Readonly<Record<string, string>>): string => env['PGDATA'] ?? '/var/lib/postgresql/data';
const catalogFile = (pgdata: string) => `${pgdata}/global/pg_catalog.json`;

/** What the image's entrypoint creates: POSTGRES_USER (postgres) as superuser, POSTGRES_DB (the user's name). */
export function initialCluster(env: Readonly<Record<string, string>>): PgCluster {
  const user = env['POSTGRES_USER'] || 'postgres';
  const db = env['POSTGRES_DB'] || user;
  const databases: Record<string, Database> = {};
  for (const name of ['postgres', 'template0', 'template1', db]) databases[name] = newDatabase(name, user);
  return { version: 1, roles: { [user]: { name: user, superuser: true, password: env['POSTGRES_PASSWORD'] ?? null } }, databases };
}

/** The cluster in `pgdata`, or null when it was never initialised (no PG_VERSION). */
export function loadCluster(fs: FileSystem, pgdata: string, env: Readonly<Record<string, string>>): PgCluster | null {
  if (!fs.stat(`${pgdata}/PG_VERSION`)) return null;
  if (!fs.stat(catalogFile(pgdata))) return initialCluster(env);
  return JSON.parse(fs.readFile(catalogFile(pgdata))) as PgCluster;
}

export function saveCluster(fs: FileSystem, pgdata: string, cluster: PgCluster): void {
  if (!fs.stat(`${pgdata}/global`)) fs.mkdir(`${pgdata}/global`, { recursive: true });
  fs.writeFile(catalogFile(pgdata), JSON.stringify(cluster), { mode: 0o600 });
}
