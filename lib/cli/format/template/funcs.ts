/**
 * Template functions: Go's builtins (and, or, not, len, index, slice, print, printf, println,
 * eq, ne, lt, le, gt, ge, html, js, urlquery, call) and docker's (json, split, join, title,
 * lower, upper, pad, truncate), plus docker's header variants used for table headers.
 * Each declares its parameter kinds so arguments are checked the way Go's reflection does.
 */
import { utf8Bytes } from '../../flags/go-strconv';
import { goSprint, goSprintf, goSprintln } from '../go-fmt';
import { goJsonMarshal } from '../go-json';
import { goTypeOf, isGoMap, isNil, mapGet, NIL_PTR, NO_VALUE, printValue, truth } from './values';

/** `value`: any value as is (reflect.Value); `any`: interface{} (missing → nil); others are Go types. */
export type ParamKind = 'value' | 'any' | 'string' | 'int' | 'strings';

export interface TemplateFunc {
  readonly params: readonly ParamKind[];
  readonly variadic?: ParamKind;
  /** Throws Error for a Go function that returned an error (`error calling X: …`). */
  readonly fn: (...args: unknown[]) => unknown;
}

export type FuncMap = Readonly<Record<string, TemplateFunc>>;

const f = (params: ParamKind[], fn: TemplateFunc['fn'], variadic?: ParamKind): TemplateFunc => ({ params, fn, variadic });
const nilToNull = (v: unknown) => (v === NO_VALUE || v === NIL_PTR ? null : v);
const decoder = (bytes: number[]) => {
  let s = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    const chunk = bytes.slice(i, i + n);
    if (chunk.length < n) s += '\ufffd';
    else if (n === 1) s += String.fromCharCode(b);
    else {
      let cp = n === 2 ? b & 0x1f : n === 3 ? b & 0x0f : b & 0x07;
      for (const c of chunk.slice(1)) cp = (cp << 6) | (c & 0x3f);
      s += String.fromCodePoint(cp);
    }
    i += n;
  }
  return s;
};

/**
 * Go compares only values of the same basic kind. JS numbers do not say whether they were Go
 * ints or floats, so all numbers are one kind here (`eq 1 1.0` is true instead of an error).
 */
type Kind = 'bool' | 'number' | 'string' | 'other';
function basicKind(v: unknown): Kind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return 'other';
}

function eq(a: unknown, ...rest: unknown[]): boolean {
  if (rest.length === 0) throw new Error('missing argument for comparison');
  const k1 = basicKind(a);
  for (const b of rest) {
    const k2 = basicKind(b);
    if (k1 !== k2) {
      if (!isNil(a) && !isNil(b)) throw new Error('incompatible types for comparison');
      if (isNil(a) && isNil(b)) return true;
      continue;
    }
    if (k1 === 'other') {
      if (isNil(a) || isNil(b)) {
        if (isNil(a) === isNil(b)) return true;
        continue;
      }
      throw new Error(`non-comparable type ${printValue(b)}: ${goTypeOf(b)}`);
    }
    if (a === b) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'bool' || k1 === 'other') throw new Error('invalid type for comparison');
  if (k1 !== k2) throw new Error('incompatible types for comparison');
  return (a as number | string) < (b as number | string);
}

function index(item: unknown, ...keys: unknown[]): unknown {
  let v = item;
  for (const key of keys) {
    if (isNil(v)) throw new Error('index of untyped nil');
    if (Array.isArray(v) || typeof v === 'string') {
      if (typeof key !== 'number' || !Number.isInteger(key)) throw new Error(`cannot index slice/array with type ${goTypeOf(key)}`);
      const len = typeof v === 'string' ? utf8Bytes(v).length : v.length;
      if (key < 0 || key >= len) throw new Error(`index out of range: ${key}`);
      v = typeof v === 'string' ? utf8Bytes(v)[key] : v[key];
    } else if (isGoMap(v)) {
      const found = mapGet(v, String(key));
      // A missing key yields the map's zero value. A JS Map is map[string]interface {} (nil); a
      // plain object of strings stands for docker's typed map[string]string (labels): "".
      const strings = !(v instanceof Map) && Object.values(v).every((x) => typeof x === 'string');
      v = found !== NO_VALUE ? found : strings ? '' : null;
    } else throw new Error(`can't index item of type ${goTypeOf(v)}`);
  }
  return v;
}

function length(v: unknown): number {
  if (v === NO_VALUE) throw new Error('reflect: call of reflect.Value.Type on zero Value');
  if (isNil(v)) throw new Error('len of nil pointer');
  if (typeof v === 'string') return utf8Bytes(v).length;
  if (Array.isArray(v)) return v.length;
  if (v instanceof Map) return v.size;
  if (isGoMap(v)) return Object.keys(v).length;
  throw new Error(`len of type ${goTypeOf(v)}`);
}

function slice(item: unknown, ...idx: unknown[]): unknown {
  if (isNil(item)) throw new Error('slice of untyped nil');
  if (idx.length > 3) throw new Error(`too many slice indexes: ${idx.length}`);
  const isStr = typeof item === 'string';
  if (!isStr && !Array.isArray(item)) throw new Error(`can't slice item of type ${goTypeOf(item)}`);
  if (isStr && idx.length === 3) throw new Error('cannot 3-index slice a string');
  const arr = isStr ? utf8Bytes(item) : (item as unknown[]);
  const n = idx.map((i) => {
    if (typeof i !== 'number' || !Number.isInteger(i)) throw new Error(`cannot index slice/array with type ${goTypeOf(i)}`);
    if (i < 0 || i > arr.length) throw new Error(`index out of range: ${i}`);
    return i;
  });
  const [lo = 0, hi = arr.length] = n;
  if (lo > hi) throw new Error(`invalid slice index: ${lo} > ${hi}`);
  const out = arr.slice(lo, hi);
  return isStr ? decoder(out as number[]) : out;
}

const HTML: Record<string, string> = { '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;', '\0': '\ufffd' };
const JS: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D' };
const jsEscape = (s: string) =>
  [...s]
    .map((c) => JS[c] ?? (c < ' ' || !/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(c) ? '\\u' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0') : c))
    .join('');
const queryEscape = (s: string) =>
  utf8Bytes(s)
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      return c === ' ' ? '+' : '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
    .join('');
const printArgs = (args: unknown[]) => goSprint(args.map(nilToNull));

export const BUILTIN_FUNCS: FuncMap = {
  and: f(['value'], () => undefined, 'value'), // short-circuit: handled by the executor
  or: f(['value'], () => undefined, 'value'),
  not: f(['value'], (v) => !truth(v)),
  len: f(['value'], length),
  index: f(['value'], index, 'value'),
  slice: f(['value'], slice, 'value'),
  print: f([], (...a) => printArgs(a), 'any'),
  printf: f(['string'], (fmt, ...a) => goSprintf(fmt as string, a.map(nilToNull)), 'any'),
  println: f([], (...a) => goSprintln(a.map(nilToNull)), 'any'),
  eq: f(['value'], eq, 'value'),
  ne: f(['value', 'value'], (a, b) => !eq(a, b)),
  lt: f(['value', 'value'], lt),
  le: f(['value', 'value'], (a, b) => lt(a, b) || eq(a, b)),
  gt: f(['value', 'value'], (a, b) => !lt(a, b) && !eq(a, b)),
  ge: f(['value', 'value'], (a, b) => !lt(a, b)),
  html: f([], (...a) => printArgs(a).replace(/["'&<>\0]/g, (c) => HTML[c]!), 'any'),
  js: f([], (...a) => jsEscape(printArgs(a)), 'any'),
  urlquery: f([], (...a) => queryEscape(printArgs(a)), 'any'),
  call: f(['value'], (fn, ...a) => {
    if (typeof fn !== 'function') throw new Error(`non-function of type ${goTypeOf(fn)}`);
    return (fn as (...x: unknown[]) => unknown)(...a);
  }, 'value'),
};

function title(s: string): string {
  let prev = ' ';
  return [...s]
    .map((c) => {
      const sep = !/[\p{L}\p{N}_]/u.test(prev);
      prev = c;
      return sep ? c.toUpperCase() : c;
    })
    .join('');
}

/** docker's templates.basicFunctions. */
export const DOCKER_FUNCS: FuncMap = {
  json: f(['any'], (v) => goJsonMarshal(v, { escapeHTML: false })),
  split: f(['string', 'string'], (s, sep) => (sep === '' ? [...(s as string)] : (s as string).split(sep as string))),
  join: f(['strings', 'string'], (elems, sep) => ((elems as string[] | null) ?? []).join(sep as string)),
  title: f(['string'], (s) => title(s as string)),
  lower: f(['string'], (s) => (s as string).toLowerCase()),
  upper: f(['string'], (s) => (s as string).toUpperCase()),
  pad: f(['string', 'int', 'int'], (s, p, q) => (s === '' ? '' : ' '.repeat(p as number) + s + ' '.repeat(q as number))),
  truncate: f(['string', 'int'], (s, n) => {
    const bytes = utf8Bytes(s as string);
    return bytes.length < (n as number) ? s : decoder(bytes.slice(0, n as number));
  }),
};

/** docker's templates.HeaderFunctions: keep header text intact (pad is not overridden). */
export const DOCKER_HEADER_FUNCS: FuncMap = {
  json: f(['string'], (v) => v),
  split: f(['string', 'string'], (v) => v),
  join: f(['string', 'string'], (v) => v),
  title: f(['string'], (v) => v),
  lower: f(['string'], (v) => v),
  upper: f(['string'], (v) => v),
  truncate: f(['string', 'int'], (v) => v),
};
