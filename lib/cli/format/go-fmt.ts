/**
 * A subset of Go's fmt package over JS values, for templates (`printf`, `print`, `{{.}}` output).
 * JS values map to Go as: integer number → int, other number → float64, string, boolean → bool,
 * null/undefined → nil, array → []interface {}, plain object → map[string]interface {} (sorted keys).
 */
import { goQuote, goQuoteRune, utf8Bytes } from '../flags/go-strconv';
import { formatGoFloat } from './go-float';

/** Values that print themselves (Go's fmt.Stringer), e.g. template structs with a custom String(). */
export interface GoStringer {
  goString(): string;
}

function isStringer(v: unknown): v is GoStringer {
  return typeof v === 'object' && v !== null && typeof (v as GoStringer).goString === 'function';
}

/** Go's name for the dynamic type of a JS value (used in `%!d(string=x)`). */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'bigint') return 'int64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** fmt's `%v` (and Sprint) rendering. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v) : formatGoFloat(v, 'g', -1);
  if (isStringer(v)) return v.goString();
  if (Array.isArray(v)) return '[' + v.map(formatValue).join(' ') + ']';
  if (v instanceof Map) {
    const keys = [...v.keys()].sort();
    return 'map[' + keys.map((k) => `${formatValue(k)}:${formatValue(v.get(k))}`).join(' ') + ']';
  }
  const obj = v as Record<string, unknown>;
  return 'map[' + Object.keys(obj).sort().map((k) => `${k}:${formatValue(obj[k])}`).join(' ') + ']';
}

interface Spec {
  minus: boolean;
  plus: boolean;
  zero: boolean;
  space: boolean;
  sharp: boolean;
  width?: number;
  prec?: number;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  const len = [...s].length;
  if (spec.width === undefined || len >= spec.width) return s;
  const fill = spec.width - len;
  if (spec.minus) return s + ' '.repeat(fill);
  if (spec.zero && numeric && /^[+-]/.test(s)) return s[0] + '0'.repeat(fill) + s.slice(1);
  return (spec.zero ? '0' : ' ').repeat(fill) + s;
}

function signed(s: string, spec: Spec): string {
  if (s.startsWith('-')) return s;
  if (spec.plus) return '+' + s;
  if (spec.space) return ' ' + s;
  return s;
}

const bad = (verb: string, v: unknown) =>
  v === null || v === undefined ? `%!${verb}(<nil>)` : `%!${verb}(${goTypeName(v)}=${formatValue(v)})`;

function hexBytes(s: string, upper: boolean, spaced: boolean): string {
  const hex = utf8Bytes(s).map((b) => b.toString(16).padStart(2, '0'));
  const out = hex.join(spaced ? ' ' : '');
  return upper ? out.toUpperCase() : out;
}

function formatOne(verb: string, v: unknown, spec: Spec): string {
  if (Array.isArray(v) && verb !== 'v') return '[' + v.map((x) => formatOne(verb, x, { ...spec, width: undefined })).join(' ') + ']';
  if (typeof v === 'number' && Number.isInteger(v) && 'bcdoqxXU'.includes(verb)) {
    const abs = Math.abs(v);
    switch (verb) {
      case 'd': return pad(signed(String(v), spec), spec, true);
      case 'b': return pad(signed((v < 0 ? '-' : '') + abs.toString(2), spec), spec, true);
      case 'o': return pad(signed((v < 0 ? '-' : '') + (spec.sharp ? '0' : '') + abs.toString(8), spec), spec, true);
      case 'x':
      case 'X': {
        const digits = abs.toString(16);
        const body = (spec.sharp ? '0x' : '') + (verb === 'X' ? digits.toUpperCase() : digits);
        return pad(signed((v < 0 ? '-' : '') + body, spec), spec, true);
      }
      case 'c': return pad(String.fromCodePoint(v), spec, false);
      case 'q': return pad(goQuoteRune(v), spec, false);
      case 'U': return pad('U+' + abs.toString(16).toUpperCase().padStart(4, '0'), spec, false);
    }
  }
  if (typeof v === 'number' && 'eEfFgG'.includes(verb)) {
    const s = formatGoFloat(v, verb as 'e', spec.prec ?? (verb === 'g' || verb === 'G' ? -1 : 6));
    return pad(signed(s, spec), spec, true);
  }
  if (typeof v === 'string' && 'sqxX'.includes(verb)) {
    let s = spec.prec !== undefined ? [...v].slice(0, spec.prec).join('') : v;
    if (verb === 'q') s = goQuote(s);
    else if (verb !== 's') s = hexBytes(s, verb === 'X', spec.space);
    return pad(s, spec, false);
  }
  if (typeof v === 'boolean' && verb === 't') return pad(String(v), spec, false);
  if (verb === 'v') {
    const s = typeof v === 'number' && !Number.isInteger(v) && spec.prec !== undefined ? formatGoFloat(v, 'g', spec.prec) : formatValue(v);
    return pad(typeof v === 'number' ? signed(s, spec) : s, spec, typeof v === 'number');
  }
  if (verb === 's' && isStringer(v)) return pad(v.goString(), spec, false);
  return bad(verb, v);
}

/** fmt.Sprintf with Go's verbs, flags, width/precision and its `%!verb(...)` error forms. */
export function goSprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { minus: false, plus: false, zero: false, space: false, sharp: false };
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') spec.minus = true;
      else if (c === '+') spec.plus = true;
      else if (c === '0') spec.zero = !spec.minus;
      else if (c === ' ') spec.space = true;
      else if (c === '#') spec.sharp = true;
      else break;
    }
    const width = /^\d+/.exec(format.slice(i));
    if (width) {
      spec.width = Number(width[0]);
      i += width[0].length;
    }
    if (format[i] === '.') {
      i++;
      const prec = /^\d*/.exec(format.slice(i))![0];
      spec.prec = prec === '' ? 0 : Number(prec);
      i += prec.length;
    }
    const verb = format[i];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatOne(verb, args[argi++], spec);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatValue(a)}`)).join(', ') + ')';
  }
  return out;
}

/** fmt.Sprint: operands joined, with a space between operands when neither is a string. */
export function goSprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((a, idx) => {
    if (idx > 0 && typeof a !== 'string' && typeof args[idx - 1] !== 'string') out += ' ';
    out += formatValue(a);
  });
  return out;
}

/** fmt.Sprintln: operands always space-separated, newline appended. */
export function goSprintln(args: readonly unknown[]): string {
  return args.map(formatValue).join(' ') + '\n';
}
