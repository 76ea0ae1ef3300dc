/**
 * POSIX path helpers for the virtual filesystem. Pure string functions, no filesystem access:
 * `..` is resolved lexically (symlinks are the filesystem's business).
 */

/** Split an absolute or relative path into its non-empty, non-`.` segments (`..` kept). */
export function segments(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part !== '' && part !== '.') out.push(part);
  }
  return out;
}

/** Normalise an absolute path: collapse `//`, `.` and `..` (never above `/`). */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Resolve `path` against the absolute directory `cwd` (like `cd cwd; realpath -sm path`). */
export function resolvePath(cwd: string, path: string): string {
  if (path.startsWith('/')) return normalize(path);
  if (path === '' ) return normalize(cwd);
  return normalize(cwd + '/' + path);
}

/** Join path pieces with single slashes (no normalisation of `..`). */
export function join(...parts: string[]): string {
  const joined = parts.filter(p => p !== '').join('/');
  return joined.replace(/\/{2,}/g, '/');
}

/** `dirname` as the coreutils command prints it. */
export function dirname(path: string): string {
  if (path === '') return '.';
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  const trimmed = path.slice(0, end);
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  if (slash === 0) return '/';
  let cut = slash;
  while (cut > 1 && trimmed[cut - 1] === '/') cut--;
  return trimmed.slice(0, cut);
}

/** `basename` as the coreutils command prints it (optionally removing `suffix`). */
export function basename(path: string, suffix?: string): string {
  if (path === '') return '';
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  const trimmed = path.slice(0, end);
  if (trimmed === '/') return '/';
  let base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (suffix && base !== suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
  return base;
}

/** `~`-abbreviate an absolute path for prompts (`/home/learner/x` → `~/x` when home is /home/learner). */
export function tildify(path: string, home: string): string {
  if (home === '' || home === '/') return path;
  if (path === home) return '~';
  if (path.startsWith(home + '/')) return '~' + path.slice(home.length);
  return path;
}
