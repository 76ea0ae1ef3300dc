/**
 * Go's strconv parsing and quoting, as pflag uses them, with Go's exact error wording
 * (`strconv.ParseInt: parsing "x": invalid syntax`, `... value out of range`).
 */
import { ExpectedError } from '../../expected-error';

/** A failed Go number/bool parse; `message` is Go's NumError text. */
export class NumError extends ExpectedError {
  constructor(
    readonly func: string,
    readonly num: string,
    readonly reason: 'invalid syntax' | 'value out of range',
  ) {
    super(`strconv.${func}: parsing ${goQuote(num)}: ${reason}`);
    this.name = 'NumError';
  }
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const SHORT_ESCAPES: Record<string, string> = {
  '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
};

/** Printable ASCII without the quote and the backslash: such text is quoted as it is. */
const PLAIN: Record<'"' | "'", RegExp> = { '"': /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/, "'": /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/ };

function quoteWith(s: string, quote: '"' | "'"): string {
  if (PLAIN[quote].test(s)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if ((cp >= 0x20 && cp < 0x7f) || PRINTABLE.test(ch)) out += ch;
    else if (SHORT_ESCAPES[ch] !== undefined) out += SHORT_ESCAPES[ch];
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd'; // lone surrogate: Go sees invalid UTF-8
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Go's strconv.Quote / fmt `%q` for strings. */
export function goQuote(s: string): string {
  return quoteWith(s, '"');
}

/** Go's `%q` for a single rune (e.g. `'z'`). */
export function goQuoteRune(codePoint: number): string {
  return quoteWith(String.fromCodePoint(codePoint), "'");
}

/** Go's underscoreOK: underscores only between digits (or after a base prefix). */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const p = s[1]!.toLowerCase();
    if (p === 'b' || p === 'o' || p === 'x') {
      i = 2;
      saw = '0';
      hex = p === 'x';
    }
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    const lower = c.toLowerCase();
    if ((c >= '0' && c <= '9') || (hex && lower >= 'a' && lower <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

function digitValue(c: string): number {
  const code = c.toLowerCase().charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 97 + 10;
  return 99;
}

function parseUintBig(s: string, bitSize: number, func: string, num: string): bigint {
  if (s === '') throw new NumError(func, num, 'invalid syntax');
  const s0 = s;
  // Always base 0 (Go syntax): prefixes select the base and underscores may separate digits.
  let base = 10;
  if (s[0] === '0') {
    const p = s.length >= 3 ? s[1]!.toLowerCase() : '';
    if (p === 'b' || p === 'o' || p === 'x') {
      base = p === 'b' ? 2 : p === 'o' ? 8 : 16;
      s = s.slice(2);
    } else {
      base = 8;
      s = s.slice(1);
    }
  }
  const max = (1n << BigInt(bitSize)) - 1n;
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) throw new NumError(func, num, 'invalid syntax');
    n = n * BigInt(base) + BigInt(d);
    if (n > max) throw new NumError(func, num, 'value out of range');
  }
  if (underscores && !underscoreOK(s0)) throw new NumError(func, num, 'invalid syntax');
  return n;
}

/** Go strconv.ParseInt(s, 0, bitSize). */
export function parseGoInt(s: string, bitSize = 64): number {
  if (s === '') throw new NumError('ParseInt', s, 'invalid syntax');
  let body = s;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    body = s.slice(1);
  }
  const un = parseUintBig(body, 64, 'ParseInt', s);
  const cutoff = 1n << BigInt(bitSize - 1);
  if (!neg && un >= cutoff) throw new NumError('ParseInt', s, 'value out of range');
  if (neg && un > cutoff) throw new NumError('ParseInt', s, 'value out of range');
  return Number(neg ? -un : un);
}

/** Go strconv.ParseUint(s, 0, bitSize). */
export function parseGoUint(s: string, bitSize = 64): number {
  return Number(parseUintBig(s, bitSize, 'ParseUint', s));
}

const DEC_FLOAT = /^[+-]?(?:[0-9_]+\.?[0-9_]*|\.[0-9_]+)(?:[eE][+-]?[0-9_]+)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]([0-9a-fA-F_]*)\.?([0-9a-fA-F_]*)[pP]([+-]?[0-9_]+)$/;
const SPECIAL = /^(?:[+-]?(?:inf|infinity)|nan)$/i;

/** Go strconv.ParseFloat(s, 64). */
export function parseGoFloat(s: string): number {
  if (SPECIAL.test(s)) {
    if (/nan/i.test(s)) return NaN;
    return s[0] === '-' ? -Infinity : Infinity;
  }
  const syntax = () => new NumError('ParseFloat', s, 'invalid syntax');
  if (s.includes('_') && !underscoreOK(s)) throw syntax();
  let value: number;
  const hex = HEX_FLOAT.exec(s);
  if (hex) {
    const [, sign, intPart = '', frac = '', exp = '0'] = hex;
    const mant = (intPart + frac).replace(/_/g, '');
    if (mant === '') throw syntax();
    const e = Number(exp.replace(/_/g, '')) - 4 * frac.replace(/_/g, '').length;
    value = parseInt(mant, 16) * 2 ** e * (sign === '-' ? -1 : 1);
  } else {
    if (!DEC_FLOAT.test(s) || !/[0-9]/.test(s.split(/[eE]/)[0]!)) throw syntax();
    value = Number(s.replace(/_/g, ''));
    if (Number.isNaN(value)) throw syntax();
  }
  if (!Number.isFinite(value)) throw new NumError('ParseFloat', s, 'value out of range');
  return value;
}

/** Go strconv.ParseBool. */
export function parseGoBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new NumError('ParseBool', s, 'invalid syntax');
}

/** The UTF-8 bytes of a string (Go strings are byte strings; lib/ has no TextEncoder type). */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}
