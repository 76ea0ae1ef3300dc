/**
 * The lexer: source text → tokens (words, operators, IO numbers, newlines), with heredoc bodies
 * read after the newline that ends their command and attached to the `<<` token.
 * Words are scanned into parts by lex-word.ts; nested command lists go through the Scanner callbacks.
 */
import type { Word } from './ast';
import { IncompleteInput } from './errors';
import { countNewlines, isMeta, scanArithText, scanHeredocText, scanWord, type Scanner } from './lex-word';

export interface HeredocSlot {
  delim: string;
  strip: boolean;
  literal: boolean;
  body: Word;
  line: number;
}

export type Token =
  | { t: 'word'; raw: string; parts: Word; line: number }
  | { t: 'op'; v: string; line: number; heredoc?: HeredocSlot }
  | { t: 'io'; fd: number; line: number }
  /** `(( … ))` at command position (arithmetic command or C-style for header). */
  | { t: 'arith'; sections: Word[]; line: number }
  | { t: 'nl'; line: number }
  | { t: 'eof'; line: number };

const OPERATORS = ['&>>', '<<<', '<<-', ';;&', '&&', '||', ';;', ';&', '|&', '>>', '<<', '<&', '>&', '>|', '<>', '&>', '&', '|', ';', '<', '>', '(', ')'];

export interface LexResult {
  tokens: Token[];
  /** bash warnings to print (heredoc delimited by end-of-file). */
  warnings: string[];
}

export interface LexOptions {
  /** Accept a heredoc that runs to the end of input (bash warns and carries on). */
  lenientHeredoc?: boolean;
  /** Stop at the `)` that closes a $( … ) (the scanner starts just inside it). */
  untilParen?: boolean;
}

/** Tokenize from `s.pos`. With `untilParen`, leaves `s.pos` just after the closing `)`. */
export function lex(s: Scanner, opts: LexOptions = {}): LexResult {
  const tokens: Token[] = [];
  const warnings: string[] = [];
  const pending: HeredocSlot[] = [];
  const src = s.src;
  let wantDelim: { strip: boolean; op: Extract<Token, { t: 'op' }> } | null = null;
  let parens = 0;
  let cases = 0;

  const atCommandStart = (): boolean => {
    const prev = tokens[tokens.length - 1];
    return !prev || prev.t === 'nl' || (prev.t === 'op' && prev.v !== ')') || (prev.t === 'word' && prev.raw === 'for');
  };

  for (;;) {
    while (s.pos < src.length) {
      const c = src[s.pos];
      if (c === ' ' || c === '\t') s.pos++;
      else if (c === '\\' && src[s.pos + 1] === '\n') {
        s.pos += 2;
        s.line++;
      } else break;
    }
    const c = src[s.pos];
    if (c === undefined) {
      if (pending.length > 0) {
        if (!opts.lenientHeredoc) throw new IncompleteInput('heredoc', (pending[0] as HeredocSlot).delim, s.line);
        for (const h of pending) warnings.push(`warning: here-document at line ${h.line} delimited by end-of-file (wanted \`${h.delim}')`);
      }
      if (opts.untilParen) throw new IncompleteInput(')', '', s.line);
      tokens.push({ t: 'eof', line: s.line });
      return { tokens, warnings };
    }
    if (c === '#') {
      const nl = src.indexOf('\n', s.pos);
      s.pos = nl < 0 ? src.length : nl;
      continue;
    }
    if (c === '\n') {
      tokens.push({ t: 'nl', line: s.line });
      s.pos++;
      s.line++;
      wantDelim = null;
      if (pending.length > 0) readBodies(s, pending.splice(0), opts.lenientHeredoc ?? false, warnings);
      continue;
    }
    if (c === ')' && opts.untilParen && parens === 0 && cases === 0) {
      s.pos++;
      tokens.push({ t: 'eof', line: s.line });
      if (pending.length > 0) throw new IncompleteInput('heredoc', (pending[0] as HeredocSlot).delim, s.line);
      return { tokens, warnings };
    }
    if (c === '(' && src[s.pos + 1] === '(' && atCommandStart()) {
      const end = closingDoubleParen(src, s.pos + 2);
      if (end >= 0) {
        const text = src.slice(s.pos + 2, end);
        tokens.push({ t: 'arith', sections: splitTopLevel(text).map(part => scanArithText(s, part)), line: s.line });
        s.line += countNewlines(text);
        s.pos = end + 2;
        continue;
      }
    }
    const op = isMeta(c) ? operatorAt(src, s.pos) : undefined;
    if (op) {
      const tok: Extract<Token, { t: 'op' }> = { t: 'op', v: op, line: s.line };
      tokens.push(tok);
      s.pos += op.length;
      if (op === '(') parens++;
      else if (op === ')') parens = Math.max(0, parens - 1);
      wantDelim = op === '<<' || op === '<<-' ? { strip: op === '<<-', op: tok } : null;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let end = s.pos;
      while (src[end] !== undefined && (src[end] as string) >= '0' && (src[end] as string) <= '9') end++;
      if (src[end] === '<' || src[end] === '>') {
        tokens.push({ t: 'io', fd: Number(src.slice(s.pos, end)), line: s.line });
        s.pos = end;
        continue;
      }
    }
    const start = s.pos;
    const line = s.line;
    const commandStart = atCommandStart();
    const parts = scanWord(s);
    const raw = src.slice(start, s.pos);
    tokens.push({ t: 'word', raw, parts, line });
    if (wantDelim) {
      const slot: HeredocSlot = { delim: delimiterText(parts), strip: wantDelim.strip, literal: /['"\\]/.test(raw), body: [], line };
      wantDelim.op.heredoc = slot;
      pending.push(slot);
      wantDelim = null;
    } else if (commandStart && raw === 'case') cases++;
    else if (commandStart && raw === 'esac') cases = Math.max(0, cases - 1);
  }
}

/** The longest operator at `pos` (OPERATORS lists longer ones first). */
function operatorAt(src: string, pos: number): string | undefined {
  for (const o of OPERATORS) if (src.startsWith(o, pos)) return o;
  return undefined;
}

/** The heredoc delimiter after quote removal. */
function delimiterText(parts: Word): string {
  let out = '';
  for (const p of parts) {
    if (p.k === 'lit' || p.k === 'sq') out += p.v;
    else if (p.k === 'dq') out += delimiterText(p.parts);
    else if (p.k === 'param') out += '$' + p.name;
    else if (p.k === 'tilde') out += '~' + p.user;
    else if (p.k === 'cmd') out += p.src;
  }
  return out;
}

function readBodies(s: Scanner, slots: HeredocSlot[], lenient: boolean, warnings: string[]): void {
  for (const slot of slots) {
    let text = '';
    let done = false;
    while (s.pos < s.src.length) {
      const nl = s.src.indexOf('\n', s.pos);
      const end = nl < 0 ? s.src.length : nl;
      let line = s.src.slice(s.pos, end);
      s.pos = nl < 0 ? end : end + 1;
      s.line++;
      if (slot.strip) line = line.replace(/^\t+/, '');
      if (line === slot.delim) {
        done = true;
        break;
      }
      text += line + '\n';
    }
    if (!done) {
      if (!lenient) throw new IncompleteInput('heredoc', slot.delim, s.line);
      warnings.push(`warning: here-document at line ${slot.line} delimited by end-of-file (wanted \`${slot.delim}')`);
    }
    if (slot.literal) slot.body = text === '' ? [] : [{ k: 'sq', v: text }];
    else {
      const inner: Scanner = { ...s, src: text, pos: 0, line: slot.line + 1 };
      slot.body = [{ k: 'dq', parts: scanHeredocText(inner) }];
    }
  }
}

/** Index of the first `)` of the `))` closing a `((`, or -1. */
function closingDoubleParen(src: string, from: number): number {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth > 0) depth--;
      else return src[i + 1] === ')' ? i : -1;
    } else if (c === '\n' && depth === 0) return -1;
  }
  return -1;
}

/** Split `init; cond; step` at top-level semicolons. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ';' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
