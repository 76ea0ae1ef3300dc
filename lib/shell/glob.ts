/**
 * Pathname expansion against the virtual filesystem: `*.txt`, `src/*\/index.html`, `/etc/host?`.
 * Returns the sorted matches (C locale order, as in containers and C.UTF-8 hosts), or null when
 * nothing matches (the caller then keeps the word literally, as bash does without nullglob).
 */
import type { FileSystem } from '../sim/fs/types';
import { resolvePath } from '../sim/fs/path';
import { hasGlob, patternRegExp, unescapePattern } from './pattern';

export function expandGlob(fs: FileSystem, cwd: string, pattern: string): string[] | null {
  const absolute = pattern.startsWith('/');
  const segs = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let paths: string[] = [absolute ? '/' : ''];
  const startAt = absolute ? 1 : 0;
  for (let i = startAt; i < segs.length; i++) {
    const seg = segs[i] as string;
    const last = i === segs.length - 1;
    const next: string[] = [];
    for (const prefix of paths) {
      if (!hasGlob(seg)) {
        next.push(joinRel(prefix, unescapePattern(seg)));
        continue;
      }
      const dir = resolvePath(cwd, prefix === '' ? '.' : prefix);
      let names: string[];
      try {
        names = fs.readdir(dir);
      } catch {
        continue;
      }
      const re = patternRegExp(seg);
      const dotOk = seg.startsWith('.') || seg.startsWith('\\.');
      for (const name of names) {
        if (name.startsWith('.') && !dotOk) continue;
        if (!re.test(name)) continue;
        const path = joinRel(prefix, name);
        if (!last && fs.stat(resolvePath(cwd, path))?.type !== 'dir') continue;
        next.push(path);
      }
    }
    paths = next;
    if (paths.length === 0) return null;
  }
  const trailingSlash = pattern.endsWith('/');
  const found = paths
    .filter(p => (trailingSlash ? isDir(fs, resolvePath(cwd, p)) : exists(fs, resolvePath(cwd, p))))
    .map(p => (trailingSlash ? p + '/' : p));
  return found.length > 0 ? found.sort(byCodeUnit) : null;
}

function joinRel(prefix: string, name: string): string {
  if (prefix === '') return name;
  if (prefix.endsWith('/')) return prefix + name;
  return prefix + '/' + name;
}

function exists(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path) !== null;
  } catch {
    return false;
  }
}

function isDir(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path)?.type === 'dir';
  } catch {
    return false;
  }
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
