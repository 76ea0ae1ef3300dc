/**
 * Shell wildcard patterns of `${VAR#pat}`, `${VAR%pat}` and `${VAR/pat/repl}` as regular
 * expressions: `?` one character, `*` shortest (or, greedy, longest) run, `\` escapes `*?\`.
 * No bracket expressions (BuildKit has none). Compiled patterns are cached.
 */
import { LexError } from './shell-errors';

const cache = new Map<string, RegExp>();
const SPECIAL = new Set(['[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$']);

export function shellPatternRegex(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  const key = `${greedy ? 1 : 0}${anchored ? 1 : 0}${global ? 1 : 0}${pattern}`;
  const hit = cache.get(key);
  if (hit) {
    hit.lastIndex = 0;
    return hit;
  }
  const chars = Array.from(pattern);
  let out = anchored ? '^' : '';
  for (let i = 0; i < chars.length; i++) {
    let tok = chars[i]!;
    if (tok === '*') {
      out += greedy ? '.*' : '.*?';
      continue;
    }
    if (tok === '?') {
      out += '.';
      continue;
    }
    if (tok === '\\') {
      const next = chars[i + 1];
      if (next === '}' || next === '/') continue;
      i++;
      tok = chars[i] ?? '';
      if (tok !== '*' && tok !== '?' && tok !== '\\') throw new Error(`invalid escape '\\${tok === '' ? '\ufffd' : tok}'`);
      out += '\\' + tok;
      continue;
    }
    out += SPECIAL.has(tok) ? '\\' + tok : tok;
  }
  const re = new RegExp(out, global ? 'gu' : 'u');
  if (cache.size > 256) cache.clear();
  cache.set(key, re);
  return re;
}

export function compilePattern(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  try {
    return shellPatternRegex(pattern, greedy, anchored, global);
  } catch (e) {
    throw new LexError(`invalid pattern (${pattern}) in substitution: ${(e as Error).message}`);
  }
}

export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = compilePattern(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}

/** Shortest/longest suffix match, done as a prefix match on the reversed strings (as BuildKit does). */
export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  const rev = (s: string) => Array.from(s).reverse().join('');
  const chars = Array.from(pattern);
  const out: string[] = new Array<string>(chars.length);
  for (let i = 0, last = chars.length - 1; i <= last; ) {
    if (chars[i] === '\\' && i !== last) {
      out[last - i - 1] = '\\';
      out[last - i] = chars[i + 1]!;
      i += 2;
    } else {
      out[last - i] = chars[i]!;
      i++;
    }
  }
  return rev(trimPrefix(out.join(''), rev(value), greedy));
}
