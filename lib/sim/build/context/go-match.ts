/**
 * Go's filepath.Match for one path component (COPY/ADD source wildcards): `*` any run of
 * non-separator characters, `?` one, `[a-z]` / `[^a-z]` classes, `\` escapes. Compiled once.
 */
const cache = new Map<string, RegExp | null>();
const esc = (c: string) => (/[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c);

export function hasWildcard(p: string): boolean {
  return /[*?[\\]/.test(p);
}

function compile(pattern: string): RegExp | null {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      i++;
      if (i >= pattern.length) return null;
      re += esc(pattern[i]!);
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return null;
      let body = pattern.slice(i + 1, end);
      const neg = body.startsWith('^');
      if (neg) body = body.slice(1);
      re += `[${neg ? '^' : ''}${body.replace(/[\]\\]/g, (m) => '\\' + m)}]`;
      i = end;
    } else re += esc(c);
  }
  try {
    return new RegExp(re + '$', 'u');
  } catch {
    return null;
  }
}

/** Whether `name` matches `pattern` (a malformed pattern matches nothing). */
export function goMatch(pattern: string, name: string): boolean {
  let re = cache.get(pattern);
  if (re === undefined) {
    re = compile(pattern);
    if (cache.size > 512) cache.clear();
    cache.set(pattern, re);
  }
  return re !== null && re.test(name);
}
