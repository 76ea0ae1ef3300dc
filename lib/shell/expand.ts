/**
 * Word expansion, in bash's order: tilde, parameters, command substitution and arithmetic (left to
 * right), then field splitting on IFS (unquoted expansion results only), pathname expansion against
 * the vfs (no match → the word stays literal), and quote removal.
 */
import type { List, Word, WordPart } from './ast';
import type { FileSystem } from '../sim/fs/types';
import { evalArith } from './arith';
import { expandBraces, hasBraces } from './brace';
import { expandGlob } from './glob';
import { arrayElements, expandParam, isAllIndex, type ParamHost } from './param';
import { escapePattern, hasGlob } from './pattern';
import { getVar, setVar } from './state';

export interface ExpandHost extends ParamHost {
  fs: FileSystem;
  cwd(): string;
  /** Run $( … ) and return its output (trailing newlines are removed here). */
  commandSubst(body: List): string;
  /** Home directory of a user for ~user (undefined when unknown). */
  homeOf(user: string): string | undefined;
}

interface Piece {
  text: string;
  quoted: boolean;
}

const DEFAULT_IFS = ' \t\n';

class Fields {
  readonly done: Piece[][] = [];
  private cur: Piece[] | null = null;
  private pending = false;

  constructor(
    private readonly ifs: string,
    private readonly split: boolean,
  ) {}

  add(text: string, quoted: boolean): void {
    if (this.pending) {
      this.finish();
      this.pending = false;
    }
    if (!this.cur) this.cur = [];
    if (text !== '' || quoted) this.cur.push({ text, quoted });
  }

  finish(): void {
    if (this.cur) this.done.push(this.cur);
    this.cur = null;
  }

  /** An unquoted expansion result: split on IFS. */
  addSplit(text: string): void {
    if (!this.split || this.ifs === '') {
      if (text !== '') this.add(text, false);
      return;
    }
    let word = '';
    let inWord = false;
    const flush = () => {
      if (inWord) this.add(word, false);
      word = '';
      inWord = false;
    };
    for (const c of text) {
      if (!this.ifs.includes(c)) {
        if (!inWord && this.pending) {
          this.finish();
          this.pending = false;
        }
        word += c;
        inWord = true;
        continue;
      }
      flush();
      if (c === ' ' || c === '\t' || c === '\n') {
        if (this.cur) this.pending = true;
      } else {
        if (!this.cur) this.cur = [];
        this.pending = false;
        this.finish();
      }
    }
    flush();
  }

  end(): Piece[][] {
    this.finish();
    return this.done;
  }
}

function ifsOf(h: ExpandHost): string {
  return getVar(h.frame, 'IFS') ?? DEFAULT_IFS;
}

function collect(h: ExpandHost, parts: readonly WordPart[], quoted: boolean, f: Fields): void {
  for (const p of parts) {
    switch (p.k) {
      case 'lit':
        f.add(p.v, quoted);
        break;
      case 'sq':
        f.add(p.v, true);
        break;
      case 'dq':
        if (p.parts.length === 0) f.add('', true);
        else collect(h, p.parts, true, f);
        break;
      case 'tilde':
        f.add(tildeValue(h, p.user), true);
        break;
      case 'param': {
        const all = !p.op && !p.length && (isAllIndex(p) || p.keys || ((p.name === '@' || p.name === '*') && !p.index));
        const star = isAllIndex(p) ? p.index?.[0]?.k === 'lit' && p.index[0].v === '*' : p.name === '*' && !p.keys;
        if (all && quoted && !star) {
          arrayElements(h, p).forEach((arg, i) => {
            if (i > 0) f.finish();
            f.add(arg, true);
          });
        } else if (all && quoted) {
          f.add(arrayElements(h, p).join(ifsOf(h).slice(0, 1)), true);
        } else {
          const v = expandParam(h, p);
          if (quoted) f.add(v, true);
          else f.addSplit(v);
        }
        break;
      }
      case 'cmd': {
        const out = h.commandSubst(p.body).replace(/\n+$/, '');
        if (quoted) f.add(out, true);
        else f.addSplit(out);
        break;
      }
      case 'arith': {
        const v = String(arith(h, p.expr));
        if (quoted) f.add(v, true);
        else f.addSplit(v);
        break;
      }
    }
  }
}

function tildeValue(h: ExpandHost, user: string): string {
  if (user === '') return getVar(h.frame, 'HOME') ?? '';
  if (user === '+') return h.cwd();
  if (user === '-') return getVar(h.frame, 'OLDPWD') ?? '~-';
  return h.homeOf(user) ?? '~' + user;
}

/** Evaluate an arithmetic expression word. */
export function arith(h: ExpandHost, expr: Word): number {
  const text = expandString(h, expr);
  return evalArith(text, { get: n => getVar(h.frame, n), set: (n, v) => setVar(h.frame, n, v) });
}

/** Full expansion of command words into arguments. */
export function expandWords(h: ExpandHost, words: readonly Word[]): string[] {
  const out: string[] = [];
  for (const original of words) {
    const braced = hasBraces(original) ? expandBraces(original) : null;
    if (braced) for (const word of braced) expandOne(h, word, out);
    else expandOne(h, original, out);
  }
  return out;
}

function expandOne(h: ExpandHost, word: Word, out: string[]): void {
  if (word.length === 1 && word[0]?.k === 'lit' && !hasGlob(word[0].v)) {
    out.push(word[0].v);
    return;
  }
  const f = new Fields(ifsOf(h), true);
  collect(h, word, false, f);
  for (const pieces of f.end()) {
    const text = pieces.map(p => p.text).join('');
    const globbable = !h.frame.options.noglob && pieces.some(p => !p.quoted && hasGlob(p.text));
    if (globbable) {
      const pattern = pieces.map(p => (p.quoted ? escapePattern(p.text) : p.text)).join('');
      const matches = expandGlob(h.fs, h.cwd(), pattern);
      if (matches) {
        out.push(...matches);
        continue;
      }
    }
    out.push(text);
  }
}

/** Expansion without splitting or globbing (assignments, here-strings, heredocs, case subjects). */
export function expandString(h: ExpandHost, word: readonly WordPart[]): string {
  if (word.length === 1 && word[0]?.k === 'lit') return word[0].v;
  const f = new Fields('', false);
  collect(h, word, false, f);
  return f
    .end()
    .map(pieces => pieces.map(p => p.text).join(''))
    .join(' ');
}

/** Expansion for pattern matching: quoted characters are escaped so they match literally. */
export function expandPattern(h: ExpandHost, word: readonly WordPart[]): string {
  const f = new Fields('', false);
  collect(h, word, false, f);
  return f
    .end()
    .map(pieces => pieces.map(p => (p.quoted ? escapePattern(p.text) : p.text)).join(''))
    .join(' ');
}

/** Redirection targets: one field (glob allowed if it matches exactly one file), else null (ambiguous). */
export function expandTarget(h: ExpandHost, word: Word): string | null {
  const fields = expandWords(h, [word]);
  return fields.length === 1 ? (fields[0] as string) : null;
}
