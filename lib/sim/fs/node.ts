/**
 * The plain-data shape of an in-memory filesystem tree. Everything here survives structuredClone and
 * JSON round trips, so a world snapshot is just this data. `TreeFs` (./tree.ts) is a view over it.
 */

export interface NodeMeta {
  /** Permission bits (e.g. 0o644), including setuid/setgid/sticky (0o7777). */
  mode: number;
  uid: number;
  gid: number;
  /** Simulated ms since epoch. */
  mtime: number;
}

export interface FileNode extends NodeMeta {
  type: 'file';
  data: string;
  /**
   * Declared size in bytes when the content is not simulated in full (a `docker save` archive of a
   * 190 MB image holds a short text): stat/ls/du report it. Any later write drops it.
   */
  size?: number;
  /** A Unix socket (no content; opening it as a file fails with ENXIO-like errors). */
  special?: 'socket';
}

export interface DirNode extends NodeMeta {
  type: 'dir';
  /** Children by name. Access through getEntry/setEntry (names such as `__proto__` are legal). */
  entries: Record<string, FsNode>;
}

export interface SymlinkNode extends NodeMeta {
  type: 'symlink';
  target: string;
}

export type FsNode = FileNode | DirNode | SymlinkNode;

/** A whole filesystem: plain data. */
export interface TreeData {
  root: DirNode;
}

export interface Owner {
  uid: number;
  gid: number;
}

export function dirNode(owner: Owner, mode: number, mtime: number): DirNode {
  return { type: 'dir', entries: {}, mode, uid: owner.uid, gid: owner.gid, mtime };
}

export function fileNode(owner: Owner, data: string, mode: number, mtime: number): FileNode {
  return { type: 'file', data, mode, uid: owner.uid, gid: owner.gid, mtime };
}

export function symlinkNode(owner: Owner, target: string, mtime: number): SymlinkNode {
  return { type: 'symlink', target, mode: 0o777, uid: owner.uid, gid: owner.gid, mtime };
}

/** An empty filesystem: just `/` (root-owned, 0755). */
export function emptyTree(mtime = 0): TreeData {
  return { root: dirNode({ uid: 0, gid: 0 }, 0o755, mtime) };
}

export function getEntry(dir: DirNode, name: string): FsNode | undefined {
  return Object.hasOwn(dir.entries, name) ? dir.entries[name] : undefined;
}

export function setEntry(dir: DirNode, name: string, node: FsNode): void {
  // defineProperty so that a file called `__proto__` is an own property, not a prototype change.
  Object.defineProperty(dir.entries, name, { value: node, enumerable: true, writable: true, configurable: true });
}

export function deleteEntry(dir: DirNode, name: string): void {
  delete dir.entries[name];
}

/** Size as `stat` reports it: UTF-8 bytes for files, 4096 for directories, target length for links. */
export function nodeSize(node: FsNode): number {
  if (node.type === 'dir') return 4096;
  if (node.type === 'symlink') return utf8Length(node.target);
  return node.size ?? utf8Length(node.data);
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
