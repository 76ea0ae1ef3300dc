/**
 * Scanning the inside of words: quotes, backslashes, `$…` expansions and backticks.
 * Works on a Scanner (source + cursor); nested command lists ($(…), `…`) are handed to callbacks
 * supplied by the parser, so this module knows no grammar beyond words.
 */
import type { List, WordPart } from './ast';
import { scanBraced } from './lex-param';
import { decodeAnsiC, scanSingleAnsi } from './ansi-c';
import { IncompleteInput, LimitError } from './errors';

export interface Scanner {
  readonly src: string;
  pos: number;
  line: number;
  /** Nesting depth of command substitutions (guards against runaway recursion). */
  readonly depth: number;
  /** Parse a command list starting at `pos` up to its unmatched `)`; leaves `pos` after the `)`. */
  parseParen(s: Scanner): List;
  /** Parse a whole string as a command list (backticks). */
  parseString(text: string, depth: number): List;
}

export const MAX_NESTING = 64;
const META = new Set([' ', '\t', '\n', '|', '&', ';', '<', '>', '(', ')']);
export const SPECIAL_PARAMS = '?$#@*!-';

export function isMeta(c: string | undefined): boolean {
  return c === undefined || META.has(c);
}

export function pushLit(parts: WordPart[], text: string, kind: 'lit' | 'sq' = 'lit'): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.k === kind) last.v += text;
  else parts.push({ k: kind, v: text });
}

export function isNameStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
}

export function isNameChar(c: string | undefined): boolean {
  return isNameStart(c) || (c !== undefined && c >= '0' && c <= '9');
}

/** An unquoted word at `pos` (which must not be a metacharacter). */
export function scanWord(s: Scanner): WordPart[] {
  const parts: WordPart[] = [];
  const src = s.src;
  if (src[s.pos] === '~') scanTilde(s, parts);
  while (s.pos < src.length) {
    const c = src[s.pos] as string;
    if (META.has(c)) break;
    if (c === '\\') {
      const next = src[s.pos + 1];
      if (next === undefined) throw new IncompleteInput('eof', '', s.line);
      s.pos += 2;
      if (next === '\n') s.line++;
      else pushLit(parts, next, 'sq');
    } else if (c === "'") parts.push({ k: 'sq', v: scanSingle(s) });
    else if (c === '"') parts.push({ k: 'dq', parts: scanDouble(s) });
    else if (c === '$') scanDollar(s, parts, false);
    else if (c === '`') parts.push(scanBacktick(s));
    else {
      let end = s.pos + 1;
      while (end < src.length && !META.has(src[end] as string) && !'\\\'"$`'.includes(src[end] as string)) end++;
      pushLit(parts, src.slice(s.pos, end));
      s.pos = end;
    }
  }
  return parts;
}

function scanTilde(s: Scanner, parts: WordPart[]): void {
  let end = s.pos + 1;
  while (end < s.src.length && /[A-Za-z0-9._-]/.test(s.src[end] as string)) end++;
  const after = s.src[end];
  if (after === '/' || isMeta(after)) {
    parts.push({ k: 'tilde', user: s.src.slice(s.pos + 1, end) });
    s.pos = end;
  }
}

/** '…' starting at the quote; returns the text. */
export function scanSingle(s: Scanner): string {
  const end = s.src.indexOf("'", s.pos + 1);
  if (end < 0) throw new IncompleteInput("'", '', s.line);
  const text = s.src.slice(s.pos + 1, end);
  s.line += countNewlines(text);
  s.pos = end + 1;
  return text;
}

/** "…" starting at the quote; returns the parts inside. */
export function scanDouble(s: Scanner): WordPart[] {
  const parts: WordPart[] = [];
  s.pos++;
  for (;;) {
    const c = s.src[s.pos];
    if (c === undefined) throw new IncompleteInput('"', '', s.line);
    if (c === '"') {
      s.pos++;
      return parts;
    }
    if (c === '\\' && s.src[s.pos + 1] === undefined) throw new IncompleteInput('"', '', s.line);
    scanExpandingChar(s, parts, '$`"\\');
  }
}

/** Text with expansions but no quote removal: heredoc bodies (quotes are literal there). */
export function scanHeredocText(s: Scanner): WordPart[] {
  const parts: WordPart[] = [];
  while (s.pos < s.src.length) scanExpandingChar(s, parts, '$`\\');
  return parts;
}

/**
 * One character of text where `$`, backquote and backslash stay special (inside "…", heredoc
 * bodies): a backslash drops before a newline (line continuation) or one of `escapable`, and is
 * literal before anything else.
 */
function scanExpandingChar(s: Scanner, parts: WordPart[], escapable: string): void {
  const c = s.src[s.pos] as string;
  if (c === '\\') {
    const next = s.src[s.pos + 1];
    if (next === '\n') {
      s.line++;
      s.pos += 2;
    } else if (next !== undefined && escapable.includes(next)) {
      pushLit(parts, next);
      s.pos += 2;
    } else {
      pushLit(parts, '\\');
      s.pos++;
    }
  } else if (c === '$') scanDollar(s, parts, true);
  else if (c === '`') parts.push(scanBacktick(s));
  else if (c === '\n') {
    s.line++;
    pushLit(parts, c);
    s.pos++;
  } else {
    // A run of plain text at once (up to the next character that may be special here).
    let end = s.pos + 1;
    while (end < s.src.length && !EXPANDING_STOPS.includes(s.src[end] as string)) end++;
    pushLit(parts, s.src.slice(s.pos, end));
    s.pos = end;
  }
}

/** Where a run of plain text inside "…" or a heredoc body ends. */
const EXPANDING_STOPS = '\\$`"\n';

/** `$…` at pos: parameter, ${…}, $(…), $((…)), $'…' or a lone `$`. */
export function scanDollar(s: Scanner, parts: WordPart[], inDouble: boolean): void {
  const src = s.src;
  const next = src[s.pos + 1];
  if (next === '(') {
    if (src[s.pos + 2] === '(' && arithEnd(src, s.pos + 3) >= 0) {
      const end = arithEnd(src, s.pos + 3);
      parts.push({ k: 'arith', expr: scanArithText(s, src.slice(s.pos + 3, end)) });
      s.line += countNewlines(src.slice(s.pos, end));
      s.pos = end + 2;
      return;
    }
    parts.push(scanParen(s, s.pos + 2));
  } else if (next === '{') parts.push(scanBraced(s));
  else if (next === "'" && !inDouble) {
    s.pos++;
    pushLit(parts, decodeAnsiC(scanSingleAnsi(s)), 'sq');
  } else if (next === '"' && !inDouble) {
    s.pos++;
    parts.push({ k: 'dq', parts: scanDouble(s) });
  } else if (isNameStart(next)) {
    let end = s.pos + 2;
    while (isNameChar(src[end])) end++;
    parts.push({ k: 'param', name: src.slice(s.pos + 1, end) });
    s.pos = end;
  } else if (next !== undefined && ((next >= '0' && next <= '9') || SPECIAL_PARAMS.includes(next))) {
    parts.push({ k: 'param', name: next });
    s.pos += 2;
  } else {
    pushLit(parts, '$');
    s.pos++;
  }
}

function nested<T>(s: Scanner, fn: () => T): T {
  if (s.depth + 1 > MAX_NESTING) throw new LimitError('maximum nesting exceeded');
  return fn();
}

/** $( … ): the body starts at `bodyStart`. */
function scanParen(s: Scanner, bodyStart: number): WordPart {
  return nested(s, () => {
    const start = s.pos;
    s.pos = bodyStart;
    const body = s.parseParen(s);
    return { k: 'cmd', src: s.src.slice(start, s.pos), body };
  });
}

/** Index of the first `)` of the closing `))` of $(( … )), or -1 when this is not arithmetic. */
function arithEnd(src: string, from: number): number {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth > 0) depth--;
      else return src[i + 1] === ')' ? i : -1;
    }
  }
  return -1;
}

/** Parts of an arithmetic expression's text (expansions inside; quotes are removed). */
export function scanArithText(s: Scanner, text: string): WordPart[] {
  const inner: Scanner = { ...s, src: text, pos: 0, depth: s.depth + 1 };
  return nested(s, () => scanHeredocText(inner).map(p => (p.k === 'lit' ? { k: 'lit', v: p.v.replace(/["']/g, '') } : p)));
}

export function scanBacktick(s: Scanner): WordPart {
  const start = s.pos;
  let text = '';
  let i = s.pos + 1;
  for (;;) {
    const c = s.src[i];
    if (c === undefined) throw new IncompleteInput('`', '', s.line);
    if (c === '`') break;
    if (c === '\\' && i + 1 < s.src.length && '$`\\'.includes(s.src[i + 1] as string)) {
      text += s.src[i + 1];
      i += 2;
      continue;
    }
    text += c;
    i++;
  }
  s.pos = i + 1;
  s.line += countNewlines(text);
  return nested(s, () => ({ k: 'cmd', src: s.src.slice(start, s.pos), body: s.parseString(text, s.depth + 1) }));
}

export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
