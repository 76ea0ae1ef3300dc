/**
 * One redis-cli connection to a Redis server: authentication (requirepass, AUTH, NOAUTH),
 * the dataset commands, and the server commands (INFO, SAVE, BGSAVE, SHUTDOWN, CONFIG GET,
 * SELECT). Writes reach the append-only file when the server runs with `--appendonly yes`.
 */
import { endMainProcess, stableHex, type Engine } from '../../sim/index';
import type { ContainerRecord } from '../../sim/index';
import type { FileSystem } from '../../sim/fs/types';
import { envRecord } from '../../sim/containers/defaults';
import { HOST_KERNEL_RELEASE } from '../../sim/fs/seed';
import { isDatasetCommand, ok, runDatasetCommand, unknownCommand, WRITES, type Reply } from '../../sim/db/redis-commands';
import { appendOnly, redisDataset, redisOptions, saveRdb } from '../../sim/db/redis-store';

const NOAUTH: Reply = { k: 'error', s: 'NOAUTH Authentication required.' };

export class RedisConnection {
  private authed: boolean;
  /** The server went away (SHUTDOWN). */
  closed = false;
  db = 0;

  constructor(
    private readonly eng: Engine,
    readonly server: ContainerRecord,
    private readonly fs: FileSystem,
  ) {
    this.authed = this.options().requirepass === null;
  }

  private options() {
    return redisOptions(this.server.args);
  }

  private get now(): number {
    return this.eng.world.clock;
  }

  /** AUTH [user] password; the text redis-cli prints as `AUTH failed: …` when it fails. */
  auth(user: string | null, password: string): Reply {
    const want = this.options().requirepass;
    if (want === null) return { k: 'error', s: 'ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?' };
    if ((user !== null && user !== 'default') || password !== want) return { k: 'error', s: 'WRONGPASS invalid username-password pair or user is disabled.' };
    this.authed = true;
    return ok;
  }

  run(argv: readonly string[]): Reply {
    const name = argv[0]!.toLowerCase();
    if (name === 'auth') {
      if (argv.length < 2 || argv.length > 3) return { k: 'error', s: "ERR wrong number of arguments for 'auth' command" };
      return this.auth(argv.length === 3 ? argv[1]! : null, argv.at(-1)!);
    }
    if (!this.authed && name !== 'hello' && name !== 'quit') return NOAUTH;
    const ds = redisDataset(this.server, this.fs, this.now);
    if (isDatasetCommand(name)) {
      const r = runDatasetCommand(ds, argv, this.now);
      if (WRITES.has(name) && r.k !== 'error' && this.options().appendonly) appendOnly(this.fs, ds);
      return r;
    }
    switch (name) {
      case 'quit':
        return ok;
      case 'select': {
        const n = Number(argv[1]);
        if (argv.length !== 2) return { k: 'error', s: "ERR wrong number of arguments for 'select' command" };
        if (!Number.isInteger(n)) return { k: 'error', s: 'ERR value is not an integer or out of range' };
        if (n < 0 || n > 15) return { k: 'error', s: 'ERR DB index is out of range' };
        this.db = n;
        return ok;
      }
      case 'save':
        saveRdb(this.fs, ds, this.now);
        return ok;
      case 'bgsave':
        saveRdb(this.fs, ds, this.now);
        return { k: 'status', s: 'Background saving started' };
      case 'shutdown': {
        if (!argv.slice(1).some((a) => a.toLowerCase() === 'nosave')) saveRdb(this.fs, ds, this.now);
        endMainProcess(this.eng, this.server.id, 0);
        this.closed = true;
        return { k: 'bulk', s: null };
      }
      case 'info':
        return { k: 'bulk', s: this.info(argv[1]?.toLowerCase() ?? 'default') };
      case 'config':
        return this.config(argv);
      case 'command':
      case 'client':
      case 'hello':
        return { k: 'array', items: [] };
    }
    return unknownCommand(argv);
  }

  private config(argv: readonly string[]): Reply {
    const sub = argv[1]?.toLowerCase();
    if (sub !== 'get' || argv.length !== 3) return { k: 'error', s: `ERR unknown subcommand or wrong number of arguments for '${argv[1] ?? ''}'. Try CONFIG HELP.` };
    const o = this.options();
    const values: Record<string, string> = { dir: '/data', dbfilename: 'dump.rdb', appendonly: o.appendonly ? 'yes' : 'no', requirepass: o.requirepass ?? '', port: '6379', save: '3600 1 300 100 60 10000', maxmemory: '0', databases: '16' };
    const re = new RegExp(`^${argv[2]!.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return { k: 'array', items: Object.entries(values).filter(([k]) => re.test(k)).flatMap(([k, v]) => [{ k: 'bulk' as const, s: k }, { k: 'bulk' as const, s: v }]) };
  }

  private info(section: string): string {
    const c = this.server;
    const env = envRecord(c.config.Env);
    const up = Math.max(0, Math.floor((this.now - (c.state.StartedAt ?? this.now)) / 1000));
    const ds = redisDataset(c, this.fs, this.now);
    const server = [
      '# Server', `redis_version:${env['REDIS_VERSION'] ?? '8.2.0'}`, 'redis_git_sha1:00000000', 'redis_git_dirty:1', `redis_build_id:${stableHex(c.imageId, 16)}`,
      'redis_mode:standalone', `os:Linux ${HOST_KERNEL_RELEASE} x86_64`, 'arch_bits:64', 'monotonic_clock:POSIX clock_gettime', 'multiplexing_api:epoll',
      'atomicvar_api:c11-builtin', 'gcc_version:12.2.0', 'process_id:1', 'process_supervised:no', `run_id:${stableHex(`${c.id}/${c.state.StartedAt}`, 40)}`,
      'tcp_port:6379', `server_time_usec:${this.now * 1000}`, `uptime_in_seconds:${up}`, `uptime_in_days:${Math.floor(up / 86400)}`, 'hz:10', 'configured_hz:10',
      `executable:/data/redis-server`, 'config_file:', 'io_threads_active:0', 'listener0:name=tcp,bind=*,bind=-::*,port=6379',
    ];
    const keyspace = ['# Keyspace', ...(Object.keys(ds.keys).length ? [`db0:keys=${Object.keys(ds.keys).length},expires=${Object.values(ds.keys).filter((e) => e.exp !== undefined).length},avg_ttl=0,subexpiry=0`] : [])];
    const persistence = ['# Persistence', 'loading:0', `rdb_last_save_time:${Math.floor(ds.lastSave / 1000)}`, 'rdb_last_bgsave_status:ok', `aof_enabled:${this.options().appendonly ? 1 : 0}`];
    const sections: Record<string, string[]> = { server, keyspace, persistence };
    const chosen = section === 'default' || section === 'all' || section === 'everything' ? [server, persistence, keyspace] : sections[section] ? [sections[section]] : [];
    return chosen.map((s) => s.join('\r\n') + '\r\n').join('\r\n');
  }
}
