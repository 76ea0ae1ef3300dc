/**
 * The plain-data format of image layers, container upper layers, volumes and tmpfs: a flat map
 * from absolute normalised path to entry. Serialisable (JSON/structuredClone); views over it live
 * in overlay-flat.ts. Whiteouts (`w`) and opaque directories only appear in upper layers.
 */
import type { Stat } from './types';

export interface LayerEntry {
  /** file, directory, symlink, whiteout (deleted in this layer). */
  t: 'f' | 'd' | 'l' | 'w';
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  /** File content (t = f). */
  data?: string;
  /** Declared size for large binaries whose content is not simulated (t = f). */
  size?: number;
  /** Symlink target (t = l). */
  target?: string;
  /** Directory hides everything below it in lower layers (t = d). */
  opaque?: boolean;
}

export interface LayerData {
  entries: Record<string, LayerEntry>;
}

export function emptyLayer(): LayerData {
  return { entries: {} };
}

/** Bytes an entry contributes to a layer's size. */
export function entrySize(e: LayerEntry): number {
  if (e.t === 'f') return e.size ?? e.data?.length ?? 0;
  if (e.t === 'l') return e.target?.length ?? 0;
  return 0;
}

export function layerSize(layer: LayerData): number {
  let n = 0;
  for (const e of Object.values(layer.entries)) n += entrySize(e);
  return n;
}

/** The components of a path after normalising it (`/a/./b/../c` → [a, c]). */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** Normalise an absolute path: collapse `//`, resolve `.` and `..` (never above `/`). */
export function normPath(path: string): string {
  return isCanonical(path) ? path : '/' + splitPath(path).join('/');
}

const SLASH = 47;
const DOT = 46;

/**
 * Already normal (what normPath would return unchanged): absolute, no trailing slash, no empty,
 * `.` or `..` component. Most paths the shell and the engine pass are; they skip the split.
 */
export function isCanonical(path: string): boolean {
  const n = path.length;
  if (n === 0 || path.charCodeAt(0) !== SLASH) return false;
  if (n === 1) return true;
  if (path.charCodeAt(n - 1) === SLASH) return false;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    const a = path.charCodeAt(i + 1);
    if (a === SLASH) return false;
    if (a !== DOT) continue;
    const b = i + 2 < n ? path.charCodeAt(i + 2) : SLASH;
    if (b === SLASH) return false;
    if (b === DOT && (i + 3 >= n || path.charCodeAt(i + 3) === SLASH)) return false;
  }
  return true;
}

/** The root directory of every layer stack. */
export const ROOT: LayerEntry = { t: 'd', mode: 0o755, uid: 0, gid: 0, mtime: 0 };

export function toStat(e: LayerEntry): Stat {
  const type = e.t === 'd' ? 'dir' : e.t === 'l' ? 'symlink' : 'file';
  const size = e.t === 'd' ? 4096 : e.t === 'l' ? (e.target ?? '').length : (e.size ?? (e.data ?? '').length);
  return { type, size, mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime };
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(dir: string, name: string): string {
  return dir === '/' ? '/' + name : dir + '/' + name;
}

/**
 * A read-only file whose content is worked out each time it is read (a derived layer's entry:
 * dockerd's generated /etc/hosts). Its data is a getter on the prototype — one shape, no closure
 * per file — so an entry copied into a layer goes through plainEntry (a spread would drop it).
 */
export abstract class DerivedFile {
  declare t: 'f';
  declare mode: number;
  declare uid: number;
  declare gid: number;
  declare mtime: number;
  constructor(mode: number) {
    this.t = 'f';
    this.mode = mode;
    this.uid = 0;
    this.gid = 0;
    this.mtime = 0;
  }
  abstract get data(): string;
}

/** The entry as plain data (what a layer stores): a derived file becomes a file with its current content. */
export function plainEntry(e: LayerEntry): LayerEntry {
  return e instanceof DerivedFile ? { t: 'f', mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime, data: e.data } : e;
}
