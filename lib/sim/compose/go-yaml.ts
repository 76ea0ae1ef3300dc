/**
 * A YAML emitter that writes what gopkg.in/yaml.v3 (indent 2) writes for the values
 * `docker compose config` marshals: block mappings and sequences (sequences indented under their
 * key), `{}`/`[]` for empty ones, plain scalars when they would read back as the same string,
 * double quotes when they would not (`"8080"`, `"true"`, `""`), single quotes when the text
 * cannot be plain (`'*:80'`), literal blocks for multi-line text. Map keys sort the yaml.v3 way.
 */

/** An ordered mapping (struct fields keep their order; Go maps are sorted before this). */
export type GoValue = null | boolean | number | string | GoFloat | GoValue[] | Map<string, GoValue>;

/** A Go float (printed with strconv 'g' formatting, never as an int-looking string issue). */
export class GoFloat {
  constructor(readonly value: number) {}
}

const OLD_BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const RESOLVED = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', '', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '<<']);
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$/;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}([Tt ]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Whether yaml.v3 would resolve the plain text to something other than a string. */
function resolvesToNonString(s: string): boolean {
  if (RESOLVED.has(s)) return true;
  const c = s[0];
  if (c === '.') return YAML_FLOAT.test(s);
  if (c !== undefined && /[-+0-9]/.test(c)) {
    if (TIMESTAMP.test(s)) return true;
    const plain = s.replace(/_/g, '');
    return GO_INT.test(plain) || YAML_FLOAT.test(plain);
  }
  return false;
}

interface Analysis {
  multiline: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

/** yaml_emitter_analyze_scalar, for block context. */
function analyze(s: string): Analysis {
  if (s.length === 0) return { multiline: false, blockPlain: true, singleQuoted: true, block: false };
  let blockIndicators = s.startsWith('---') || s.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let tabs = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let prevSpace = false;
  let prevBreak = false;
  const chars = [...s];
  chars.forEach((c, i) => {
    const followedByWhitespace = i + 1 >= chars.length || /[ \t\r\n]/.test(chars[i + 1]!);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':') && followedByWhitespace) blockIndicators = true;
      else if (c === '-' && followedByWhitespace) blockIndicators = true;
    } else if (c === ':' && followedByWhitespace) blockIndicators = true;
    else if (c === '#' && precededByWhitespace) blockIndicators = true;
    if (c === '\t') tabs = true;
    else if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(c)) special = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (c === '\n' || c === '\r') {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWhitespace = /[ \t\r\n]/.test(c);
  });
  const a: Analysis = { multiline: lineBreaks, blockPlain: true, singleQuoted: true, block: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.blockPlain = false;
  if (trailingSpace) a.block = false;
  if (breakSpace) a.blockPlain = a.singleQuoted = false;
  if (spaceBreak || tabs || special) a.blockPlain = a.singleQuoted = false;
  if (spaceBreak || special) a.block = false;
  if (lineBreaks || blockIndicators) a.blockPlain = false;
  return a;
}

function doubleQuoted(s: string): string {
  let out = '"';
  for (const c of s) {
    const code = c.codePointAt(0)!;
    if (c === '"' || c === '\\') out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).toUpperCase().padStart(2, '0');
    else out += c;
  }
  return out + '"';
}

/** A string scalar as yaml.v3 writes it (inline part; literal blocks are handled by the caller). */
function scalarString(s: string, simpleKey: boolean): { text: string; literal: boolean } {
  const canPlain = !resolvesToNonString(s) && !BASE60.test(s) && !OLD_BOOLS.has(s);
  const a = analyze(s);
  if (s.includes('\n') && !simpleKey) {
    if (a.block) return { text: s, literal: true };
    return { text: doubleQuoted(s), literal: false };
  }
  if (!canPlain) return { text: doubleQuoted(s), literal: false };
  if (a.blockPlain && !(s.length === 0 && simpleKey) && !(simpleKey && a.multiline)) return { text: s, literal: false };
  if (a.singleQuoted && !(simpleKey && a.multiline)) return { text: `'${s.replace(/'/g, "''")}'`, literal: false };
  return { text: doubleQuoted(s), literal: false };
}

/** strconv.FormatFloat(n, 'g', -1, 64): exponent form below 1e-4 and from 1e6 on, two-digit exponents. */
export function formatGoFloat(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  if (n === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp >= -4 && exp < 6) return String(n);
  return n.toExponential().replace(/e([+-])(\d+)$/, (_m, sign: string, d: string) => `e${sign}${d.padStart(2, '0')}`);
}

function literal(s: string, indent: number): string {
  const chomp = s.endsWith('\n') ? (s.endsWith('\n\n') ? '+' : '') : '-';
  const indicator = s.startsWith(' ') || s.startsWith('\n') ? '2' : '';
  const body = (chomp === '' || chomp === '+' ? s.replace(/\n$/, '') : s).split('\n');
  const pad = ' '.repeat(indent);
  return `|${indicator}${chomp}\n` + body.map((l) => (l === '' ? '' : pad + l)).join('\n');
}

function inline(v: GoValue, indent: number): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatGoFloat(v);
  if (v instanceof GoFloat) return formatGoFloat(v.value);
  if (typeof v === 'string') {
    const s = scalarString(v, false);
    return s.literal ? literal(s.text, indent) : s.text;
  }
  if (Array.isArray(v)) return '[]';
  return '{}';
}

const isBlock = (v: GoValue) => (Array.isArray(v) && v.length > 0) || (v instanceof Map && v.size > 0);

function emit(v: GoValue, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (v instanceof Map) {
    for (const [k, e] of v) {
      const key = scalarString(k, true).text;
      if (isBlock(e)) {
        out.push(`${pad}${key}:`);
        emit(e, indent + 2, out);
      } else out.push(`${pad}${key}: ${inline(e, indent + 2)}`);
    }
    return;
  }
  if (Array.isArray(v)) {
    for (const e of v) {
      if (e instanceof Map && e.size > 0) {
        const sub: string[] = [];
        emit(e, indent + 2, sub);
        out.push(`${pad}- ${sub[0]!.slice(indent + 2)}`, ...sub.slice(1));
      } else if (Array.isArray(e) && e.length > 0) {
        const sub: string[] = [];
        emit(e, indent + 2, sub);
        out.push(`${pad}- ${sub[0]!.slice(indent + 2)}`, ...sub.slice(1));
      } else out.push(`${pad}- ${inline(e, indent + 2)}`);
    }
  }
}

/** The document yaml.v3's Encoder (SetIndent(2)) writes for a top-level mapping. */
export function encodeYaml(doc: Map<string, GoValue>): string {
  if (doc.size === 0) return '{}\n';
  const out: string[] = [];
  emit(doc, 0, out);
  return out.join('\n') + '\n';
}

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

/** yaml.v3's keyList.Less for string keys (digit runs compare as numbers). */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  let digits = false;
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]!);
      continue;
    }
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return digits ? al : bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

export function sortYamlKeys(keys: readonly string[]): string[] {
  return [...keys].sort((x, y) => (yamlKeyLess(x, y) ? -1 : yamlKeyLess(y, x) ? 1 : 0));
}
