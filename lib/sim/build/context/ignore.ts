/**
 * `.dockerignore` (moby/patternmatcher and its ignorefile reader): Go filepath.Match globs
 * (`*`, `?`, `[a-z]`, `\` escapes), `**` for any number of directories, `!` exceptions where the
 * last matching line wins, and a path is excluded when it or one of its parent directories is.
 * Each pattern is compiled once, when the matcher is built.
 */
export class IgnoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IgnoreError';
  }
}

/** Go's path.Clean. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** The patterns of a .dockerignore file (comments, blank lines, leading `/` removed). */
export function readIgnoreFile(text: string): string[] {
  const out: string[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((line) => {
    if (line.startsWith('#')) return;
    let p = line.trim();
    if (p === '') return;
    const invert = p.startsWith('!');
    if (invert) p = p.slice(1).trim();
    if (p.length > 0) {
      p = cleanPath(p);
      if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    }
    out.push(invert ? '!' + p : p);
  });
  return out;
}

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';
const ESCAPE = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

interface Pattern {
  text: string;
  exclusion: boolean;
  type: MatchType;
  re?: RegExp;
}

/** Go's filepath.Match syntax check (ErrBadPattern). */
function validate(p: string): void {
  const bad = () => new IgnoreError('syntax error in pattern');
  let i = 0;
  const classChar = () => {
    let c = p[i];
    if (c === undefined || c === '-' || c === ']') throw bad();
    if (c === '\\') c = p[++i];
    if (c === undefined) throw bad();
    i++;
  };
  for (; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      if (++i >= p.length) throw bad();
    } else if (c === '[') {
      i++;
      if (p[i] === '^') i++;
      for (let n = 0; ; n++) {
        if (i >= p.length) throw bad();
        if (p[i] === ']' && n > 0) break;
        classChar();
        if (p[i] === '-') {
          i++;
          classChar();
        }
      }
    }
  }
}

function compile(text: string, exclusion: boolean): Pattern {
  let re = '^';
  let type: MatchType = 'exact';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const start = i;
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        i++;
        if (chars[i + 1] === '/') i++;
        if (i + 1 >= chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            re += '.*';
            type = 'regexp';
          }
        } else {
          re += '(.*/)?';
          type = 'regexp';
        }
        if (start === 0) type = 'suffix';
      } else {
        re += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      re += '[^/]';
      type = 'regexp';
    } else if (ESCAPE.has(ch)) re += '\\' + ch;
    else if (ch === '\\') {
      if (i + 1 < chars.length) {
        re += '\\' + chars[++i]!;
        type = 'regexp';
      } else re += '\\\\';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      type = 'regexp';
    } else re += ch;
  }
  const p: Pattern = { text, exclusion, type };
  if (type === 'regexp') {
    try {
      p.re = new RegExp(re + '$', 'u');
    } catch {
      throw new IgnoreError('syntax error in pattern');
    }
  }
  return p;
}

function matches(p: Pattern, path: string): boolean {
  switch (p.type) {
    case 'exact':
      return path === p.text;
    case 'prefix':
      return path.startsWith(p.text.slice(0, -2));
    case 'suffix': {
      const suffix = p.text.slice(2);
      return path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'regexp':
      return p.re!.test(path);
  }
}

/** Per-pattern results for a directory, handed to its children (MatchesUsingParentResults). */
export type ParentMatches = readonly boolean[];

export class PatternMatcher {
  readonly patterns: readonly Pattern[];
  readonly exclusions: boolean;

  constructor(lines: readonly string[]) {
    const list: Pattern[] = [];
    for (const raw of lines) {
      let p = raw.trim();
      if (p === '') continue;
      p = cleanPath(p);
      let exclusion = false;
      if (p.startsWith('!')) {
        if (p.length === 1) throw new IgnoreError('illegal exclusion pattern: "!"');
        exclusion = true;
        p = p.slice(1);
      }
      validate(p);
      list.push(compile(p, exclusion));
    }
    this.patterns = list;
    this.exclusions = list.some((p) => p.exclusion);
  }

  /** Whether `file` (slash-separated, relative to the context) is ignored; checks its parents too. */
  matchesOrParentMatches(file: string): boolean {
    const f = cleanPath(file);
    if (f === '.') return false;
    const dirs = f.split('/').slice(0, -1);
    let matched = false;
    for (const p of this.patterns) {
      if (p.exclusion !== matched) continue;
      let m = matches(p, f);
      for (let i = 0; !m && i < dirs.length; i++) m = matches(p, dirs.slice(0, i + 1).join('/'));
      if (m) matched = !p.exclusion;
    }
    return matched;
  }

  /** The walk variant: `parent` holds the per-pattern results of the parent directory. */
  matchesUsingParentResults(file: string, parent: ParentMatches | null): { matched: boolean; info: boolean[] } {
    const info: boolean[] = new Array<boolean>(this.patterns.length).fill(false);
    let matched = false;
    this.patterns.forEach((p, i) => {
      let m = parent ? parent[i]! : false;
      if (!m) {
        if (p.exclusion !== matched) return;
        m = matches(p, file);
        if (!m && !parent) {
          const dirs = file.split('/').slice(0, -1);
          for (let k = 0; !m && k < dirs.length; k++) m = matches(p, dirs.slice(0, k + 1).join('/'));
        }
      }
      info[i] = m;
      if (m) matched = !p.exclusion;
    });
    return { matched, info };
  }
}
