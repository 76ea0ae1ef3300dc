/**
 * YAML as kubectl prints it (sigs.k8s.io/yaml → go-yaml v2): map keys sorted, sequences not
 * indented under their key, strings quoted only when they would read back as another type
 * ("True", "80", timestamps → double quotes) or cannot be plain (': ', leading indicators →
 * single quotes), multi-line strings as literal blocks, no line wrapping.
 */

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE']);
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT = /^[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9_]+)$/;
const SPECIAL_FLOAT = /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d*)?(?:Z|[-+]\d{1,2}(?::?\d{2})?)?)?$/;

/** The plain scalar would resolve to something other than a string. */
function resolvesAsNonString(s: string): boolean {
  return NULLS.has(s) || BOOLS.has(s) || s === '<<' || FLOAT.test(s) || INT.test(s) || SPECIAL_FLOAT.test(s) || TIMESTAMP.test(s);
}

/** libyaml's analysis: may this string be written plain in block context? */
function plainAllowed(s: string): boolean {
  if (s.length === 0) return false;
  if (/^\s|\s$/.test(s)) return false;
  if (s.startsWith('---') || s.startsWith('...')) return false;
  const first = s[0]!;
  if ('#,[]{}&*!|>\'"%@`'.includes(first)) return false;
  if ((first === '-' || first === '?' || first === ':') && (s.length === 1 || s[1] === ' ')) return false;
  if (/: |:$| #|\t/.test(s)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(s)) return false;
  return true;
}

function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0').toUpperCase()}`;
    else out += ch;
  }
  return out + '"';
}

function scalarString(s: string): string {
  if (resolvesAsNonString(s)) return doubleQuoted(s);
  if (plainAllowed(s)) return s;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(s)) return doubleQuoted(s);
  return `'${s.replace(/'/g, "''")}'`;
}

function literal(s: string, indent: string): string {
  const chomp = s.endsWith('\n') ? (s.endsWith('\n\n') ? '+' : '') : '-';
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  const lead = /^\s/.test(body) ? '2' : '';
  return `|${lead}${chomp}\n` + body.split('\n').map((l) => (l === '' ? '' : indent + l)).join('\n');
}

function number(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(n).replace(/e\+?/, 'e+').replace('e+-', 'e-');
}

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function scalar(v: unknown, indent: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return number(v);
  const s = String(v);
  if (s.includes('\n') && !/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(s)) return literal(s, indent);
  return scalarString(s);
}

function block(v: unknown, indent: string): string {
  if (isMap(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
    if (keys.length === 0) return `${indent}{}\n`;
    return keys.map((k) => entry(scalarString(k), v[k], indent)).join('');
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return `${indent}[]\n`;
    return v.map((x) => item(x, indent)).join('');
  }
  return `${indent}${scalar(v, indent + '  ')}\n`;
}

function entry(key: string, v: unknown, indent: string): string {
  if (isMap(v) && Object.keys(v).some((k) => v[k] !== undefined)) return `${indent}${key}:\n${block(v, indent + '  ')}`;
  if (Array.isArray(v) && v.length > 0) return `${indent}${key}:\n${block(v, indent)}`;
  if (isMap(v)) return `${indent}${key}: {}\n`;
  if (Array.isArray(v)) return `${indent}${key}: []\n`;
  return `${indent}${key}: ${scalar(v, indent + '  ')}\n`;
}

function item(v: unknown, indent: string): string {
  if (isMap(v) && Object.keys(v).some((k) => v[k] !== undefined)) {
    const inner = block(v, indent + '  ');
    return `${indent}- ${inner.slice(indent.length + 2)}`;
  }
  if (Array.isArray(v) && v.length > 0) {
    const inner = block(v, indent + '  ');
    return `${indent}- ${inner.slice(indent.length + 2)}`;
  }
  if (isMap(v)) return `${indent}- {}\n`;
  if (Array.isArray(v)) return `${indent}- []\n`;
  return `${indent}- ${scalar(v, indent + '  ')}\n`;
}

/** Marshal a JSON value as kubectl's YAML printer does (no leading `---`). */
export function toYaml(v: unknown): string {
  return block(v, '');
}
