/**
 * A tar-like archive of part of a FileSystem, stored as text inside one file (the simulator keeps
 * file contents as strings). Used by `tar` in the shell; the engine can reuse it (docker export,
 * save/load, cp). Entries keep paths relative to the archive root, type, mode, owner and mtime.
 */
import type { FileSystem } from './types';
import { maybeGunzip } from './compress';

export const ARCHIVE_MAGIC = 'DOCKERLINGS-TAR/1\n';

export interface ArchiveEntry {
  /** Relative path; directories end with `/`. */
  path: string;
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  data?: string;
  target?: string;
}

/** A tar stream, possibly gzip-compressed (readers detect compression as tar and docker load do). */
export function isArchive(text: string): boolean {
  return maybeGunzip(text).startsWith(ARCHIVE_MAGIC);
}

export function encodeArchive(entries: readonly ArchiveEntry[]): string {
  return ARCHIVE_MAGIC + JSON.stringify(entries);
}

/** The entries, or null when the text is not an archive (or is damaged). */
export function decodeArchive(stream: string): ArchiveEntry[] | null {
  const text = maybeGunzip(stream);
  if (!text.startsWith(ARCHIVE_MAGIC)) return null;
  try {
    const parsed = JSON.parse(text.slice(ARCHIVE_MAGIC.length)) as unknown;
    return Array.isArray(parsed) ? (parsed as ArchiveEntry[]) : null;
  } catch {
    return null;
  }
}

/** Collect `path` (file, link or whole tree) as entries named from `name`. */
export function collectEntries(fs: FileSystem, path: string, name: string, out: ArchiveEntry[] = []): ArchiveEntry[] {
  const st = fs.lstat(path);
  if (!st) return out;
  const base = { mode: st.mode, uid: st.uid, gid: st.gid, mtime: st.mtime };
  if (st.type === 'dir') {
    out.push({ path: name.endsWith('/') ? name : name + '/', type: 'dir', ...base });
    for (const child of fs.readdir(path)) collectEntries(fs, `${path === '/' ? '' : path}/${child}`, `${name.replace(/\/$/, '')}/${child}`, out);
  } else if (st.type === 'symlink') out.push({ path: name, type: 'symlink', ...base, target: fs.readlink(path) });
  else out.push({ path: name, type: 'file', ...base, data: fs.readFile(path) });
  return out;
}

/** Write one entry under `dir` (parents created as needed). */
export function extractEntry(fs: FileSystem, dir: string, e: ArchiveEntry, relPath: string = e.path): void {
  const full = `${dir === '/' ? '' : dir}/${relPath}`.replace(/\/+$/, '') || '/';
  const parent = full.slice(0, full.lastIndexOf('/')) || '/';
  fs.mkdir(parent, { recursive: true });
  if (e.type === 'dir') {
    if (fs.stat(full)?.type !== 'dir') fs.mkdir(full, { recursive: true });
    fs.chmod(full, e.mode);
  } else if (e.type === 'symlink') {
    if (fs.lstat(full)) fs.rm(full, { recursive: true });
    fs.symlink(e.target ?? '', full);
  } else {
    fs.writeFile(full, e.data ?? '', { mode: e.mode });
    fs.chmod(full, e.mode);
  }
}
