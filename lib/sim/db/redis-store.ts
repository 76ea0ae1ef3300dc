/**
 * Redis's dataset: in the server's memory (the container's running process, so it is gone when
 * the process ends) and in /data/dump.rdb after SAVE/BGSAVE/SHUTDOWN or a SIGTERM, as Redis
 * does; with `--appendonly yes` every write also goes to the append-only file. The file starts
 * with the RDB magic (`REDIS0012`); the rest is JSON here. Keys expire by the simulated clock.
 */
import type { FileSystem } from '../fs/types';
import type { ContainerRecord } from '../containers/types';

export type RedisEntry =
  | { t: 'string'; v: string; exp?: number }
  | { t: 'list'; v: string[]; exp?: number }
  | { t: 'hash'; v: Record<string, string>; exp?: number }
  | { t: 'set'; v: string[]; exp?: number };

export interface RedisDataset {
  keys: Record<string, RedisEntry>;
  /** When the last save happened (LASTSAVE), ms. */
  lastSave: number;
}

export const REDIS_DIR = '/data';
const RDB = `${REDIS_DIR}/dump.rdb`;
const AOF = `${REDIS_DIR}/appendonlydir/appendonly.aof.1.incr.aof`;
const MAGIC = 'REDIS0012';

/** The server's options from its command line (`redis-server --requirepass x --appendonly yes`). */
export function redisOptions(argv: readonly string[]): { requirepass: string | null; appendonly: boolean } {
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? (argv[i + 1] ?? null) : null;
  };
  return { requirepass: opt('requirepass'), appendonly: opt('appendonly') === 'yes' };
}

function readFile(fs: FileSystem, path: string): RedisDataset | null {
  if (fs.stat(path)?.type !== 'file') return null;
  const text = fs.readFile(path);
  const json = text.startsWith(MAGIC) ? text.slice(MAGIC.length) : '';
  return json.startsWith('{') ? (JSON.parse(json) as RedisDataset) : { keys: {}, lastSave: 0 };
}

/** The running server's dataset, loaded from disk when the process first needs it (as at start-up). */
export function redisDataset(c: ContainerRecord, fs: FileSystem, now: number): RedisDataset {
  const proc = c.proc!;
  const mem = proc.memory as { redis?: RedisDataset } | undefined;
  if (mem?.redis) return mem.redis;
  const opts = redisOptions(c.args);
  const loaded = (opts.appendonly ? readFile(fs, AOF) : null) ?? readFile(fs, RDB) ?? { keys: {}, lastSave: now };
  proc.memory = { redis: loaded };
  return loaded;
}

/** The dataset the process holds, if it has loaded one (null: nothing in memory yet). */
export function heldDataset(c: ContainerRecord): RedisDataset | null {
  return (c.proc?.memory as { redis?: RedisDataset } | undefined)?.redis ?? null;
}

/** Write the RDB snapshot (SAVE, shutdown). */
export function saveRdb(fs: FileSystem, ds: RedisDataset, now: number): void {
  ds.lastSave = now;
  fs.writeFile(RDB, MAGIC + JSON.stringify(ds), { mode: 0o600 });
}

/** After a write with appendonly on: the append-only file follows the dataset. */
export function appendOnly(fs: FileSystem, ds: RedisDataset): void {
  if (!fs.stat(`${REDIS_DIR}/appendonlydir`)) fs.mkdir(`${REDIS_DIR}/appendonlydir`, { recursive: true });
  fs.writeFile(AOF, MAGIC + JSON.stringify(ds), { mode: 0o600 });
}

/** Drop keys whose time has come. */
export function expireKeys(ds: RedisDataset, now: number): void {
  for (const [k, e] of Object.entries(ds.keys)) if (e.exp !== undefined && e.exp <= now) delete ds.keys[k];
}
