/**
 * MySQL's and MariaDB's data directory (/var/lib/mysql) as the simulated servers keep it: one
 * directory per database, one `<table>.ibd` file (JSON here) per table, and the accounts the
 * entrypoint created in the system tables (mysql.ibd, or MariaDB's mysql/global_priv.MAD).
 */
import { stableHex } from '../core/rng';
import type { FileSystem } from '../fs/types';
import type { Database, Table } from './sql-model';

export type MysqlKind = 'mysql' | 'mariadb';
export const MYSQL_DATADIR = '/var/lib/mysql';
export const SYSTEM_DATABASES = ['information_schema', 'mysql', 'performance_schema', 'sys'];

export interface MysqlAccount {
  user: string;
  host: string;
  password: string;
  /** Databases the account was granted (`*` for all). */
  grants: string[];
  /** MariaDB's root@localhost also authenticates as the OS user root (unix_socket). */
  unixSocket?: boolean;
}

export const usersFile = (kind: MysqlKind) => (kind === 'mysql' ? `${MYSQL_DATADIR}/mysql.ibd` : `${MYSQL_DATADIR}/mysql/global_priv.MAD`);

/** The accounts the image's entrypoint creates from MYSQL_* / MARIADB_* variables. */
export function initialAccounts(kind: MysqlKind, env: Readonly<Record<string, string>>, salt: string): MysqlAccount[] {
  const v = (name: string) => env[`MARIADB_${name}`] ?? env[`MYSQL_${name}`];
  const root = v('ROOT_PASSWORD') ?? (v('RANDOM_ROOT_PASSWORD') ? stableHex(`${salt}/root`, 32) : '');
  const out: MysqlAccount[] = [
    { user: 'root', host: 'localhost', password: root, grants: ['*'], ...(kind === 'mariadb' ? { unixSocket: true } : {}) },
    { user: 'root', host: '%', password: root, grants: ['*'] },
  ];
  const user = v('USER');
  if (user) out.push({ user, host: '%', password: v('PASSWORD') ?? '', grants: v('DATABASE') ? [v('DATABASE')!] : [] });
  return out;
}

export function saveAccounts(fs: FileSystem, kind: MysqlKind, accounts: MysqlAccount[]): void {
  const file = usersFile(kind);
  const dir = file.slice(0, file.lastIndexOf('/'));
  if (!fs.stat(dir)) fs.mkdir(dir, { recursive: true });
  fs.writeFile(file, JSON.stringify(accounts), { mode: 0o640 });
}

/** The accounts in the data directory (older data without them: the container's variables). */
export function loadAccounts(fs: FileSystem, kind: MysqlKind, env: Readonly<Record<string, string>>, salt: string): MysqlAccount[] {
  const file = usersFile(kind);
  const text = fs.stat(file)?.type === 'file' ? fs.readFile(file) : '';
  return text.startsWith('[') ? (JSON.parse(text) as MysqlAccount[]) : initialAccounts(kind, env, salt);
}

/** User databases: the directories of the data directory, without the system ones. */
export function userDatabases(fs: FileSystem): string[] {
  if (!fs.stat(MYSQL_DATADIR)) return [];
  return fs.readdir(MYSQL_DATADIR).filter((n) => !n.startsWith('#') && !SYSTEM_DATABASES.includes(n) && fs.stat(`${MYSQL_DATADIR}/${n}`)?.type === 'dir');
}

export function loadDatabase(fs: FileSystem, name: string): Database | null {
  const dir = `${MYSQL_DATADIR}/${name}`;
  if (fs.stat(dir)?.type !== 'dir') return null;
  const tables: Record<string, Table> = {};
  for (const f of fs.readdir(dir)) {
    if (!f.endsWith('.ibd')) continue;
    const text = fs.readFile(`${dir}/${f}`);
    if (text.startsWith('{')) tables[f.slice(0, -4)] = JSON.parse(text) as Table;
  }
  return { name, owner: 'root', tables, sequences: {} };
}

/** Write a database's tables back (files of dropped tables removed). */
export function saveDatabase(fs: FileSystem, db: Database): void {
  const dir = `${MYSQL_DATADIR}/${db.name}`;
  if (!fs.stat(dir)) fs.mkdir(dir, { recursive: true });
  for (const f of fs.readdir(dir)) if (f.endsWith('.ibd') && !db.tables[f.slice(0, -4)]) fs.rm(`${dir}/${f}`);
  for (const t of Object.values(db.tables)) fs.writeFile(`${dir}/${t.name}.ibd`, JSON.stringify(t), { mode: 0o640 });
}
