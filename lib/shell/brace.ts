/**
 * Brace expansion, the first expansion bash performs: `a{b,c}d` → abd acd, `{1..5}`, `{a..e}`,
 * `{1..10..3}`, nested `a{b,c{d,e}}`. Works on a word's parts: only unquoted literal `{ , }` count,
 * so `"{a,b}"` and `\{a,b\}` stay as they are, and `{$x,y}` expands around the parameter.
 */
import type { Word, WordPart } from './ast';

/** A word as a sequence of items: single unquoted characters, or atomic parts. */
type Item = string | WordPart;

const MAX_RESULTS = 10_000;

export function hasBraces(word: Word): boolean {
  for (const p of word) if (p.k === 'lit' && p.v.includes('{') && (p.v.includes(',') || p.v.includes('..') || word.length > 1)) return true;
  return false;
}

/** The words a brace expression expands to, or null when the word has no brace expression. */
export function expandBraces(word: Word): Word[] | null {
  const items: Item[] = [];
  for (const p of word) {
    if (p.k === 'lit') items.push(...p.v);
    else items.push(p);
  }
  const expanded = expandItems(items, 0);
  if (expanded.length === 1 && expanded[0] === items) return null;
  return expanded.map(toWord);
}

function expandItems(items: Item[], depth: number): Item[][] {
  if (depth > 32) return [items];
  for (let open = 0; open < items.length; open++) {
    if (items[open] !== '{') continue;
    const found = matchBrace(items, open);
    if (!found) continue;
    const { close, commas } = found;
    const prefix = items.slice(0, open);
    const suffix = items.slice(close + 1);
    let alternatives: Item[][];
    if (commas.length > 0) {
      const bounds = [open, ...commas, close];
      alternatives = [];
      for (let i = 0; i < bounds.length - 1; i++) alternatives.push(items.slice((bounds[i] as number) + 1, bounds[i + 1]));
    } else {
      const seq = sequence(items.slice(open + 1, close));
      if (!seq) continue;
      alternatives = seq.map(s => [...s]);
    }
    const out: Item[][] = [];
    for (const alt of alternatives) {
      for (const expanded of expandItems([...prefix, ...alt, ...suffix], depth + 1)) {
        out.push(expanded);
        if (out.length >= MAX_RESULTS) return out;
      }
    }
    return out;
  }
  return [items];
}

/** The matching `}` for the `{` at `open`, and top-level commas; null when unbalanced. */
function matchBrace(items: Item[], open: number): { close: number; commas: number[] } | null {
  let depth = 0;
  const commas: number[] = [];
  for (let i = open + 1; i < items.length; i++) {
    const c = items[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return { close: i, commas };
      depth--;
    } else if (c === ',' && depth === 0) commas.push(i);
  }
  return null;
}

/** `{1..5}`, `{5..1}`, `{a..e}`, `{01..10}`, `{1..10..2}`: the texts, or null when not a sequence. */
function sequence(inner: Item[]): string[] | null {
  if (inner.some(i => typeof i !== 'string')) return null;
  const text = inner.join('');
  const m = /^(-?[0-9]+|[A-Za-z])\.\.(-?[0-9]+|[A-Za-z])(?:\.\.(-?[0-9]+))?$/.exec(text);
  if (!m) return null;
  const [, a = '', b = '', stepText] = m;
  const step = Math.abs(Number(stepText ?? '1')) || 1;
  const numeric = /^-?[0-9]+$/.test(a) && /^-?[0-9]+$/.test(b);
  if (!numeric && (/^-?[0-9]+$/.test(a) || /^-?[0-9]+$/.test(b))) return null;
  const from = numeric ? Number(a) : a.charCodeAt(0);
  const to = numeric ? Number(b) : b.charCodeAt(0);
  const width = numeric && (/^-?0[0-9]/.test(a) || /^-?0[0-9]/.test(b)) ? Math.max(a.length, b.length) : 0;
  const out: string[] = [];
  const dir = from <= to ? 1 : -1;
  for (let v = from; dir > 0 ? v <= to : v >= to; v += dir * step) {
    out.push(numeric ? pad(v, width) : String.fromCharCode(v));
    if (out.length >= MAX_RESULTS) break;
  }
  return out;
}

function pad(v: number, width: number): string {
  const s = String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), '0');
  return v < 0 ? '-' + s : s;
}

function toWord(items: Item[]): Word {
  const word: Word = [];
  for (const it of items) {
    if (typeof it === 'string') {
      const last = word[word.length - 1];
      if (last && last.k === 'lit') last.v += it;
      else word.push({ k: 'lit', v: it });
    } else word.push(it);
  }
  return word;
}
