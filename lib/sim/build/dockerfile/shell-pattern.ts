/**
 * Shell wildcard patterns of `${VAR#pat}`, `${VAR%pat}` and `${VAR/pat/repl}` as regular
 * expressions: `?` one character, `*` shortest (or, greedy, longest) run, `\` escapes `*?\`.
 * No bracket expressions (BuildKit has none). Compiled patterns are cached.
 */
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
