/**
 * The Redis server's answers to commands (RESP2 reply types), over a dataset: strings and
 * counters, expiry, lists, hashes, sets, keys, and the server commands a course uses. Error texts
 * are Redis 7/8's.
 */
import { expireKeys, type RedisDataset, type RedisEntry } from './redis-store';

export type Reply =
  | { k: 'status'; s: string }
  | { k: 'error'; s: string }
  | { k: 'int'; n: number }
  | { k: 'bulk'; s: string | null }
  | { k: 'array'; items: Reply[] };

export const ok: Reply = { k: 'status', s: 'OK' };
const int = (n: number): Reply => ({ k: 'int', n });
const bulk = (s: string | null): Reply => ({ k: 'bulk', s });
const arr = (xs: readonly string[]): Reply => ({ k: 'array', items: xs.map(bulk) });
const err = (s: string): Reply => ({ k: 'error', s });
export const WRONGTYPE = err('WRONGTYPE Operation against a key holding the wrong kind of value');
const NOT_INT = err('ERR value is not an integer or out of range');
const SYNTAX = err('ERR syntax error');

/** Commands by name: [arity (negative: at least), handler]. */
type Handler = (ds: RedisDataset, a: string[], now: number) => Reply;
const isInt = (s: string) => /^-?\d+$/.test(s);

function typed<T extends RedisEntry['t']>(ds: RedisDataset, key: string, t: T): (RedisEntry & { t: T }) | null | Reply {
  const e = ds.keys[key];
  if (!e) return null;
  return e.t === t ? (e as RedisEntry & { t: T }) : WRONGTYPE;
}
const isReply = (x: unknown): x is Reply => typeof x === 'object' && x !== null && 'k' in x;

function incrBy(ds: RedisDataset, key: string, by: string): Reply {
  if (!isInt(by)) return NOT_INT;
  const e = typed(ds, key, 'string');
  if (isReply(e)) return e;
  if (e && !isInt(e.v)) return NOT_INT;
  const n = Number(e?.v ?? 0) + Number(by);
  ds.keys[key] = { t: 'string', v: String(n), ...(e?.exp !== undefined ? { exp: e.exp } : {}) };
  return int(n);
}

function listRange(xs: readonly string[], start: number, stop: number): string[] {
  const n = xs.length;
  const s = Math.max(start < 0 ? n + start : start, 0);
  const e = Math.min(stop < 0 ? n + stop : stop, n - 1);
  return s > e ? [] : xs.slice(s, e + 1);
}

function glob(pattern: string): RegExp {
  let src = '';
  for (const ch of pattern) src += ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${src}$`, 's');
}

const push = (left: boolean): Handler => (ds, [key, ...vals]) => {
  const e = typed(ds, key!, 'list');
  if (isReply(e)) return e;
  const list = e ?? (ds.keys[key!] = { t: 'list', v: [] });
  for (const v of vals) left ? list.v.unshift(v) : list.v.push(v);
  return int(list.v.length);
};

const pop = (left: boolean): Handler => (ds, [key]) => {
  const e = typed(ds, key!, 'list');
  if (isReply(e)) return e;
  if (!e) return bulk(null);
  const v = left ? e.v.shift()! : e.v.pop()!;
  if (e.v.length === 0) delete ds.keys[key!];
  return bulk(v);
};

const COMMANDS: Record<string, [number, Handler]> = {
  get: [2, (ds, [k]) => { const e = typed(ds, k!, 'string'); return isReply(e) ? e : bulk(e?.v ?? null); }],
  set: [-3, (ds, [k, v, ...opts], now) => {
    let exp: number | undefined;
    let nx = false;
    let xx = false;
    for (let i = 0; i < opts.length; i++) {
      const o = opts[i]!.toUpperCase();
      if ((o === 'EX' || o === 'PX') && opts[i + 1] !== undefined) {
        if (!isInt(opts[i + 1]!)) return NOT_INT;
        exp = now + Number(opts[++i]) * (o === 'EX' ? 1000 : 1);
      } else if (o === 'NX') nx = true;
      else if (o === 'XX') xx = true;
      else return SYNTAX;
    }
    if ((nx && ds.keys[k!]) || (xx && !ds.keys[k!])) return bulk(null);
    ds.keys[k!] = { t: 'string', v: v!, ...(exp !== undefined ? { exp } : {}) };
    return ok;
  }],
  setnx: [3, (ds, [k, v]) => (ds.keys[k!] ? int(0) : ((ds.keys[k!] = { t: 'string', v: v! }), int(1)))],
  mset: [-3, (ds, a) => { for (let i = 0; i + 1 < a.length; i += 2) ds.keys[a[i]!] = { t: 'string', v: a[i + 1]! }; return a.length % 2 ? err("ERR wrong number of arguments for 'mset' command") : ok; }],
  mget: [-2, (ds, keys) => ({ k: 'array', items: keys.map((k) => { const e = ds.keys[k]; return bulk(e?.t === 'string' ? e.v : null); }) })],
  append: [3, (ds, [k, v]) => { const e = typed(ds, k!, 'string'); if (isReply(e)) return e; const s = (e?.v ?? '') + v; ds.keys[k!] = { t: 'string', v: s }; return int(s.length); }],
  strlen: [2, (ds, [k]) => { const e = typed(ds, k!, 'string'); return isReply(e) ? e : int(e?.v.length ?? 0); }],
  incr: [2, (ds, [k]) => incrBy(ds, k!, '1')],
  decr: [2, (ds, [k]) => incrBy(ds, k!, '-1')],
  incrby: [3, (ds, [k, by]) => incrBy(ds, k!, by!)],
  decrby: [3, (ds, [k, by]) => (isInt(by!) ? incrBy(ds, k!, String(-Number(by))) : NOT_INT)],
  del: [-2, (ds, keys) => int(keys.filter((k) => ds.keys[k] && delete ds.keys[k]).length)],
  exists: [-2, (ds, keys) => int(keys.filter((k) => ds.keys[k]).length)],
  type: [2, (ds, [k]) => ({ k: 'status', s: ds.keys[k!]?.t ?? 'none' })],
  keys: [2, (ds, [p]) => arr(Object.keys(ds.keys).filter((k) => glob(p!).test(k)))],
  expire: [-3, (ds, [k, s], now) => { if (!isInt(s!)) return NOT_INT; const e = ds.keys[k!]; if (!e) return int(0); e.exp = now + Number(s) * 1000; return int(1); }],
  persist: [2, (ds, [k]) => { const e = ds.keys[k!]; if (!e || e.exp === undefined) return int(0); delete e.exp; return int(1); }],
  ttl: [2, (ds, [k], now) => { const e = ds.keys[k!]; return int(!e ? -2 : e.exp === undefined ? -1 : Math.round((e.exp - now) / 1000)); }],
  pttl: [2, (ds, [k], now) => { const e = ds.keys[k!]; return int(!e ? -2 : e.exp === undefined ? -1 : e.exp - now); }],
  lpush: [-3, push(true)],
  rpush: [-3, push(false)],
  lpop: [-2, pop(true)],
  rpop: [-2, pop(false)],
  llen: [2, (ds, [k]) => { const e = typed(ds, k!, 'list'); return isReply(e) ? e : int(e?.v.length ?? 0); }],
  lrange: [4, (ds, [k, a, b]) => {
    if (!isInt(a!) || !isInt(b!)) return NOT_INT;
    const e = typed(ds, k!, 'list');
    return isReply(e) ? e : arr(listRange(e?.v ?? [], Number(a), Number(b)));
  }],
  hset: [-4, (ds, [k, ...fv]) => {
    if (fv.length % 2) return err("ERR wrong number of arguments for 'hset' command");
    const e = typed(ds, k!, 'hash');
    if (isReply(e)) return e;
    const h = e ?? (ds.keys[k!] = { t: 'hash', v: {} });
    let added = 0;
    for (let i = 0; i < fv.length; i += 2) {
      if (!(fv[i]! in h.v)) added++;
      h.v[fv[i]!] = fv[i + 1]!;
    }
    return int(added);
  }],
  hget: [3, (ds, [k, f]) => { const e = typed(ds, k!, 'hash'); return isReply(e) ? e : bulk(e && f! in e.v ? e.v[f!]! : null); }],
  hgetall: [2, (ds, [k]) => { const e = typed(ds, k!, 'hash'); return isReply(e) ? e : arr(Object.entries(e?.v ?? {}).flat()); }],
  hdel: [-3, (ds, [k, ...fs]) => { const e = typed(ds, k!, 'hash'); if (isReply(e)) return e; if (!e) return int(0); const n = fs.filter((f) => f in e.v && delete e.v[f]).length; if (!Object.keys(e.v).length) delete ds.keys[k!]; return int(n); }],
  hkeys: [2, (ds, [k]) => { const e = typed(ds, k!, 'hash'); return isReply(e) ? e : arr(Object.keys(e?.v ?? {})); }],
  sadd: [-3, (ds, [k, ...ms]) => { const e = typed(ds, k!, 'set'); if (isReply(e)) return e; const s = e ?? (ds.keys[k!] = { t: 'set', v: [] }); const n = ms.filter((m, i) => !s.v.includes(m) && ms.indexOf(m) === i); s.v.push(...n); return int(n.length); }],
  smembers: [2, (ds, [k]) => { const e = typed(ds, k!, 'set'); return isReply(e) ? e : arr(e?.v ?? []); }],
  scard: [2, (ds, [k]) => { const e = typed(ds, k!, 'set'); return isReply(e) ? e : int(e?.v.length ?? 0); }],
  dbsize: [1, (ds) => int(Object.keys(ds.keys).length)],
  flushall: [-1, (ds) => ((ds.keys = {}), ok)],
  flushdb: [-1, (ds) => ((ds.keys = {}), ok)],
  ping: [-1, (_ds, [msg]) => (msg === undefined ? { k: 'status', s: 'PONG' } : bulk(msg))],
  echo: [2, (_ds, [msg]) => bulk(msg!)],
  lastsave: [1, (ds) => int(Math.floor(ds.lastSave / 1000))],
  time: [1, (_ds, _a, now) => arr([String(Math.floor(now / 1000)), String((now % 1000) * 1000)])],
};

/** Does a dataset command change data (to be appended to the AOF)? */
export const WRITES = new Set(['set', 'setnx', 'mset', 'append', 'incr', 'decr', 'incrby', 'decrby', 'del', 'expire', 'persist', 'lpush', 'rpush', 'lpop', 'rpop', 'hset', 'hdel', 'sadd', 'flushall', 'flushdb']);

export function isDatasetCommand(name: string): boolean {
  return Object.hasOwn(COMMANDS, name);
}

/** Run a dataset command (argv[0] is the name as typed). */
export function runDatasetCommand(ds: RedisDataset, argv: readonly string[], now: number): Reply {
  const name = argv[0]!.toLowerCase();
  const cmd = COMMANDS[name]!;
  const [arity, run] = cmd;
  if (arity > 0 ? argv.length !== arity : argv.length < -arity) return err(`ERR wrong number of arguments for '${name}' command`);
  expireKeys(ds, now);
  return run(ds, argv.slice(1), now);
}

/** Redis's reply to a command it does not have. */
export function unknownCommand(argv: readonly string[]): Reply {
  const args = argv.slice(1, 21).map((a) => `'${a}' `).join('');
  return err(`ERR unknown command '${argv[0]}', with args beginning with: ${args}`);
}
