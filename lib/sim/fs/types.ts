/**
 * The virtual filesystem seam. The learner's home, image root filesystems, container layers and
 * volumes are all plain data (serialisable); this interface is how the shell and the engine use them.
 * Paths are absolute and normalised by the caller's helpers (see ./path.ts).
 * Operations throw `FsError` (the only thing they throw); callers turn codes into messages.
 */
export type FsErrorCode = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EACCES' | 'EROFS' | 'EINVAL' | 'ELOOP';

export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
    this.name = 'FsError';
  }
}

export interface Stat {
  type: 'file' | 'dir' | 'symlink';
  size: number;
  /** Permission bits, e.g. 0o644. */
  mode: number;
  uid: number;
  gid: number;
  /** Simulated ms since epoch. */
  mtime: number;
}

export interface FileSystem {
  /** Follows symlinks; null when absent. */
  stat(path: string): Stat | null;
  lstat(path: string): Stat | null;
  readFile(path: string): string;
  writeFile(path: string, data: string, opts?: { append?: boolean; mode?: number }): void;
  /** Sorted names, without `.` and `..`. */
  readdir(path: string): string[];
  mkdir(path: string, opts?: { recursive?: boolean; mode?: number }): void;
  rm(path: string, opts?: { recursive?: boolean; force?: boolean }): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
}
