/**
 * The virtual filesystem seam. The learner's home, image root filesystems, container layers and
 * volumes are all plain data (serialisable); this interface is how the shell and the engine use them.
 * Paths are absolute and normalised by the caller's helpers (see ./path.ts).
 * Operations throw `FsError` (the only thing they throw); callers turn codes into messages.
 * A missing file is an outcome, not a bug: FsError captures no stack trace (ExpectedError).
 */
import { ExpectedError } from '../../expected-error';

export type FsErrorCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'EACCES'
  | 'EPERM'
  | 'EROFS'
  | 'EINVAL'
  | 'ELOOP';

/** The strerror(3) text for each code, as coreutils and bash print it after `: `. */
export const FS_ERROR_TEXT: Readonly<Record<FsErrorCode, string>> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  EINVAL: 'Invalid argument',
  ELOOP: 'Too many levels of symbolic links',
};

export class FsError extends ExpectedError {
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
  /** A special file shown as a regular one otherwise (`/run/docker.sock`): `ls -l` shows `s`, reads fail. */
  special?: 'socket';
}

export interface FileSystem {
  /** Follows symlinks; null when absent. */
  stat(path: string): Stat | null;
  lstat(path: string): Stat | null;
  readFile(path: string): string;
  /** `size`: the file's declared size (content not simulated in full), reported by stat; see FileNode.size. */
  writeFile(path: string, data: string, opts?: { append?: boolean; mode?: number; size?: number }): void;
  /** Sorted names, without `.` and `..`. */
  readdir(path: string): string[];
  mkdir(path: string, opts?: { recursive?: boolean; mode?: number }): void;
  rm(path: string, opts?: { recursive?: boolean; force?: boolean }): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  /**
   * Optional: the same files seen with another user's permissions (e.g. `sudo` → uid 0).
   * Implementations without permission checks may omit it.
   */
  withUser?(uid: number, gid: number, groups?: readonly number[]): FileSystem;
}
