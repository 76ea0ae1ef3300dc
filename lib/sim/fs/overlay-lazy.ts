/** A FileSystem built on first use (for generated views such as cgroup files that are rarely read). */
import type { FileSystem, Stat } from './types';

export class LazyFs implements FileSystem {
  private fs: FileSystem | null = null;

  constructor(private readonly make: () => FileSystem) {}

  private get inner(): FileSystem {
    return (this.fs ??= this.make());
  }

  stat(path: string): Stat | null {
    return this.inner.stat(path);
  }
  lstat(path: string): Stat | null {
    return this.inner.lstat(path);
  }
  readFile(path: string): string {
    return this.inner.readFile(path);
  }
  writeFile(path: string, data: string, opts?: { append?: boolean; mode?: number }): void {
    this.inner.writeFile(path, data, opts);
  }
  readdir(path: string): string[] {
    return this.inner.readdir(path);
  }
  mkdir(path: string, opts?: { recursive?: boolean; mode?: number }): void {
    this.inner.mkdir(path, opts);
  }
  rm(path: string, opts?: { recursive?: boolean; force?: boolean }): void {
    this.inner.rm(path, opts);
  }
  rename(from: string, to: string): void {
    this.inner.rename(from, to);
  }
  symlink(target: string, path: string): void {
    this.inner.symlink(target, path);
  }
  readlink(path: string): string {
    return this.inner.readlink(path);
  }
  chmod(path: string, mode: number): void {
    this.inner.chmod(path, mode);
  }
  chown(path: string, uid: number, gid: number): void {
    this.inner.chown(path, uid, gid);
  }
}
