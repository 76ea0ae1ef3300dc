/** mysql, mariadb, redis and mongo: password checks, ready lines, shutdown on SIGTERM. */
import { basename, type BehaviourCtx, type ServiceBehaviour } from './types';
import { isoTime, redisTime } from './time-formats';
import { initialAccounts, saveAccounts } from '../../db/mysql-data';
import { heldDataset, saveRdb } from '../../db/redis-store';

const mysqlTs = (t: number) => isoTime(t).replace('Z', '000Z');
const entryTs = (t: number) => isoTime(t).slice(0, 19).replace('T', ' ') + '+00:00';

function mysqlLike(kind: 'mysql' | 'mariadb'): ServiceBehaviour {
  const P = kind === 'mysql' ? 'MYSQL' : 'MARIADB';
  const hasPassword = (env: Readonly<Record<string, string>>) =>
    [`${P}_ROOT_PASSWORD`, `${P}_ALLOW_EMPTY_${kind === 'mysql' ? '' : 'ROOT_'}PASSWORD`, `${P}_RANDOM_ROOT_PASSWORD`, 'MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'].some((k) => env[k]);
  return {
    name: kind,
    memory: kind === 'mysql' ? 420_000_000 : 95_000_000,
    minMemory: kind === 'mysql' ? 200_000_000 : 50_000_000,
    match: (argv) => basename(argv[0] ?? '') === (kind === 'mysql' ? 'mysqld' : 'mariadbd'),
    start(ctx) {
      const v = (ctx.env['MYSQL_VERSION'] ?? ctx.env['MARIADB_VERSION'] ?? '8.4.6-1.el9').replace(/^1:/, '');
      const note = (ms: number, s: string) => ctx.log('stdout', `${entryTs(ctx.now + ms)} [Note] [Entrypoint]: ${s}`, ctx.now + ms);
      note(0, `Entrypoint script for ${kind === 'mysql' ? 'MySQL' : 'MariaDB'} Server ${v} started.`);
      const initialised = ctx.fs.stat(kind === 'mysql' ? '/var/lib/mysql/mysql.ibd' : '/var/lib/mysql/mysql') !== null;
      if (!initialised && !hasPassword(ctx.env)) {
        note(0, "Switching to dedicated user 'mysql'");
        note(0, `Entrypoint script for ${kind === 'mysql' ? 'MySQL' : 'MariaDB'} Server ${v} started.`);
        ctx.log(
          'stderr',
          kind === 'mysql'
            ? `${entryTs(ctx.now)} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD`
            : `${entryTs(ctx.now)} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD`,
        );
        return { exit: { code: 1, afterMs: 0 } };
      }
      const initMs = initialised ? 0 : 9_000;
      if (!initialised) {
        note(100, 'Initializing database files');
        note(8_000, 'Database files initialized');
        note(8_500, 'Starting temporary server');
        note(8_900, 'Stopping temporary server');
        note(9_000, 'Temporary server stopped');
        ctx.log('stdout', '', ctx.now + 9_000);
        note(9_000, `${kind === 'mysql' ? 'MySQL' : 'MariaDB'} init process done. Ready for start up.`);
        try {
          saveAccounts(ctx.fs, kind, initialAccounts(kind, ctx.env, ctx.c.id));
          if (ctx.env['MYSQL_DATABASE'] ?? ctx.env['MARIADB_DATABASE']) ctx.fs.mkdir(`/var/lib/mysql/${ctx.env['MYSQL_DATABASE'] ?? ctx.env['MARIADB_DATABASE']}`, { recursive: true });
        } catch {
          /* read-only data dir */
        }
      }
      const ready = initMs + 1_500;
      if (kind === 'mysql') {
        ctx.log('stderr', `${mysqlTs(ctx.now + ready)} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${v.split('-')[0]!}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`, ctx.now + ready);
      } else {
        ctx.log('stderr', `${entryTs(ctx.now + ready).replace('+00:00', '')} 0 [Note] mariadbd: ready for connections.\nVersion: '${v.split('+')[0]!}-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`, ctx.now + ready);
      }
      return { readyAfterMs: ready };
    },
    signal(ctx, sig) {
      if (sig !== 'SIGTERM' && sig !== 'SIGINT' && sig !== 'SIGQUIT') return null;
      ctx.log('stderr', kind === 'mysql' ? `${mysqlTs(ctx.now)} 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.4.6).` : `${entryTs(ctx.now).replace('+00:00', '')} 0 [Note] mariadbd (initiated by: unknown): Normal shutdown`);
      return 0;
    },
    listeners: () => [{ port: 3306, proto: 'tcp', kind: 'tcp' }, ...(kind === 'mysql' ? [{ port: 33060, proto: 'tcp' as const, kind: 'tcp' as const }] : [])],
    processes: () => [{ user: kind === 'mysql' ? 'mysql' : 'mysql', cmd: kind === 'mysql' ? 'mysqld' : 'mariadbd', parent: -1 }],
  };
}

export const mysqlBehaviour = mysqlLike('mysql');
export const mariadbBehaviour = mysqlLike('mariadb');

function redisLog(ctx: BehaviourCtx, role: 'C' | 'M', mark: '*' | '#', s: string): void {
  ctx.log('stdout', `1:${role} ${redisTime(ctx.now)} ${mark} ${s}`);
}

export const redisBehaviour: ServiceBehaviour = {
  name: 'redis',
  memory: 4_200_000,
  minMemory: 2_000_000,
  match: (argv) => basename(argv[0] ?? '') === 'redis-server',
  start(ctx) {
    const v = ctx.env['REDIS_VERSION'] ?? '8.2.0';
    redisLog(ctx, 'C', '#', "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.");
    redisLog(ctx, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
    redisLog(ctx, 'C', '*', `Redis version=${v}, bits=64, commit=00000000, modified=1, pid=1, just started`);
    if (ctx.argv.length > 1) redisLog(ctx, 'C', '*', 'Configuration loaded');
    else redisLog(ctx, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
    redisLog(ctx, 'M', '*', 'monotonic clock: POSIX clock_gettime');
    redisLog(ctx, 'M', '*', 'Running mode=standalone, port=6379.');
    redisLog(ctx, 'M', '*', 'Server initialized');
    redisLog(ctx, 'M', '*', 'Ready to accept connections tcp');
    return {};
  },
  signal(ctx, sig) {
    if (sig !== 'SIGTERM' && sig !== 'SIGINT') return null;
    ctx.log('stdout', `1:signal-handler (${Math.floor(ctx.now / 1000)}) Received ${sig} scheduling shutdown...`);
    redisLog(ctx, 'M', '*', 'User requested shutdown...');
    redisLog(ctx, 'M', '*', 'Saving the final RDB snapshot before exiting.');
    redisLog(ctx, 'M', '*', 'DB saved on disk');
    redisLog(ctx, 'M', '#', 'Redis is now ready to exit, bye bye...');
    try {
      // Redis saves what it holds (what it loaded at start if no client ever touched it).
      const held = heldDataset(ctx.c);
      if (held) saveRdb(ctx.fs, held, ctx.now);
      else if (!ctx.fs.stat('/data/dump.rdb')) saveRdb(ctx.fs, { keys: {}, lastSave: ctx.now }, ctx.now);
    } catch {
      /* no /data */
    }
    return 0;
  },
  listeners: () => [{ port: 6379, proto: 'tcp', kind: 'tcp' }],
  processes: () => [{ user: 'redis', cmd: 'redis-server *:6379', parent: -1 }],
};

export const mongoBehaviour: ServiceBehaviour = {
  name: 'mongo',
  memory: 160_000_000,
  minMemory: 60_000_000,
  match: (argv) => basename(argv[0] ?? '') === 'mongod',
  start(ctx) {
    const j = (ms: number, c: string, id: number, ctxName: string, msg: string, attr: string) =>
      ctx.log('stdout', `{"t":{"$date":"${isoTime(ctx.now + ms).replace('Z', '+00:00')}"},"s":"I",  "c":"${c}", "id":${id},   "ctx":"${ctxName}","msg":"${msg}","attr":${attr}}`, ctx.now + ms);
    j(0, 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\'', '{}');
    j(5, 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', `{"pid":1,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"${ctx.c.config.Hostname}"}`);
    j(900, 'NETWORK', 23015, 'listener', 'Listening on', '{"address":"0.0.0.0"}');
    j(900, 'NETWORK', 23016, 'listener', 'Waiting for connections', '{"port":27017,"ssl":"off"}');
    return { readyAfterMs: 900 };
  },
  signal(ctx, sig) {
    if (sig !== 'SIGTERM' && sig !== 'SIGINT') return null;
    ctx.log('stdout', `{"t":{"$date":"${isoTime(ctx.now).replace('Z', '+00:00')}"},"s":"I",  "c":"CONTROL",  "id":23377,   "ctx":"SignalHandler","msg":"Received signal","attr":{"signal":15,"error":"Terminated"}}`);
    return 0;
  },
  listeners: () => [{ port: 27017, proto: 'tcp', kind: 'tcp' }],
  processes: () => [{ user: 'mongodb', cmd: 'mongod --bind_ip_all', parent: -1 }],
};
