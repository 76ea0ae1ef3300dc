/**
 * COPY and ADD as BuildKit's file operation does them: sources relative to the context (or a
 * stage's root), wildcards per path component, a directory source copies its contents, a file
 * goes into a destination directory (trailing `/`, several sources, or an existing directory) or
 * becomes the destination; `--chown` / `--chmod`; ADD unpacks local archives. The result is the
 * step's layer diff.
 */
import { decodeArchive } from '../../fs/archive';
import type { OverlayFs } from '../../fs/overlay';
import { baseName, joinPath, normPath, parentOf, type LayerData, type LayerEntry } from '../../fs/overlay-data';
import { goMatch, hasWildcard } from './go-match';

export class SourceNotFound extends Error {
  constructor(readonly path: string) {
    super(`"${path}": not found`);
    this.name = 'SourceNotFound';
  }
}

export interface CopyOptions {
  /** Where sources are read from (the context, a stage or an image). */
  from: OverlayFs;
  sources: readonly string[];
  /** Heredoc sources (`COPY <<EOF /file`). */
  contents?: ReadonlyArray<{ path: string; data: string; mode?: number }>;
  /** Absolute destination. */
  dest: string;
  /** The destination was written with a trailing `/`. */
  destIsDir: boolean;
  /** The stage's filesystem before the copy. */
  onto: OverlayFs;
  owner?: { uid: number; gid: number };
  mode?: number;
  now: number;
  /** ADD: unpack local archives into the destination. */
  unpack: boolean;
}

/** Expand one source (wildcards per component) to canonical paths in `fs`. */
export function expandSource(fs: OverlayFs, src: string): string[] {
  const path = normPath('/' + src);
  if (!hasWildcard(path)) return fs.lstat(path) ? [path] : [];
  let current = ['/'];
  for (const part of path.split('/').filter(Boolean)) {
    const next: string[] = [];
    for (const dir of current) {
      if (!hasWildcard(part)) {
        const p = joinPath(dir, part);
        if (fs.lstat(p)) next.push(p);
        continue;
      }
      if (fs.stat(dir)?.type !== 'dir') continue;
      for (const name of fs.readdir(dir)) if (goMatch(part, name)) next.push(joinPath(dir, name));
    }
    current = next;
  }
  return current;
}

class DiffWriter {
  readonly diff: LayerData = { entries: {} };
  constructor(private readonly o: CopyOptions) {}

  private lowerEntry(path: string): LayerEntry | null {
    const hit = this.o.onto.find(path);
    return hit ? hit.e : null;
  }

  isDir(path: string): boolean {
    const own = this.diff.entries[path];
    if (own) return own.t === 'd';
    return this.o.onto.stat(path)?.type === 'dir';
  }

  /** Create `dir` and its parents (new ones get the copy's owner, as BuildKit's CreateDestPath). */
  ensureDir(dir: string): void {
    if (dir === '/') return;
    if (this.diff.entries[dir]?.t === 'd') return;
    this.ensureDir(parentOf(dir));
    const existing = this.lowerEntry(dir);
    if (existing?.t === 'd') return;
    this.diff.entries[dir] = { t: 'd', mode: this.o.mode ?? 0o755, uid: this.o.owner?.uid ?? 0, gid: this.o.owner?.gid ?? 0, mtime: this.o.now };
  }

  put(path: string, e: LayerEntry): void {
    this.ensureDir(parentOf(path));
    const mode = this.o.mode ?? e.mode;
    const entry: LayerEntry = { ...e, mode, uid: this.o.owner?.uid ?? 0, gid: this.o.owner?.gid ?? 0, mtime: this.o.now };
    delete entry.opaque;
    this.diff.entries[path] = entry;
  }

  /** Copy the tree at `src` (canonical, in `from`) to `dst`. */
  tree(src: string, dst: string): void {
    const hit = this.o.from.find(src);
    if (!hit) return;
    if (hit.e.t === 'd') {
      this.put(dst, { ...hit.e });
      for (const name of this.o.from.readdir(src)) this.tree(joinPath(src, name), joinPath(dst, name));
    } else this.put(dst, { ...hit.e });
  }
}

function followed(fs: OverlayFs, path: string): string {
  try {
    return fs.resolve(path, true);
  } catch {
    return path;
  }
}

function unpackInto(w: DiffWriter, o: CopyOptions, data: string, dest: string): boolean {
  const entries = decodeArchive(data);
  if (!entries) return false;
  w.ensureDir(dest);
  for (const e of entries) {
    const rel = e.path.replace(/\/+$/, '');
    if (rel === '' || rel === '.') continue;
    const path = normPath(joinPath(dest, rel));
    const base = { mode: e.mode, uid: e.uid, gid: e.gid, mtime: o.now };
    if (e.type === 'dir') w.put(path, { t: 'd', ...base });
    else if (e.type === 'symlink') w.put(path, { t: 'l', ...base, target: e.target ?? '' });
    else w.put(path, { t: 'f', ...base, data: e.data ?? '' });
  }
  return true;
}

/** Run the copy; throws SourceNotFound for a missing source without wildcards. */
export function copyToLayer(o: CopyOptions): LayerData {
  const w = new DiffWriter(o);
  const matches: string[] = [];
  for (const src of o.sources) {
    const found = expandSource(o.from, src);
    if (found.length === 0 && !hasWildcard(src)) throw new SourceNotFound(normPath('/' + src));
    matches.push(...found.map((p) => followed(o.from, p)));
  }
  const many = matches.length + (o.contents?.length ?? 0) > 1;
  const intoDir = o.destIsDir || many || w.isDir(o.dest);
  for (const m of matches) {
    const e = o.from.find(m)?.e;
    if (!e) continue;
    if (e.t === 'd') {
      w.ensureDir(o.dest);
      for (const name of o.from.readdir(m)) w.tree(joinPath(m, name), joinPath(o.dest, name));
      continue;
    }
    if (o.unpack && e.t === 'f' && unpackInto(w, o, e.data ?? '', o.dest)) continue;
    w.tree(m, intoDir ? joinPath(o.dest, baseName(m)) : o.dest);
  }
  for (const c of o.contents ?? []) {
    const target = intoDir ? joinPath(o.dest, baseName(normPath('/' + c.path))) : o.dest;
    w.put(target, { t: 'f', mode: c.mode ?? 0o644, uid: 0, gid: 0, mtime: o.now, data: c.data });
  }
  if (matches.length === 0 && (o.contents?.length ?? 0) === 0 && o.destIsDir) w.ensureDir(o.dest);
  return w.diff;
}
