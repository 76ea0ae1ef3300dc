/**
 * TreeFs: the in-memory FileSystem. A thin view over plain data (TreeData, see ./node.ts): the class
 * holds no state of its own besides options, so snapshots are `structuredClone(fs.data)` and two views
 * over the same data (e.g. the learner and `sudo`) see the same files.
 * Permission checks follow POSIX owner/group/other bits for the view's credentials; uid 0 bypasses them.
 */
import { FsError, type FileSystem, type FsErrorCode, type Stat } from './types';
import { segments } from './path';
import { findCanonical, resolveIn, UNDECIDED, type Resolved, type Search } from './tree-resolve';
import { isCanonical } from './overlay-data';
import {
  deleteEntry,
  dirNode,
  fileNode,
  nodeSize,
  setEntry,
  symlinkNode,
  utf8Length,
  type DirNode,
  type FsNode,
  type TreeData,
} from './node';

export interface Credentials {
  uid: number;
  gid: number;
  /** Supplementary groups (e.g. docker). */
  groups?: readonly number[];
}

export interface TreeFsOptions {
  /** Simulated clock for mtimes; defaults to 0. */
  now?: () => number;
  /** Whose permissions apply; defaults to root (no checks). */
  cred?: Credentials;
  /** Every mutation fails with EROFS. */
  readOnly?: boolean;
  /** umask applied to the default modes of new files (0666) and directories (0777); default 0o022. */
  umask?: number;
}

const R = 4;
const W = 2;
const X = 1;
const ROOT: Credentials = { uid: 0, gid: 0 };

export class TreeFs implements FileSystem {
  private readonly now: () => number;
  private readonly cred: Credentials;
  /** Search permission on each directory a path goes through (one function per view, not one per call). */
  private readonly search: Search = (dir, path) => this.need(dir, X, path);

  constructor(
    readonly data: TreeData,
    private readonly opts: TreeFsOptions = {},
  ) {
    this.now = opts.now ?? (() => 0);
    this.cred = opts.cred ?? ROOT;
  }

  /** The same data seen by another user; root gets root's usual umask (022). */
  withUser(uid: number, gid: number, groups?: readonly number[]): TreeFs {
    return new TreeFs(this.data, { ...this.opts, cred: { uid, gid, groups }, umask: uid === 0 ? 0o022 : this.opts.umask });
  }

  stat(path: string): Stat | null {
    return this.statWith(path, true);
  }

  lstat(path: string): Stat | null {
    return this.statWith(path, false);
  }

  readFile(path: string): string {
    const node = this.existing(path, true);
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    if (node.type !== 'file') throw new FsError('EINVAL', path);
    this.need(node, R, path);
    return node.data;
  }

  writeFile(path: string, data: string, opts: { append?: boolean; mode?: number; size?: number } = {}): void {
    this.writable(path);
    const at = this.resolve(path, true);
    const now = this.now();
    if (at.node) {
      if (at.node.type === 'dir') throw new FsError('EISDIR', path);
      if (at.node.type !== 'file') throw new FsError('EINVAL', path);
      this.need(at.node, W, path);
      at.node.data = opts.append ? at.node.data + data : data;
      if (opts.size !== undefined && !opts.append) at.node.size = opts.size;
      else if (opts.append && at.node.size !== undefined) at.node.size += utf8Length(data);
      else delete at.node.size;
      at.node.mtime = now;
      return;
    }
    const parent = this.parentDir(at, path);
    this.need(parent, W | X, path);
    const mode = (opts.mode ?? 0o666) & ~this.umask();
    const node = fileNode(this.owner(), data, mode, now);
    if (opts.size !== undefined) node.size = opts.size;
    setEntry(parent, at.name, node);
    parent.mtime = now;
  }

  readdir(path: string): string[] {
    const node = this.existing(path, true);
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
    this.need(node, R, path);
    return Object.keys(node.entries).sort(byCodeUnit);
  }

  mkdir(path: string, opts: { recursive?: boolean; mode?: number } = {}): void {
    this.writable(path);
    const mode = (opts.mode ?? 0o777) & ~this.umask();
    if (!opts.recursive) {
      const at = this.resolve(path, false);
      if (at.node || at.parent === null) throw new FsError('EEXIST', path);
      const parent = this.parentDir(at, path);
      this.need(parent, W | X, path);
      setEntry(parent, at.name, dirNode(this.owner(), mode, this.now()));
      parent.mtime = this.now();
      return;
    }
    const parts = segments(path);
    let prefix = '';
    parts.forEach((part, i) => {
      prefix += '/' + part;
      const node = this.resolve(prefix, true).node;
      if (!node) this.mkdir(prefix, { mode: opts.mode });
      else if (node.type !== 'dir') throw new FsError(i === parts.length - 1 ? 'EEXIST' : 'ENOTDIR', path);
    });
  }

  rm(path: string, opts: { recursive?: boolean; force?: boolean } = {}): void {
    this.writable(path);
    let at: Resolved;
    try {
      at = this.resolve(path, false);
    } catch (e) {
      if (opts.force && e instanceof FsError && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return;
      throw e;
    }
    if (!at.node) {
      if (opts.force) return;
      throw new FsError('ENOENT', path);
    }
    if (at.parent === null) throw new FsError('EPERM', path);
    if (at.node.type === 'dir' && !opts.recursive && Object.keys(at.node.entries).length > 0) {
      throw new FsError('ENOTEMPTY', path);
    }
    this.need(at.parent, W | X, path);
    deleteEntry(at.parent, at.name);
    at.parent.mtime = this.now();
  }

  rename(from: string, to: string): void {
    this.writable(to);
    const src = this.resolve(from, false);
    if (!src.node) throw new FsError('ENOENT', from);
    if (src.parent === null) throw new FsError('EINVAL', from);
    const dst = this.resolve(to, false);
    const dstParent = this.parentDir(dst, to);
    if (src.node === dst.node) return;
    if (src.node.type === 'dir' && this.contains(src.node, dstParent)) throw new FsError('EINVAL', to);
    if (dst.node) {
      if (dst.node.type === 'dir') {
        if (src.node.type !== 'dir') throw new FsError('EISDIR', to);
        if (Object.keys(dst.node.entries).length > 0) throw new FsError('ENOTEMPTY', to);
      } else if (src.node.type === 'dir') throw new FsError('ENOTDIR', to);
    }
    this.need(src.parent, W | X, from);
    this.need(dstParent, W | X, to);
    deleteEntry(src.parent, src.name);
    setEntry(dstParent, dst.name, src.node);
    src.parent.mtime = dstParent.mtime = this.now();
  }

  symlink(target: string, path: string): void {
    this.writable(path);
    const at = this.resolve(path, false);
    if (at.node || at.parent === null) throw new FsError('EEXIST', path);
    const parent = this.parentDir(at, path);
    this.need(parent, W | X, path);
    setEntry(parent, at.name, symlinkNode(this.owner(), target, this.now()));
  }

  readlink(path: string): string {
    const node = this.existing(path, false);
    if (node.type !== 'symlink') throw new FsError('EINVAL', path);
    return node.target;
  }

  chmod(path: string, mode: number): void {
    this.writable(path);
    const node = this.existing(path, true);
    if (this.cred.uid !== 0 && this.cred.uid !== node.uid) throw new FsError('EPERM', path);
    node.mode = mode & 0o7777;
  }

  chown(path: string, uid: number, gid: number): void {
    this.writable(path);
    const node = this.existing(path, true);
    if (this.cred.uid !== 0) throw new FsError('EPERM', path);
    node.uid = uid;
    node.gid = gid;
  }

  // ---- internals ----

  private statWith(path: string, follow: boolean): Stat | null {
    const quick = isCanonical(path) ? findCanonical(this.data.root, path, follow, this.search) : UNDECIDED;
    const node = quick !== UNDECIDED ? quick : resolveIn(this.data.root, path, follow, this.search, true).node;
    if (!node) return null;
    const st: Stat = { type: node.type, size: nodeSize(node), mode: node.mode & 0o7777, uid: node.uid, gid: node.gid, mtime: node.mtime };
    if (node.type === 'file' && node.special) st.special = node.special;
    return st;
  }

  private existing(path: string, follow: boolean): FsNode {
    const node = this.resolve(path, follow).node;
    if (!node) throw new FsError('ENOENT', path);
    return node;
  }

  /** Walk `path` from the root, following symlinks in the middle (and at the end when `followLast`). */
  private resolve(path: string, followLast: boolean): Resolved {
    return resolveIn(this.data.root, path, followLast, this.search);
  }

  private parentDir(at: Resolved, path: string): DirNode {
    if (at.parent === null) throw new FsError('EEXIST', path);
    return at.parent;
  }

  private contains(dir: DirNode, maybeInside: DirNode): boolean {
    if (dir === maybeInside) return true;
    for (const child of Object.values(dir.entries)) {
      if (child.type === 'dir' && this.contains(child, maybeInside)) return true;
    }
    return false;
  }

  private need(node: FsNode, bits: number, path: string): void {
    if (!this.allowed(node, bits)) throw new FsError('EACCES', path);
  }

  private allowed(node: FsNode, bits: number): boolean {
    const { uid, gid, groups } = this.cred;
    if (uid === 0) return true;
    let granted: number;
    if (node.uid === uid) granted = node.mode >> 6;
    else if (node.gid === gid || (groups?.includes(node.gid) ?? false)) granted = node.mode >> 3;
    else granted = node.mode;
    return (granted & bits) === bits;
  }

  private writable(path: string): void {
    if (this.opts.readOnly) throw new FsError('EROFS', path);
  }

  private owner(): { uid: number; gid: number } {
    return { uid: this.cred.uid, gid: this.cred.gid };
  }

  private umask(): number {
    return this.opts.umask ?? 0o022;
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Narrow an unknown thrown value to an FsError code (or null). */
export function fsErrorCode(e: unknown): FsErrorCode | null {
  return e instanceof FsError ? e.code : null;
}
