/**
 * MountedFs: a container's filesystem view — a root FileSystem (the overlay) with other
 * filesystems mounted at paths (volumes, bind mounts of host directories or files, tmpfs).
 * Paths are resolved component by component across mounts, so symlinks behave as inside one
 * Linux mount namespace. Read-only mounts (and a read-only root) raise EROFS on writes.
 */
import { FsError, type FileSystem, type Stat } from './types';
import { joinPath, normPath, splitPath } from './overlay-data';
import { copyTree } from './copy-tree';
import { inOrder } from './sort-names';
import { OverlayFs, toStat } from './overlay';
import type { Found, WalkTrace } from './overlay-walk';

export interface MountPoint {
  /** Absolute path inside the container. */
  target: string;
  fs: FileSystem;
  /** Path inside `fs` that appears at `target` ('/' for a whole volume; a host dir or file for binds). */
  source: string;
  readOnly: boolean;
}

interface Route {
  fs: FileSystem;
  inner: string;
  readOnly: boolean;
  /** The path is the mount point itself. */
  isMountRoot: boolean;
}

const MAX_LINKS = 40;
const SLASH = 47;

/** Why a path cannot be resolved (walk results that are not paths). */
type Failure = 'ENOENT' | 'ENOTDIR' | 'ELOOP';

/** A mount point with its target's `target/` prefix computed once. */
type Mount = MountPoint & { prefix: string };

export class MountedFs implements FileSystem {
  private readonly mounts: Mount[];
  /** The symlinks rootWalk's last walk followed (one object per view, reset per walk). */
  private readonly trace: WalkTrace = { links: 0 };

  constructor(
    private readonly root: FileSystem,
    mounts: readonly MountPoint[],
    private readonly rootReadOnly = false,
  ) {
    // Built field by field: an object spread here costs more than the rest of a view.
    this.mounts = mounts.map((m) => {
      const target = normPath(m.target);
      return { target, fs: m.fs, source: m.source, readOnly: m.readOnly, prefix: target + '/' };
    });
    sortDeepestFirst(this.mounts);
  }

  private route(p: string): Route {
    for (const m of this.mounts) {
      if (p === m.target || p.startsWith(m.prefix)) {
        const rest = p.slice(m.target.length);
        const inner = rest === '' ? m.source : m.source === '/' ? rest : m.source + rest;
        return { fs: m.fs, inner, readOnly: m.readOnly, isMountRoot: rest === '' };
      }
    }
    return { fs: this.root, inner: p, readOnly: this.rootReadOnly, isMountRoot: p === '/' };
  }

  /** `p` is a mount point, inside one, or has one below it. */
  private underMount(p: string): boolean {
    for (const m of this.mounts) {
      const t = m.target;
      if (p === t || p.startsWith(m.prefix)) return true;
      if (t.length > p.length && t.startsWith(p) && (p === '/' || t.charCodeAt(p.length) === SLASH)) return true;
    }
    return false;
  }

  /**
   * Fast path: a path that stays inside the root overlay (no mount on the way or at the end)
   * resolves there in one walk. A miss is final when no symlink was followed (the path as given
   * touches no mount); null when mounts are or may be involved (a symlink may lead into one).
   */
  private rootWalk(path: string, followLast: boolean): { path: string; hit: Found | null } | 'ENOENT' | 'ENOTDIR' | 'ELOOP' | null {
    if (!(this.root instanceof OverlayFs)) return null;
    const norm = normPath(path);
    if (this.underMount(norm)) return null;
    const trace = this.trace;
    trace.links = 0;
    const w = this.root.walk(norm, followLast, trace);
    if (w === 'ELOOP') return w;
    if (typeof w === 'string') return trace.links === 0 ? w : null;
    // Without a symlink on the way the walk ended on the path checked above.
    return trace.links > 0 && this.underMount(w.path) ? null : w;
  }

  resolve(path: string, followLast: boolean): string {
    const w = this.walk(path, followLast);
    if (w[0] !== '/') throw new FsError(w as Failure, path);
    return w;
  }

  /** Like resolve, null when a component is missing or not a directory. */
  private tryResolve(path: string, followLast: boolean): string | null {
    const w = this.walk(path, followLast);
    if (w === 'ELOOP') throw new FsError(w, path);
    return w[0] === '/' ? w : null;
  }

  /** The canonical path, or why it cannot be reached (no exceptions: misses are common). */
  private walk(path: string, followLast: boolean): string {
    const w = this.rootWalk(path, followLast);
    if (typeof w === 'string') return w;
    return w ? w.path : this.slowWalk(path, followLast);
  }

  private slowWalk(path: string, followLast: boolean): string {
    let parts = splitPath(path);
    let cur = '/';
    let links = 0;
    for (let k = 0; k < parts.length; k++) {
      const next = joinPath(cur, parts[k]!);
      const r = this.route(next);
      const st = r.fs.lstat(r.inner);
      const last = k === parts.length - 1;
      if (st?.type === 'symlink' && (!last || followLast)) {
        if (++links > MAX_LINKS) return 'ELOOP';
        const target = r.fs.readlink(r.inner);
        parts = [...splitPath(target.startsWith('/') ? target : joinPath(cur, target)), ...parts.slice(k + 1)];
        cur = '/';
        k = -1;
        continue;
      }
      if (!last) {
        if (!st) return 'ENOENT';
        if (st.type !== 'dir') return 'ENOTDIR';
      }
      cur = next;
    }
    return cur;
  }

  /** Run `op` on the routed filesystem, reporting errors against the caller's path. */
  private on<T>(path: string, followLast: boolean, write: boolean, op: (r: Route) => T): T {
    const r = this.route(this.resolve(path, followLast));
    if (write && r.readOnly) throw new FsError('EROFS', path);
    try {
      return op(r);
    } catch (e) {
      if (e instanceof FsError) throw new FsError(e.code, path);
      throw e;
    }
  }

  stat(path: string): Stat | null {
    return this.statAt(path, true);
  }

  lstat(path: string): Stat | null {
    return this.statAt(path, false);
  }

  private statAt(path: string, followLast: boolean): Stat | null {
    // Fast path: the walk through the root filesystem already found the entry.
    const w = this.rootWalk(path, followLast);
    if (w === 'ENOENT' || w === 'ENOTDIR') return null;
    if (w && w !== 'ELOOP') return w.hit ? toStat(w.hit.e) : null;
    const p = this.tryResolve(path, followLast);
    if (p === null) return null;
    const r = this.route(p);
    return r.fs.lstat(r.inner);
  }

  readFile(path: string): string {
    const w = this.rootWalk(path, true);
    if (typeof w === 'string') throw new FsError(w, path);
    if (w) {
      if (!w.hit) throw new FsError('ENOENT', path);
      if (w.hit.e.t === 'd') throw new FsError('EISDIR', path);
      return w.hit.e.data ?? '';
    }
    return this.on(path, true, false, (r) => r.fs.readFile(r.inner));
  }

  readdir(path: string): string[] {
    // Fast path: a directory of the root overlay with no mount in or below it.
    const w = this.rootWalk(path, true);
    if (typeof w === 'string') throw new FsError(w, path);
    if (w) {
      if (!w.hit) throw new FsError('ENOENT', path);
      if (w.hit.e.t !== 'd') throw new FsError('ENOTDIR', path);
      return (this.root as OverlayFs).readdir(w.path);
    }
    // A directory of the root overlay with mounts below it (`/`, `/proc`), reached without a symlink.
    const norm = normPath(path);
    if (this.root instanceof OverlayFs && !this.inMount(norm)) {
      const trace = this.trace;
      trace.links = 0;
      const d = this.root.walk(norm, true, trace);
      if (trace.links === 0) {
        if (typeof d === 'string') throw new FsError(d, path);
        if (!d.hit) throw new FsError('ENOENT', path);
        if (d.hit.e.t !== 'd') throw new FsError('ENOTDIR', path);
        return this.withMountPoints(norm, this.root.readdir(norm));
      }
    }
    const p = this.resolve(path, true);
    return this.withMountPoints(p, this.on(path, true, false, (r) => r.fs.readdir(r.inner)));
  }

  /** `p` is a mount point or inside one (a mount below it does not count). */
  private inMount(p: string): boolean {
    for (const m of this.mounts) if (p === m.target || p.startsWith(m.prefix)) return true;
    return false;
  }

  /** A listing of directory `p` with the mount points right inside it (most views have none there). */
  private withMountPoints(p: string, own: string[]): string[] {
    let names: Set<string> | null = null;
    const end = p === '/' ? 0 : p.length;
    for (const m of this.mounts) if (m.target.lastIndexOf('/') === end && m.target.length > 1 && m.target.startsWith(p)) (names ??= new Set(own)).add(m.target.slice(end + 1));
    return names ? [...names].sort() : inOrder(own);
  }

  writeFile(path: string, data: string, opts?: { append?: boolean; mode?: number }): void {
    this.on(path, true, true, (r) => r.fs.writeFile(r.inner, data, opts));
  }

  mkdir(path: string, opts?: { recursive?: boolean; mode?: number }): void {
    if (!opts?.recursive) {
      this.on(path, false, true, (r) => r.fs.mkdir(r.inner, opts));
      return;
    }
    const parts = normPath(path).split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const prefix = '/' + parts.slice(0, i).join('/');
      const st = this.stat(prefix);
      if (st?.type === 'dir') continue;
      if (st) throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', path);
      this.on(prefix, false, true, (r) => r.fs.mkdir(r.inner, { mode: opts.mode }));
    }
  }

  rm(path: string, opts?: { recursive?: boolean; force?: boolean }): void {
    const p = this.tryResolve(path, false);
    if (p === null || this.lstat(p) === null) {
      if (opts?.force) return;
      throw new FsError('ENOENT', path);
    }
    this.on(path, false, true, (r) => {
      if (!r.isMountRoot) return r.fs.rm(r.inner, opts);
      // A mount point cannot be removed (EBUSY); with -r its contents go, as with rm -rf on Linux.
      if (!opts?.recursive) throw new FsError('EISDIR', path);
      for (const n of r.fs.readdir(r.inner)) r.fs.rm(joinPath(r.inner, n), { recursive: true, force: true });
      throw new FsError('EINVAL', path);
    });
  }

  rename(from: string, to: string): void {
    const src = this.route(this.resolve(from, false));
    const dstPath = this.resolve(to, false);
    const dst = this.route(dstPath);
    if (src.readOnly) throw new FsError('EROFS', from);
    if (dst.readOnly) throw new FsError('EROFS', to);
    if (src.fs === dst.fs) {
      this.on(from, false, true, (r) => r.fs.rename(r.inner, dst.inner));
      return;
    }
    copyTree(src.fs, src.inner, dst.fs, dst.inner);
    src.fs.rm(src.inner, { recursive: true, force: true });
  }

  symlink(target: string, path: string): void {
    this.on(path, false, true, (r) => r.fs.symlink(target, r.inner));
  }

  readlink(path: string): string {
    return this.on(path, false, false, (r) => r.fs.readlink(r.inner));
  }

  chmod(path: string, mode: number): void {
    this.on(path, true, true, (r) => r.fs.chmod(r.inner, mode));
  }

  chown(path: string, uid: number, gid: number): void {
    this.on(path, true, true, (r) => r.fs.chown(r.inner, uid, gid));
  }
}

/** Longest target first, equal lengths in their given order (a stable insertion sort: a view has a few mounts). */
function sortDeepestFirst(mounts: Mount[]): void {
  for (let i = 1; i < mounts.length; i++) {
    const m = mounts[i]!;
    let j = i - 1;
    for (; j >= 0 && mounts[j]!.target.length < m.target.length; j--) mounts[j + 1] = mounts[j]!;
    mounts[j + 1] = m;
  }
}
