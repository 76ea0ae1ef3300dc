/**
 * sort uniq cut tr: field and character processing (C locale ordering).
 */
import type { Cmd } from '../context';
import { abs, errText, fail, joinLines, lines, parseArgs, readInputs, usageError } from './common';
import { lq } from './fileops';

interface SortKey {
  start: number;
  end: number | null;
  numeric: boolean;
  reverse: boolean;
}

export const sort: Cmd = ctx => {
  const p = parseArgs(ctx, {
    bool: 'nrufbhVcsMgR',
    value: 'ktoS',
    long: { numeric: 'n', reverse: 'r', unique: 'u', 'ignore-case': 'f', 'key=': 'k', 'field-separator=': 't', 'output=': 'o', 'human-numeric-sort': 'h', 'version-sort': 'V' },
  }, 2);
  if (typeof p === 'number') return p;
  const f = p.flags;
  const sep = p.values.get('t');
  const keys: SortKey[] = [];
  const keySpec = p.values.get('k');
  if (keySpec !== undefined) {
    const m = /^([0-9]+)(?:\.[0-9]+)?([a-zA-Z]*)(?:,([0-9]+)(?:\.[0-9]+)?([a-zA-Z]*))?$/.exec(keySpec);
    if (!m) return fail(ctx, `invalid number at field start: invalid count at start of ${lq(ctx, keySpec)}`, 2);
    const opts = (m[2] ?? '') + (m[4] ?? '');
    keys.push({ start: Number(m[1]), end: m[3] ? Number(m[3]) : null, numeric: opts.includes('n') || opts.includes('h'), reverse: opts.includes('r') });
  }
  const texts: { text: string }[] = [];
  for (const op of p.operands.length > 0 ? p.operands : ['-']) {
    try {
      texts.push({ text: op === '-' ? ctx.stdin : ctx.fs.readFile(abs(ctx, op)) });
    } catch (e) {
      return fail(ctx, `cannot read: ${op}: ${errText(e)}`, 2);
    }
  }
  const all = texts.flatMap(t => lines(t.text));
  const numeric = f.has('n') || f.has('h') || f.has('g');
  const field = (line: string, k: SortKey): string => {
    const parts = sep !== undefined ? line.split(sep) : line.split(/(?<=\S)(?=\s)/);
    const chosen = parts.slice(k.start - 1, k.end ?? parts.length);
    return (sep !== undefined ? chosen.join(sep) : chosen.join('')).replace(/^\s+/, '');
  };
  const cmpText = (a: string, b: string) => {
    const x = f.has('f') ? a.toUpperCase() : a;
    const y = f.has('f') ? b.toUpperCase() : b;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const cmpValue = (a: string, b: string, num: boolean) => (num ? numValue(a, f.has('h')) - numValue(b, f.has('h')) || 0 : f.has('V') ? versionCmp(a, b) : cmpText(a, b));
  const compare = (a: string, b: string): number => {
    for (const k of keys) {
      const c = cmpValue(field(a, k), field(b, k), k.numeric || numeric);
      if (c !== 0) return k.reverse ? -c : c;
    }
    if (keys.length === 0) {
      const c = cmpValue(a, b, numeric);
      if (c !== 0 || f.has('u')) return c;
    } else if (f.has('u')) return 0;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  let sorted = [...all].sort(compare);
  if (f.has('r')) sorted.reverse();
  if (f.has('u')) sorted = sorted.filter((l, i) => i === 0 || compare(sorted[i - 1] as string, l) !== 0);
  const out = joinLines(sorted);
  const target = p.values.get('o');
  if (target !== undefined) ctx.fs.writeFile(abs(ctx, target), out);
  else ctx.stdout(out);
  return 0;
};

function numValue(s: string, human: boolean): number {
  const m = /^\s*(-?[0-9]*\.?[0-9]+)([KMGTP]?)/i.exec(s);
  if (!m) return 0;
  const scale = human ? ({ '': 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 } as Record<string, number>)[(m[2] as string).toUpperCase()] ?? 1 : 1;
  return Number(m[1]) * scale;
}

function versionCmp(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return 0;
}

export const uniq: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'cdui', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' } });
  if (typeof p === 'number') return p;
  const { texts, failed } = readInputs(ctx, p.operands.slice(0, 1));
  if (failed) return 1;
  const f = p.flags;
  const same = (a: string, b: string) => (f.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
  const groups: { line: string; n: number }[] = [];
  for (const l of lines(texts[0]?.text ?? '')) {
    const last = groups[groups.length - 1];
    if (last && same(last.line, l)) last.n++;
    else groups.push({ line: l, n: 1 });
  }
  const kept = groups.filter(g => (f.has('d') ? g.n > 1 : true) && (f.has('u') ? g.n === 1 : true));
  ctx.stdout(joinLines(kept.map(g => (f.has('c') ? `${String(g.n).padStart(7)} ${g.line}` : g.line))));
  return 0;
};

/** A cut list (`1,3-5,7-`) → predicate on 1-based positions. */
function parseList(spec: string): ((i: number) => boolean) | null {
  const ranges: [number, number][] = [];
  for (const part of spec.split(',')) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(part);
    if (!m || part === '' || part === '-') return null;
    const a = m[1] ? Number(m[1]) : 1;
    const b = m[2] ? (m[3] ? Number(m[3]) : Infinity) : a;
    if (a < 1) return null;
    ranges.push([a, b]);
  }
  return i => ranges.some(([a, b]) => i >= a && i <= b);
}

export const cut: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 's', value: 'dfcb', long: { 'delimiter=': 'd', 'fields=': 'f', 'characters=': 'c', 'bytes=': 'b', 'only-delimited': 's', complement: 'C', 'output-delimiter=': 'O' } });
  if (typeof p === 'number') return p;
  const spec = p.values.get('f') ?? p.values.get('c') ?? p.values.get('b');
  if (spec === undefined) return usageError(ctx, 'you must specify a list of bytes, characters, or fields');
  const pick = parseList(spec);
  if (!pick) {
    const zero = /(^|[,-])0+($|[,-])/.test(spec);
    if (zero) return usageError(ctx, p.values.has('f') ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1');
    return usageError(ctx, `invalid ${p.values.has('f') ? 'field' : 'byte/character position'} value ${lq(ctx, spec)}`);
  }
  const delim = p.values.get('d') ?? '\t';
  if ([...delim].length !== 1) return usageError(ctx, 'the delimiter must be a single character');
  const complement = p.flags.has('C');
  const keep = (i: number) => pick(i) !== complement;
  const { texts, failed } = readInputs(ctx, p.operands);
  const out: string[] = [];
  for (const line of texts.flatMap(t => lines(t.text))) {
    if (p.values.has('f')) {
      if (!line.includes(delim)) {
        if (!p.flags.has('s')) out.push(line);
        continue;
      }
      out.push(line.split(delim).filter((_, i) => keep(i + 1)).join(p.values.get('O') ?? delim));
    } else out.push([...line].filter((_, i) => keep(i + 1)).join(''));
  }
  ctx.stdout(joinLines(out));
  return failed ? 1 : 0;
};

const CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', lower: 'abcdefghijklmnopqrstuvwxyz', digit: '0123456789',
  space: ' \t\n\r\f\v', blank: ' \t', punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CLASSES.alpha = (CLASSES.upper as string) + CLASSES.lower;
CLASSES.alnum = (CLASSES.alpha as string) + CLASSES.digit;
CLASSES.xdigit = '0123456789ABCDEFabcdef';

/** Expand a tr set: escapes (\n, \NNN octal), ranges a-z, classes [:upper:]. */
export function trSet(spec: string): string[] {
  const unescaped: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i] as string;
    if (c === '[' && spec[i + 1] === ':') {
      const end = spec.indexOf(':]', i + 2);
      const cls = end > 0 ? CLASSES[spec.slice(i + 2, end)] : undefined;
      if (cls !== undefined) {
        unescaped.push(...[...cls].map(ch => '\0' + ch));
        i = end + 1;
        continue;
      }
    }
    const octal = c === '\\' ? /^[0-7]{1,3}/.exec(spec.slice(i + 1, i + 4)) : null;
    if (octal) {
      // \NNN: the byte with that octal value (a NUL is marked like a class member, so it stays itself).
      const ch = String.fromCharCode(parseInt(octal[0], 8) & 0xff);
      unescaped.push(ch === '\0' ? '\0\0' : ch);
      i += octal[0].length;
    } else if (c === '\\' && i + 1 < spec.length) {
      const n = spec[++i] as string;
      const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', f: '\f', v: '\v', a: '\x07', b: '\b' };
      unescaped.push(map[n] ?? n);
    } else unescaped.push(c);
  }
  const out: string[] = [];
  for (let i = 0; i < unescaped.length; i++) {
    const c = unescaped[i] as string;
    if (c.startsWith('\0')) {
      out.push(c.slice(1));
      continue;
    }
    const to = unescaped[i + 2];
    if (unescaped[i + 1] === '-' && to !== undefined && !to.startsWith('\0')) {
      for (let x = c.charCodeAt(0); x <= to.charCodeAt(0); x++) out.push(String.fromCharCode(x));
      i += 2;
    } else out.push(c);
  }
  return out;
}

interface TrPlan {
  readonly set1: ReadonlySet<string>;
  readonly list2: readonly string[];
  /** SET1's characters to SET2's (the last one repeated), when translating. */
  readonly map: ReadonlyMap<string, string>;
  readonly squeezeSet: ReadonlySet<string>;
}

/** Plans by their sets and mode (`tr a-z A-Z` in a loop or a pipeline is worked out once), at most 64. */
const trPlans = new Map<string, TrPlan>();

function trPlan(a: string, b: string | undefined, del: boolean): TrPlan {
  const key = `${del ? 'd' : 't'}${a.length}:${a}${b === undefined ? '' : ':' + b}`;
  const kept = trPlans.get(key);
  if (kept) return kept;
  const list1 = trSet(a);
  const list2 = b !== undefined ? trSet(b) : [];
  const map = new Map<string, string>();
  if (!del && b !== undefined) list1.forEach((ch, i) => map.set(ch, list2[Math.min(i, list2.length - 1)] ?? ch));
  const plan = { set1: new Set(list1), list2, map, squeezeSet: new Set(del ? list2 : b !== undefined ? list2 : list1) };
  if (trPlans.size >= 64) trPlans.clear();
  trPlans.set(key, plan);
  return plan;
}

export const tr: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'dscC', long: { delete: 'd', 'squeeze-repeats': 's', complement: 'c' } });
  if (typeof p === 'number') return p;
  const [a, b] = p.operands;
  const del = p.flags.has('d');
  const squeeze = p.flags.has('s');
  if (a === undefined) return usageError(ctx, 'missing operand');
  if (b === undefined && !del && !squeeze) return usageError(ctx, `missing operand after ${lq(ctx, a)}\nTwo strings must be given when translating.`);
  const { set1, list2, map, squeezeSet } = trPlan(a, b, del);
  const complement = p.flags.has('c') || p.flags.has('C');
  const inSet1 = (ch: string) => set1.has(ch) !== complement;
  let out = '';
  let prev = '';
  for (const ch of ctx.stdin) {
    if (del && inSet1(ch)) continue;
    const mapped = !del && b !== undefined && inSet1(ch) ? (complement ? (list2[list2.length - 1] ?? ch) : (map.get(ch) ?? ch)) : ch;
    if (squeeze && mapped === prev && squeezeSet.has(mapped)) continue;
    out += mapped;
    prev = mapped;
  }
  ctx.stdout(out);
  return 0;
};
