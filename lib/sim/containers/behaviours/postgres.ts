/**
 * postgres: refuses to initialise without POSTGRES_PASSWORD (the image's exact error, exit 1);
 * otherwise initdb output on first start (PGDATA gets PG_VERSION, so a volume keeps the cluster),
 * "database system is ready to accept connections", fast shutdown on SIGINT/SIGTERM.
 */
import { basename, type BehaviourCtx, type ServiceBehaviour } from './types';
import { pgTime } from './time-formats';
import { initialCluster, saveCluster } from '../../db/pg-cluster';

const NO_PASSWORD = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;

const version = (ctx: BehaviourCtx) => (ctx.env['PG_VERSION'] ?? '17.5-1.pgdg120+1').split('-')[0]!;
const banner = (ctx: BehaviourCtx) => `starting PostgreSQL ${version(ctx)} (Debian ${ctx.env['PG_VERSION'] ?? '17.5-1.pgdg120+1'}) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit`;

export const postgresBehaviour: ServiceBehaviour = {
  name: 'postgres',
  memory: 38_000_000,
  minMemory: 20_000_000,
  match: (argv) => basename(argv[0] ?? '') === 'postgres',
  start(ctx) {
    const pgdata = ctx.env['PGDATA'] ?? '/var/lib/postgresql/data';
    const initialised = ctx.fs.stat(`${pgdata}/PG_VERSION`) !== null;
    const at = (ms: number) => ctx.now + ms;
    const log = (ms: number, pid: number, s: string) => ctx.log('stderr', `${pgTime(at(ms))} [${pid}] LOG:  ${s}`, at(ms));
    if (!initialised) {
      if (!ctx.env['POSTGRES_PASSWORD'] && ctx.env['POSTGRES_HOST_AUTH_METHOD'] !== 'trust') {
        ctx.log('stderr', NO_PASSWORD);
        return { exit: { code: 1, afterMs: 0 } };
      }
      const out = (s: string) => ctx.log('stdout', s);
      out('The files belonging to this database system will be owned by user "postgres".\nThis user must also own the server process.\n');
      out('The database cluster will be initialized with locale "en_US.utf8".\nThe default database encoding has accordingly been set to "UTF8".\nThe default text search configuration will be set to "english".\n\nData page checksums are disabled.\n');
      out(`fixing permissions on existing directory ${pgdata} ... ok\ncreating subdirectories ... ok\nselecting dynamic shared memory implementation ... posix\nselecting default "max_connections" ... 100\nselecting default "shared_buffers" ... 128MB\nselecting default time zone ... Etc/UTC\ncreating configuration files ... ok\nrunning bootstrap script ... ok\nperforming post-bootstrap initialization ... ok\nsyncing data to disk ... ok\n\n\nSuccess. You can now start the database server using:\n\n    pg_ctl -D ${pgdata} -l logfile start\n`);
      ctx.log('stderr', 'initdb: warning: enabling "trust" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.');
      out('waiting for server to start....');
      log(600, 48, banner(ctx));
      log(600, 48, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
      log(610, 51, `database system was shut down at ${pgTime(at(300))}`);
      log(620, 48, 'database system is ready to accept connections');
      ctx.log('stdout', ' done\nserver started\n', at(700));
      ctx.log('stdout', '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n', at(700));
      ctx.log('stdout', 'waiting for server to shut down....', at(710));
      log(710, 48, 'received fast shutdown request');
      log(710, 48, 'aborting any active transactions');
      log(720, 48, 'background worker "logical replication launcher" (PID 54) exited with exit code 1');
      log(720, 49, 'shutting down');
      log(730, 49, 'checkpoint starting: shutdown immediate');
      log(780, 48, 'database system is shut down');
      ctx.log('stdout', ' done\nserver stopped\n\nPostgreSQL init process complete; ready for start up.\n', at(800));
      try {
        ctx.fs.mkdir(`${pgdata}/base`, { recursive: true });
        ctx.fs.mkdir(`${pgdata}/global`, { recursive: true });
        ctx.fs.writeFile(`${pgdata}/PG_VERSION`, `${version(ctx).split('.')[0]!}\n`);
        ctx.fs.writeFile(`${pgdata}/postgresql.conf`, "# PostgreSQL configuration file\nlisten_addresses = '*'\n");
        ctx.fs.writeFile(`${pgdata}/pg_hba.conf`, '# TYPE  DATABASE        USER            ADDRESS                 METHOD\nlocal   all             all                                     trust\nhost all all all scram-sha-256\n');
        saveCluster(ctx.fs, pgdata, initialCluster(ctx.env));
      } catch {
        /* read-only data dir: initdb would fail; keep the simulation going */
      }
    } else {
      ctx.log('stdout', '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n');
    }
    const base = initialised ? 50 : 900;
    log(base, 1, banner(ctx));
    log(base, 1, 'listening on IPv4 address "0.0.0.0", port 5432');
    log(base, 1, 'listening on IPv6 address "::", port 5432');
    log(base + 5, 1, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
    log(base + 10, 62, `database system was shut down at ${pgTime(at(initialised ? -60_000 : 780))}`);
    log(base + 20, 1, 'database system is ready to accept connections');
    return { readyAfterMs: base + 20 };
  },
  signal(ctx, sig) {
    if (sig !== 'SIGINT' && sig !== 'SIGTERM' && sig !== 'SIGQUIT') return null;
    const log = (pid: number, s: string) => ctx.log('stderr', `${pgTime(ctx.now)} [${pid}] LOG:  ${s}`);
    log(1, sig === 'SIGTERM' ? 'received smart shutdown request' : 'received fast shutdown request');
    log(1, 'aborting any active transactions');
    log(1, 'background worker "logical replication launcher" (PID 65) exited with exit code 1');
    log(60, 'shutting down');
    log(60, 'checkpoint starting: shutdown immediate');
    log(1, 'database system is shut down');
    return 0;
  },
  listeners: () => [{ port: 5432, proto: 'tcp', kind: 'tcp' }],
  processes: () => [
    { user: 'postgres', cmd: 'postgres', parent: -1 },
    { user: 'postgres', cmd: 'postgres: checkpointer ', parent: 0 },
    { user: 'postgres', cmd: 'postgres: background writer ', parent: 0 },
    { user: 'postgres', cmd: 'postgres: walwriter ', parent: 0 },
    { user: 'postgres', cmd: 'postgres: autovacuum launcher ', parent: 0 },
    { user: 'postgres', cmd: 'postgres: logical replication launcher ', parent: 0 },
  ],
};
