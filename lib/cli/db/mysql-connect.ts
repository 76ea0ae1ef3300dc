/**
 * The mysql client's connection: socket (`localhost`, the default) or TCP, the accounts the data
 * directory holds (MariaDB's root@localhost also by unix_socket as the OS root), the database
 * given with -D, and the server's databases as directories of /var/lib/mysql. Words are those of
 * MySQL 8.4 and MariaDB 11.
 */
import { ExpectedError } from '../../expected-error';
import type { ContainerRecord, Engine } from '../../sim/index';
import { envRecord } from '../../sim/containers/defaults';
import type { FileSystem } from '../../sim/fs/types';
import { loadAccounts, loadDatabase, MYSQL_DATADIR, saveDatabase, SYSTEM_DATABASES, userDatabases, type MysqlAccount, type MysqlKind } from '../../sim/db/mysql-data';
import { localServer, tcpServer, type Reached } from '../../sim/db/reach-server';
import { SqlError } from '../../sim/db/sql-error';
import { newDatabase, type Database } from '../../sim/db/sql-model';
import type { SqlSession } from '../../sim/db/sql-session';

export interface MysqlTarget {
  host: string;
  port: number;
  user: string;
  /** null: no password given. */
  password: string | null;
  database: string | null;
  osUser: string;
}

const envOf = (c: ContainerRecord): Record<string, string> => envRecord(c.config.Env);

export function serverKind(c: ContainerRecord): MysqlKind {
  return c.proc?.behaviour === 'mariadb' || envOf(c)['MARIADB_VERSION'] !== undefined ? 'mariadb' : 'mysql';
}

export function serverVersion(c: ContainerRecord): string {
  const env = envOf(c);
  if (serverKind(c) === 'mariadb') return `${(env['MARIADB_VERSION'] ?? '1:11.8.2+maria~ubu2404').replace(/^\d+:/, '').split('+')[0]!}-MariaDB-ubu2404`;
  return (env['MYSQL_VERSION'] ?? '8.4.6-1.el9').split('-')[0]!;
}

export class MysqlConnection {
  db: Database | null = null;

  constructor(
    private readonly eng: Engine,
    readonly server: ContainerRecord,
    private readonly fs: FileSystem,
    readonly account: MysqlAccount,
    /** `'root'@'localhost'` as the server names this client. */
    readonly who: string,
  ) {}

  get kind(): MysqlKind {
    return serverKind(this.server);
  }

  private allowed(name: string): boolean {
    return this.account.grants.includes('*') || this.account.grants.includes(name) || ['information_schema', 'performance_schema'].includes(name);
  }

  databases(): string[] {
    return [...SYSTEM_DATABASES, ...userDatabases(this.fs)].filter((d) => this.allowed(d)).sort();
  }

  /** USE / -D: the database, or the server's refusal. */
  use(name: string): Database {
    if (!this.databases().includes(name) && this.allowed(name)) throw new SqlError({ kind: 'no-db', name });
    if (!this.allowed(name)) throw new AccessError(`Access denied for user ${this.who} to database '${name}'`);
    return loadDatabase(this.fs, name) ?? newDatabase(name, 'root');
  }

  session(): SqlSession {
    return {
      dialect: 'mysql',
      db: this.db,
      user: this.who.replace(/'/g, ''),
      now: this.eng.world.clock,
      version: serverVersion(this.server),
      server: {
        databases: () => this.databases(),
        create: (name) => {
          if (this.databases().includes(name) || SYSTEM_DATABASES.includes(name)) throw new SqlError({ kind: 'db-exists', name });
          this.fs.mkdir(`${MYSQL_DATADIR}/${name}`, { recursive: true });
        },
        drop: (name) => {
          if (!userDatabases(this.fs).includes(name)) throw new SqlError({ kind: 'no-db', name });
          this.fs.rm(`${MYSQL_DATADIR}/${name}`, { recursive: true, force: true });
        },
        use: (name) => this.use(name),
      },
    };
  }

  save(): void {
    if (this.db && this.fs.stat(`${MYSQL_DATADIR}/${this.db.name}`)) saveDatabase(this.fs, this.db);
  }

  /** Forget unsaved changes (a failed statement). */
  reload(): void {
    if (this.db) this.db = loadDatabase(this.fs, this.db.name) ?? this.db;
  }
}

/** The server said no while connecting (1044, 1045, 1049). */
export class AccessError extends ExpectedError {}

export type MysqlConnectResult = { ok: true; conn: MysqlConnection } | { ok: false; line: string };

/** Reach the server (the socket for `localhost`, else TCP): done before a password is asked. */
export function reachMysql(eng: Engine, self: ContainerRecord, host: string, port: number): Reached {
  return host === 'localhost' ? localServer(eng, self, ['mysql', 'mariadb']) : tcpServer(eng, self, ['mysql', 'mariadb'], host, port);
}

export function connectMysql(eng: Engine, self: ContainerRecord, t: MysqlTarget, clientKind: MysqlKind, reached?: Reached): MysqlConnectResult {
  const socket = t.host === 'localhost';
  const r = reached ?? reachMysql(eng, self, t.host, t.port);
  const product = clientKind === 'mysql' ? 'MySQL ' : '';
  if (!r.ok) {
    if (socket) return { ok: false, line: `ERROR 2002 (HY000): Can't connect to local ${product}server through socket '${clientKind === 'mysql' ? '/var/run/mysqld/mysqld.sock' : '/run/mysqld/mysqld.sock'}' (2)` };
    if (r.error === 'resolve') return { ok: false, line: `ERROR 2005 (HY000): Unknown ${product}server host '${t.host}' (-2)` };
    return { ok: false, line: clientKind === 'mysql' ? `ERROR 2003 (HY000): Can't connect to MySQL server on '${t.host}:${t.port}' (${r.error === 'timeout' ? 110 : 111})` : `ERROR 2002 (HY000): Can't connect to server on '${t.host}' (${r.error === 'timeout' ? 110 : 115})` };
  }
  const kind = serverKind(r.c);
  // skip-name-resolve (the images' my.cnf): a TCP client is its address, `localhost` only over the socket.
  const host = socket ? 'localhost' : r.clientIp;
  const accounts = loadAccounts(r.fs, kind, envOf(r.c), r.c.id);
  const account = accounts.find((a) => a.user === t.user && a.host === host) ?? accounts.find((a) => a.user === t.user && a.host === '%');
  const who = `'${t.user}'@'${host}'`;
  const viaSocketAuth = !!account?.unixSocket && socket && t.osUser === t.user;
  const passwordOk = account && (t.password ?? '') === account.password;
  if (!account || (!viaSocketAuth && !passwordOk)) return { ok: false, line: `ERROR 1045 (28000): Access denied for user ${who} (using password: ${t.password ? 'YES' : 'NO'})` };
  const conn = new MysqlConnection(eng, r.c, r.fs, account, who);
  if (t.database) {
    try {
      conn.db = conn.use(t.database);
    } catch (e) {
      if (e instanceof AccessError) return { ok: false, line: `ERROR 1044 (42000): ${e.message}` };
      if (e instanceof SqlError) return { ok: false, line: `ERROR 1049 (42000): Unknown database '${t.database}'` };
      throw e;
    }
  }
  return { ok: true, conn };
}
