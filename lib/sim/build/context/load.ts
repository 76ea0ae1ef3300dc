/**
 * The build context as the client sends it: every file under the context directory that
 * `.dockerignore` does not exclude, as plain entries keyed by their path relative to the context.
 * Files are read once per build; COPY/ADD select from this snapshot.
 */
import type { FileSystem } from '../../fs/types';
import { digestOf } from '../digest';
import { PatternMatcher, readIgnoreFile, type ParentMatches } from './ignore';

export interface ContextEntry {
  /** Relative path without leading `/` (`src/app.js`). */
  rel: string;
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  size: number;
  data?: string;
  target?: string;
  /** Content digest (files) — what BuildKit checksums for COPY cache keys. */
  digest: string;
}

export interface BuildContext {
  /** Absolute host directory, or null for an empty context (Dockerfile from stdin, `-`). */
  root: string | null;
  entries: Map<string, ContextEntry>;
  /** `.dockerignore` text ('' when there is none). */
  ignoreText: string;
  matcher: PatternMatcher | null;
}

const joinAbs = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);

function readIgnore(fs: FileSystem, root: string): string {
  try {
    const st = fs.stat(joinAbs(root, '.dockerignore'));
    return st?.type === 'file' ? fs.readFile(joinAbs(root, '.dockerignore')) : '';
  } catch {
    return '';
  }
}

/** Snapshot the context directory (throws IgnoreError for a malformed .dockerignore). */
export function loadContext(fs: FileSystem, root: string | null): BuildContext {
  const entries = new Map<string, ContextEntry>();
  if (root === null) return { root, entries, ignoreText: '', matcher: null };
  const ignoreText = readIgnore(fs, root);
  const patterns = readIgnoreFile(ignoreText);
  const matcher = patterns.length > 0 ? new PatternMatcher(patterns) : null;
  const walk = (abs: string, rel: string, parent: ParentMatches | null): boolean => {
    let names: string[];
    try {
      names = fs.readdir(abs);
    } catch {
      return false;
    }
    let any = false;
    for (const name of names) {
      const childAbs = joinAbs(abs, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const st = fs.lstat(childAbs);
      if (!st) continue;
      const m = matcher ? matcher.matchesUsingParentResults(childRel, parent) : { matched: false, info: [] };
      if (st.type === 'dir') {
        if (m.matched && !matcher!.exclusions) continue;
        const inside = walk(childAbs, childRel, matcher ? m.info : null);
        if (!m.matched || inside) {
          entries.set(childRel, { rel: childRel, type: 'dir', mode: st.mode, size: 0, digest: '' });
          any = true;
        }
        continue;
      }
      if (m.matched) continue;
      any = true;
      if (st.type === 'symlink') {
        const target = fs.readlink(childAbs);
        entries.set(childRel, { rel: childRel, type: 'symlink', mode: st.mode, size: target.length, target, digest: digestOf(`l:${target}`) });
        continue;
      }
      let data = '';
      try {
        data = fs.readFile(childAbs);
      } catch {
        continue;
      }
      entries.set(childRel, { rel: childRel, type: 'file', mode: st.mode, size: st.size, data, digest: digestOf(`f:${st.mode.toString(8)}:${data}`) });
    }
    return any;
  };
  walk(root, '', null);
  return { root, entries, ignoreText, matcher };
}

/** Entries at or below `rel` ('' = everything). */
export function entriesUnder(ctx: BuildContext, rel: string): ContextEntry[] {
  if (rel === '') return [...ctx.entries.values()];
  const prefix = rel + '/';
  return [...ctx.entries.values()].filter((e) => e.rel === rel || e.rel.startsWith(prefix));
}
