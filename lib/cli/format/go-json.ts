/**
 * Go's encoding/json output: struct field order kept for plain objects, sorted keys for Maps
 * (Go maps), Go's string escaping (optionally HTML-safe `\u003c`), Go's float format, and
 * MarshalIndent's layout (`docker inspect` prints `[` + 4-space indented objects + `]`).
 *
 * Where docker escapes: the daemon and the `json` template function do NOT escape `<>&`;
 * values produced by a Go MarshalJSON (docker's formatter contexts) DO. Objects with a
 * `goMarshalJSON()` method stand for such values: their result is always HTML-escaped.
 */
import { ExpectedError } from '../../expected-error';
import { formatGoFloat } from './go-float';

export interface GoMarshaler {
  goMarshalJSON(): unknown;
}

export class JsonError extends ExpectedError {
  constructor(message: string) {
    super(message);
    this.name = 'JsonError';
  }
}

const isMarshaler = (v: unknown): v is GoMarshaler =>
  typeof v === 'object' && v !== null && typeof (v as GoMarshaler).goMarshalJSON === 'function';

function quote(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || (escapeHTML && (ch === '<' || ch === '>' || ch === '&'))) out += '\\u00' + c.toString(16).padStart(2, '0');
    else if (c === 0x2028 || c === 0x2029) out += '\\u' + c.toString(16);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += ch + s[i + 1];
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

function number(n: number): string {
  if (!Number.isFinite(n)) throw new JsonError(`json: unsupported value: ${Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf'}`);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) return formatGoFloat(n, 'e', -1).replace(/e([+-])0(\d)$/, 'e$1$2');
  return formatGoFloat(n, 'f', -1);
}

interface Ctx {
  escapeHTML: boolean;
  indent: string;
  prefix: string;
}

function encode(v: unknown, ctx: Ctx, depth: number): string {
  if (v === null || v === undefined || typeof v === 'symbol') return 'null';
  if (isMarshaler(v)) return encode(v.goMarshalJSON(), { ...ctx, escapeHTML: true }, depth);
  if (typeof v === 'string') return quote(v, ctx.escapeHTML);
  if (typeof v === 'number') return number(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return v.toString();
  const nl = ctx.indent === '' ? '' : '\n' + ctx.prefix + ctx.indent.repeat(depth + 1);
  const close = ctx.indent === '' ? '' : '\n' + ctx.prefix + ctx.indent.repeat(depth);
  const sep = ctx.indent === '' ? ':' : ': ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + v.map((x) => nl + encode(x, ctx, depth + 1)).join(',') + close + ']';
  }
  let entries: [string, unknown][];
  if (v instanceof Map) entries = [...v.entries()].map(([k, x]) => [String(k), x] as [string, unknown]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  else entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== 'function');
  if (entries.length === 0) return '{}';
  return '{' + entries.map(([k, x]) => nl + quote(k, ctx.escapeHTML) + sep + encode(x, ctx, depth + 1)).join(',') + close + '}';
}

/** json.Marshal (escapeHTML true, like Go's default) or an Encoder with SetEscapeHTML(false). */
export function goJsonMarshal(v: unknown, options: { escapeHTML?: boolean } = {}): string {
  return encode(v, { escapeHTML: options.escapeHTML ?? true, indent: '', prefix: '' }, 0);
}

/** json.MarshalIndent(v, prefix, indent); docker inspect uses indent = 4 spaces, no HTML escaping. */
export function goJsonMarshalIndent(v: unknown, prefix: string, indent: string, options: { escapeHTML?: boolean } = {}): string {
  return encode(v, { escapeHTML: options.escapeHTML ?? true, indent, prefix }, 0);
}

/** Mark an object as a Go map: its keys are sorted when encoded (a JS Map works too). */
export function sortedKeys(obj: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(obj));
}
