/**
 * libpq's side of a connection to the simulated PostgreSQL: the Unix socket or TCP (through the
 * simulated network), the server's checks (starting up, role, database, pg_hba: trust locally,
 * scram-sha-256 from other hosts) and libpq's words when one fails. A connection holds the
 * cluster's catalog loaded from the server's PGDATA and saves it after each change.
 */
import type { ContainerRecord, Engine } from '../../sim/index';
import { envRecord } from '../../sim/containers/defaults';
import type { FileSystem } from '../../sim/fs/types';
import { loadCluster, pgDataDir, saveCluster, type PgCluster } from '../../sim/db/pg-cluster';
import { localServer, tcpServer, type Reached } from '../../sim/db/reach-server';
import { newDatabase, type Database } from '../../sim/db/sql-model';
import { SqlError } from '../../sim/db/sql-error';
import type { SqlSession } from '../../sim/db/sql-session';

export const PG_SOCKET = '/var/run/postgresql/.s.PGSQL.5432';

export interface PgTarget {
  host: string | null;
  port: number;
  user: string;
  dbname: string;
  password: string | null;
}

export type PgConnectResult =
  | { ok: true; conn: PgConnection }
  /**
   * `text`: libpq's message (without the program's `psql: error: ` prefix); `password`: the
   * server wants one: try it on the same connection (psql's `Password for user …:` prompt).
   */
  | { ok: false; text: string; password?: (password: string) => PgConnectResult };

const envOf = (c: ContainerRecord): Record<string, string> => envRecord(c.config.Env);

/** short `17.5`; release `17.5 (Debian 17.5-1.pgdg120+1)` (the tools' --version and banner); full: version(). */
export interface PgVersion {
  short: string;
  release: string;
  full: string;
}

export function pgVersion(c: ContainerRecord): PgVersion {
  const pkg = envOf(c)['PG_VERSION'] ?? '17.5-1.pgdg120+1';
  const short = pkg.split('-')[0]!;
  const release = `${short} (Debian ${pkg})`;
  return { short, release, full: `PostgreSQL ${release} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit` };
}

export class PgConnection {
  db: Database;

  constructor(
    private readonly eng: Engine,
    readonly server: ContainerRecord,
    private readonly fs: FileSystem,
    readonly cluster: PgCluster,
    readonly user: string,
    db: Database,
    readonly target: PgTarget,
  ) {
    this.db = db;
  }

  private get pgdata(): string {
    return pgDataDir(envOf(this.server));
  }

  session(): SqlSession {
    const cluster = this.cluster;
    return {
      dialect: 'pg',
      db: this.db,
      user: this.user,
      now: this.eng.world.clock,
      version: pgVersion(this.server).full,
      server: {
        databases: () => Object.keys(cluster.databases),
        create: (name, owner) => {
          if (cluster.databases[name]) throw new SqlError({ kind: 'db-exists', name });
          cluster.databases[name] = newDatabase(name, owner);
        },
        drop: (name) => {
          if (!cluster.databases[name]) throw new SqlError({ kind: 'no-db', name });
          delete cluster.databases[name];
        },
        use: (name) => {
          const d = cluster.databases[name];
          if (!d) throw new SqlError({ kind: 'no-db', name });
          return d;
        },
      },
    };
  }

  save(): void {
    saveCluster(this.fs, this.pgdata, this.cluster);
  }

  /** Throw away unsaved changes (a failed -c transaction). */
  reload(): void {
    const fresh = loadCluster(this.fs, this.pgdata, envOf(this.server));
    if (!fresh) return;
    Object.assign(this.cluster, fresh);
    this.db = this.cluster.databases[this.db.name] ?? this.db;
  }
}

const where = (t: PgTarget, ip?: string) => (t.host === null ? `connection to server on socket "${PG_SOCKET}" failed: ` : `connection to server at "${t.host}"${ip ? ` (${ip})` : ''}, port ${t.port} failed: `);

export function connectPg(eng: Engine, self: ContainerRecord, t: PgTarget): PgConnectResult {
  return login(eng, t.host === null ? localServer(eng, self, ['postgres']) : tcpServer(eng, self, ['postgres'], t.host, t.port), t);
}

/** The server's side once reached (authentication, role, database). */
function login(eng: Engine, r: Reached, t: PgTarget): PgConnectResult {
  if (!r.ok) {
    switch (r.error) {
      case 'resolve':
        return { ok: false, text: `could not translate host name "${t.host}" to address: Name or service not known` };
      case 'no-socket':
        return { ok: false, text: `${where(t)}No such file or directory\n\tIs the server running locally and accepting connections on that socket?` };
      default:
        return { ok: false, text: `${where(t, r.ip)}${r.error === 'timeout' ? 'Connection timed out' : 'Connection refused'}\n\tIs the server running on that host and accepting TCP/IP connections?` };
    }
  }
  const env = envOf(r.c);
  const cluster = loadCluster(r.fs, pgDataDir(env), env);
  if (!cluster) return { ok: false, text: `${where(t, r.ip ?? undefined)}FATAL:  the database system is starting up` };
  const w = where(t, r.ip ?? undefined);
  const role = cluster.roles[t.user];
  const trusted = t.host === null || r.clientIp.startsWith('127.') || env['POSTGRES_HOST_AUTH_METHOD'] === 'trust';
  if (!trusted) {
    if (t.password === null) return { ok: false, text: `${w}fe_sendauth: no password supplied`, password: (pw) => login(eng, r, { ...t, password: pw }) };
    if (!role || role.password !== t.password) return { ok: false, text: `${w}FATAL:  password authentication failed for user "${t.user}"` };
  }
  if (!role) return { ok: false, text: `${w}FATAL:  role "${t.user}" does not exist` };
  const db = cluster.databases[t.dbname];
  if (!db) return { ok: false, text: `${w}FATAL:  database "${t.dbname}" does not exist` };
  return { ok: true, conn: new PgConnection(eng, r.c, r.fs, cluster, t.user, db, t) };
}
