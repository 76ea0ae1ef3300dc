/**
 * A filesystem seen by a process running as a non-root user (`docker run --user 1000`): what it
 * creates (files, directories, links) belongs to that uid:gid, in the container layer and through
 * bind mounts alike, as the kernel would record it; and the kernel's permission checks for that
 * user (owner, group or other bits) on reads, writes and directory changes.
 */
import { FsError, type FileSystem, type Stat } from './types';

const parentOf = (p: string): string => p.slice(0, p.replace(/\/+$/, '').lastIndexOf('/')) || '/';

export class OwnerFs implements FileSystem {
  constructor(
    private readonly inner: FileSystem,
    readonly uid: number,
    readonly gid: number,
  ) {}

  /** Whether the user holds `bit` (4 read, 2 write, 1 search) on an existing entry. */
  private may(st: Stat, bit: number): boolean {
    const shift = st.uid === this.uid ? 6 : st.gid === this.gid ? 3 : 0;
    return ((st.mode >> shift) & bit) === bit;
  }

  private need(path: string, bit: number, report = path): void {
    const st = this.inner.stat(path);
    if (st && !this.may(st, bit)) throw new FsError('EACCES', report);
  }

  /** Creating or removing a name needs write and search on its directory. */
  private needDirWrite(path: string): void {
    this.need(parentOf(path), 3, path);
  }

  /** Run a creating operation; a path that did not exist before now belongs to the user. */
  private creating(path: string, op: () => void): void {
    const existed = this.inner.lstat(path) !== null;
    if (existed) this.need(path, 2);
    else this.needDirWrite(path);
    op();
    if (!existed && this.inner.lstat(path) !== null) this.inner.chown(path, this.uid, this.gid);
  }

  stat(path: string): Stat | null {
    return this.inner.stat(path);
  }
  lstat(path: string): Stat | null {
    return this.inner.lstat(path);
  }
  readFile(path: string): string {
    this.need(path, 4);
    return this.inner.readFile(path);
  }
  writeFile(path: string, data: string, opts?: { append?: boolean; mode?: number }): void {
    this.creating(path, () => this.inner.writeFile(path, data, opts));
  }
  readdir(path: string): string[] {
    this.need(path, 4);
    return this.inner.readdir(path);
  }
  mkdir(path: string, opts?: { recursive?: boolean; mode?: number }): void {
    if (!opts?.recursive) return this.creating(path, () => this.inner.mkdir(path, opts));
    const parts = path.split('/').filter(Boolean);
    const created: string[] = [];
    for (let i = 1; i <= parts.length; i++) {
      const p = (path.startsWith('/') ? '/' : '') + parts.slice(0, i).join('/');
      if (this.inner.lstat(p) === null) created.push(p);
    }
    if (created[0] !== undefined) this.needDirWrite(created[0]);
    this.inner.mkdir(path, opts);
    for (const p of created) if (this.inner.lstat(p) !== null) this.inner.chown(p, this.uid, this.gid);
  }
  rm(path: string, opts?: { recursive?: boolean; force?: boolean }): void {
    if (this.inner.lstat(path) !== null) this.needDirWrite(path);
    this.inner.rm(path, opts);
  }
  rename(from: string, to: string): void {
    this.needDirWrite(from);
    this.needDirWrite(to);
    this.inner.rename(from, to);
  }
  symlink(target: string, path: string): void {
    this.creating(path, () => this.inner.symlink(target, path));
  }
  readlink(path: string): string {
    return this.inner.readlink(path);
  }
  chmod(path: string, mode: number): void {
    if (this.inner.stat(path)?.uid !== this.uid) throw new FsError('EPERM', path);
    this.inner.chmod(path, mode);
  }
  chown(path: string, uid: number, gid: number): void {
    throw new FsError('EPERM', path);
  }
}
