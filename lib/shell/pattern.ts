/**
 * Shell patterns (glob syntax: * ? [...] with backslash escapes) compiled to RegExps, cached.
 * Used by pathname expansion, `case`, `[[ == ]]` and ${x#pat} / ${x/pat/rep}.
 */

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: 'a-zA-Z0-9_', cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e', graph: '\\x21-\\x7e',
};

const cache = new Map<string, RegExp>();
const CACHE_MAX = 512;

/** True when the pattern has an unescaped `*`, `?` or `[`. */
export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Remove pattern escapes: `a\*b` → `a*b`. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

/** Escape text so that it matches itself as a pattern. */
export function escapePattern(text: string): string {
  return text.replace(/[\\*?[\]]/g, '\\$&');
}

/** The RegExp source (no anchors) for a shell pattern. */
export function patternSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) out += '\\\\';
      else out += escapeRegExp(next);
      i++;
    } else if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const bracket = readBracket(pattern, i);
      if (bracket) {
        out += bracket.source;
        i = bracket.end;
      } else out += '\\[';
    } else out += escapeRegExp(c);
  }
  return out;
}

function readBracket(pattern: string, start: number): { source: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, end: i };
    first = false;
    if (c === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      const cls = close > 0 ? CLASSES[pattern.slice(i + 2, close)] : undefined;
      if (cls !== undefined) {
        body += cls;
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < pattern.length) {
      body += escapeClassChar(pattern[i + 1] as string);
      i++;
    } else if (c === '-' && body !== '' && pattern[i + 1] !== ']') body += '-';
    else body += escapeClassChar(c);
  }
  return null;
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c;
}

function escapeClassChar(c: string): string {
  return /[\]\\^-]/.test(c) ? '\\' + c : c;
}

/** Compiled anchored matcher for a whole-string match (cached). */
export function patternRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    if (cache.size >= CACHE_MAX) cache.clear();
    re = new RegExp(`^${patternSource(pattern)}$`);
    cache.set(pattern, re);
  }
  return re;
}

export function matchPattern(pattern: string, text: string): boolean {
  if (!hasGlob(pattern)) return unescapePattern(pattern) === text;
  return patternRegExp(pattern).test(text);
}
