/**
 * OverlayFs: a FileSystem over a stack of LayerData, topmost first. When writable, layers[0] is
 * the upper layer: writes copy up into it, deletes leave whiteouts, a directory re-created over a
 * deleted one is opaque. Lower layers are shared and never modified (image layers are not copied
 * per container). A single writable layer is a plain in-memory filesystem (volumes, tmpfs).
 */
import { FsError, type FileSystem, type Stat } from './types';
import { joinPath, normPath, parentOf, plainEntry, ROOT, toStat, type LayerData, type LayerEntry } from './overlay-data';
import { findDir, findEntry, type Found, type Walked, type WalkTrace, walkPath } from './overlay-walk';
import { childIndex, indexAdd, indexRemove, mayHideBelow, subtreePaths } from './overlay-index';
import { sortNames } from './sort-names';

export { toStat };

export interface OverlayOptions {
  writable: boolean;
  now: () => number;
  /** Owner of files this view creates. */
  uid?: number;
  gid?: number;
}

export class OverlayFs implements FileSystem {
  constructor(
    readonly layers: readonly LayerData[],
    private readonly opts: OverlayOptions,
  ) {}

  /** The merged entry at a canonical path (no symlinks above it), or null. */
  find(path: string): Found | null {
    return findEntry(this.layers, path);
  }

  /** Canonical path and merged entry, or why it cannot be reached (overlay-walk.ts). */
  walk(path: string, followLast: boolean, trace?: WalkTrace): Walked {
    return walkPath(this.layers, path, followLast, trace);
  }

  /** Canonical path with symlinks resolved (the last component only when `followLast`). */
  resolve(path: string, followLast: boolean): string {
    const w = this.walk(path, followLast);
    if (typeof w === 'string') throw new FsError(w, path);
    return w.path;
  }

  /** Like resolve, null when a component is missing or not a directory. */
  resolveOrNull(path: string, followLast: boolean): string | null {
    const w = this.walk(path, followLast);
    if (w === 'ELOOP') throw new FsError(w, path);
    return typeof w === 'string' ? null : w.path;
  }

  /** The merged entry at `path`; a missing parent is null, or an error when `strict`. */
  private entryAt(path: string, followLast: boolean, strict = false): Found | null {
    const w = this.walk(path, followLast);
    if (typeof w !== 'string') return w.hit;
    if (w === 'ELOOP' || strict) throw new FsError(w, path);
    return null;
  }

  stat(path: string): Stat | null {
    return statOf(this.entryAt(path, true));
  }

  lstat(path: string): Stat | null {
    return statOf(this.entryAt(path, false));
  }

  readFile(path: string): string {
    const hit = this.entryAt(path, true, true);
    if (!hit) throw new FsError('ENOENT', path);
    if (hit.e.t === 'd') throw new FsError('EISDIR', path);
    return hit.e.data ?? '';
  }

  readdir(path: string): string[] {
    const p = this.resolve(path, true);
    const dir = findDir(this.layers, p);
    if (!dir) throw new FsError(this.find(p) ? 'ENOTDIR' : 'ENOENT', path);
    // Names from the layers the directory shows, topmost first: the first layer indexing a name
    // holds its topmost entry, which shows it unless it is a whiteout (only looked up in a layer
    // that may hold one). One pass, no path per name.
    const out: string[] = [];
    const seen = dir.limit > 1 ? new Set<string>() : null;
    for (let i = 0; i < dir.limit; i++) {
      const layer = this.layers[i]!;
      const own = childIndex(layer).get(p);
      if (!own) continue;
      const hides = mayHideBelow(layer);
      for (const n of own) {
        if (seen) {
          if (seen.has(n)) continue;
          seen.add(n);
        }
        if (hides && layer.entries[joinPath(p, n)]?.t === 'w') continue;
        out.push(n);
      }
    }
    return sortNames(out);
  }

  writeFile(path: string, data: string, opts?: { append?: boolean; mode?: number; size?: number }): void {
    const p = this.resolve(path, true);
    this.requireParentDir(p, path);
    const old = this.find(p);
    if (old?.e.t === 'd') throw new FsError('EISDIR', path);
    this.requireWritable(path);
    const body = opts?.append && old ? (old.e.data ?? '') + data : data;
    this.put(p, {
      t: 'f',
      mode: old?.e.mode ?? opts?.mode ?? 0o644,
      uid: old?.e.uid ?? this.opts.uid ?? 0,
      gid: old?.e.gid ?? this.opts.gid ?? 0,
      mtime: this.opts.now(),
      data: body,
      ...(opts?.size !== undefined && !opts.append ? { size: opts.size } : {}),
    });
  }

  mkdir(path: string, opts?: { recursive?: boolean; mode?: number }): void {
    if (opts?.recursive) {
      const parts = normPath(path).split('/').filter(Boolean);
      for (let i = 1; i < parts.length; i++) {
        const prefix = '/' + parts.slice(0, i).join('/');
        const st = this.stat(prefix);
        if (!st) this.mkdir(prefix, { mode: opts.mode });
        else if (st.type !== 'dir') throw new FsError('ENOTDIR', path);
      }
    }
    const p = this.resolve(path, false);
    if (this.find(p)) {
      if (opts?.recursive && this.stat(p)?.type === 'dir') return;
      throw new FsError('EEXIST', path);
    }
    this.requireParentDir(p, path);
    this.requireWritable(path);
    const hidden = this.layers.slice(1).some((l) => l.entries[p] !== undefined);
    this.put(p, {
      t: 'd',
      mode: opts?.mode ?? 0o755,
      uid: this.opts.uid ?? 0,
      gid: this.opts.gid ?? 0,
      mtime: this.opts.now(),
      ...(hidden ? { opaque: true } : {}),
    });
  }

  rm(path: string, opts?: { recursive?: boolean; force?: boolean }): void {
    const p = this.resolveOrNull(path, false);
    const hit = p === null ? null : this.find(p);
    if (!hit || p === null) {
      if (opts?.force) return;
      throw new FsError('ENOENT', path);
    }
    if (hit.e.t === 'd' && !opts?.recursive && this.readdir(p).length > 0) throw new FsError('ENOTEMPTY', path);
    this.requireWritable(path);
    this.remove(p);
  }

  rename(from: string, to: string): void {
    const src = this.resolve(from, false);
    if (!this.find(src)) throw new FsError('ENOENT', from);
    const dst = this.resolve(to, false);
    if (dst === src) return;
    if (dst.startsWith(src + '/')) throw new FsError('EINVAL', to);
    this.requireParentDir(dst, to);
    const target = this.find(dst);
    if (target?.e.t === 'd' && this.readdir(dst).length > 0) throw new FsError('ENOTEMPTY', to);
    this.requireWritable(from);
    const copies = this.collect(src);
    if (target) this.remove(dst);
    for (const [rel, e] of copies) this.put(dst + rel, { ...plainEntry(e), opaque: undefined });
    this.remove(src);
  }

  symlink(target: string, path: string): void {
    const p = this.resolve(path, false);
    this.requireParentDir(p, path);
    if (this.find(p)) throw new FsError('EEXIST', path);
    this.requireWritable(path);
    this.put(p, { t: 'l', mode: 0o777, uid: this.opts.uid ?? 0, gid: this.opts.gid ?? 0, mtime: this.opts.now(), target });
  }

  readlink(path: string): string {
    const hit = this.find(this.resolve(path, false));
    if (!hit) throw new FsError('ENOENT', path);
    if (hit.e.t !== 'l') throw new FsError('EINVAL', path);
    return hit.e.target ?? '';
  }

  chmod(path: string, mode: number): void {
    this.modify(path, (e) => ({ ...e, mode }));
  }

  chown(path: string, uid: number, gid: number): void {
    this.modify(path, (e) => ({ ...e, uid, gid }));
  }

  private modify(path: string, change: (e: LayerEntry) => LayerEntry): void {
    const p = this.resolve(path, true);
    const hit = this.find(p);
    if (!hit) throw new FsError('ENOENT', path);
    this.requireWritable(path);
    this.put(p, change(plainEntry(hit.e)));
  }

  private requireWritable(path: string): void {
    if (!this.opts.writable) throw new FsError('EROFS', path);
  }

  private requireParentDir(p: string, path: string): void {
    const parent = this.find(parentOf(p));
    if (!parent) throw new FsError('ENOENT', path);
    if (parent.e.t !== 'd') throw new FsError('ENOTDIR', path);
  }

  /** Merged subtree at `root` as [relative path, entry] pairs, parents first. */
  private collect(root: string): Array<[string, LayerEntry]> {
    const out: Array<[string, LayerEntry]> = [];
    const walk = (p: string) => {
      const hit = this.find(p);
      if (!hit) return;
      out.push([p.slice(root.length), hit.e]);
      if (hit.e.t === 'd') for (const n of this.readdir(p)) walk(joinPath(p, n));
    };
    walk(root);
    return out;
  }

  /** Write an entry into the upper layer, copying parent directories up first. */
  private put(path: string, entry: LayerEntry): void {
    const upper = this.layers[0]!;
    this.copyUpParents(path);
    if (entry.opaque === undefined) delete entry.opaque;
    upper.entries[path] = entry;
    indexAdd(upper, path);
  }

  private copyUpParents(path: string): void {
    const upper = this.layers[0]!;
    const chain: string[] = [];
    for (let d = parentOf(path); d !== '/'; d = parentOf(d)) chain.push(d);
    for (const d of chain.reverse()) {
      const own = upper.entries[d];
      if (own && own.t === 'd') continue;
      const hit = this.find(d);
      upper.entries[d] = hit ? { ...hit.e, opaque: undefined } : { ...ROOT, mtime: this.opts.now() };
      if (upper.entries[d]!.opaque === undefined) delete upper.entries[d]!.opaque;
      indexAdd(upper, d);
    }
  }

  /** Remove a canonical path from the merged view (subtree included). */
  private remove(path: string): void {
    const upper = this.layers[0]!;
    for (const p of subtreePaths(upper, path)) {
      delete upper.entries[p];
      indexRemove(upper, p);
    }
    const inLower = this.layers.slice(1).some((l) => l.entries[path] !== undefined);
    if (inLower) this.put(path, { t: 'w', mode: 0, uid: 0, gid: 0, mtime: this.opts.now() });
  }
}

const statOf = (hit: Found | null): Stat | null => (hit ? toStat(hit.e) : null);
