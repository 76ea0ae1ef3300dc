/**
 * Splitting one logical Dockerfile line: the instruction word, the leading `--flag=value` builder
 * flags, the rest; and BuildKit's parseWords (quote-aware words that keep their quotes).
 */
import { isSpace } from './shell-lex';

/** BuildKit's reWhitespace: `[\t\v\f\r ]+`. */
export const RE_WHITESPACE = /[\t\v\f\r ]+/;
const RE_WHITESPACE_ALL = /[\t\v\f\r ]+/g;

export function trimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s[a]!)) a++;
  while (b > a && isSpace(s[b - 1]!)) b--;
  return s.slice(a, b);
}

export function trimLeftSpace(s: string): string {
  let a = 0;
  while (a < s.length && isSpace(s[a]!)) a++;
  return s.slice(a);
}

/** Go's regexp.Split(s, -1) for RE_WHITESPACE (keeps empty leading/trailing fields). */
export function splitWhitespace(s: string): string[] {
  return s.split(RE_WHITESPACE_ALL);
}

/** `cmd`, builder flags and the remaining (trimmed) arguments of a logical line. */
export function splitCommand(line: string, escape: string): { cmd: string; flags: string[]; args: string } {
  const t = trimSpace(line);
  const m = RE_WHITESPACE.exec(t);
  if (!m) return { cmd: t, flags: [], args: '' };
  const cmd = t.slice(0, m.index);
  const rest = t.slice(m.index + m[0].length);
  const { args, flags } = extractBuilderFlags(rest, escape);
  return { cmd, flags, args: trimSpace(args) };
}

/** Leading words that start with `--` (quotes and escapes processed); stops at a bare `--`. */
export function extractBuilderFlags(line: string, escape: string): { args: string; flags: string[] } {
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let buf = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    const ch = pos < line.length ? line[pos]! : '';
    if (phase === 'spaces') {
      if (pos === line.length) break;
      if (isSpace(ch)) continue;
      if (ch !== '-' || pos + 1 === line.length || line[pos + 1] !== '-') return { args: line.slice(pos), flags: words };
      phase = 'word';
    }
    if (pos === line.length) {
      if (buf !== '--' && (blankOK || buf.length > 0)) words.push(buf);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (buf === '--') return { args: line.slice(pos), flags: words };
        if (blankOK || buf.length > 0) words.push(buf);
        buf = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === escape) {
        if (pos + 1 === line.length) continue;
        pos++;
        buf += line[pos]!;
        continue;
      }
      buf += ch;
      continue;
    }
    // in quotes
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === escape) {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      pos++;
      buf += line[pos]!;
      continue;
    }
    buf += ch;
  }
  return { args: '', flags: words };
}

/** Words separated by whitespace, quotes kept (they are removed later by variable expansion). */
export function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let buf = '';
  const chars = Array.from(rest);
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = pos < chars.length ? chars[pos]! : '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOK || buf.length > 0) words.push(buf);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOK || buf.length > 0) words.push(buf);
        buf = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escape) {
        if (pos + 1 === chars.length) continue;
        buf += ch;
        pos++;
        ch = chars[pos]!;
      }
      buf += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === escape && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      pos++;
      buf += ch;
      ch = chars[pos]!;
    }
    buf += ch;
  }
  return words;
}
