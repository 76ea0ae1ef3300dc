/**
 * Path resolution over TreeData: walks from the root, follows symlinks in the middle of a path
 * (and at its end on request), resolves `..` physically, and reports ELOOP after 40 links.
 */
import { FsError } from './types';
import { segments } from './path';
import { getEntry, type DirNode, type FsNode } from './node';

const MAX_LINKS = 40;

/** Where a path leads: the directory holding the last component, its name, and the node if present. */
export interface Resolved {
  parent: DirNode | null;
  name: string;
  node: FsNode | undefined;
}

/** A path through something that does not exist (a missing or non-directory component on the way). */
export const NOWHERE: Resolved = Object.freeze({ parent: null, name: '', node: undefined });

/** Called on every directory walked through, with the path being resolved (permission checks). */
export type Search = (dir: DirNode, path: string) => void;

/** findCanonical's answer when the path needs the full walk (a symlink on the way). */
export const UNDECIDED = Symbol('undecided');

/**
 * The node at a canonical path (absolute, no `.`/`..`/empty components, no trailing slash) walked
 * in place — no component arrays — as resolveIn(…, soft) would find it: undefined when missing or
 * through a non-directory; UNDECIDED when a symlink must be followed (resolveIn does that).
 */
export function findCanonical(root: DirNode, path: string, followLast: boolean, search: Search): FsNode | undefined | typeof UNDECIDED {
  if (path === '/') return root;
  let dir = root;
  for (let from = 1; ; ) {
    const slash = path.indexOf('/', from);
    const last = slash < 0;
    search(dir, path);
    const child = getEntry(dir, last ? path.slice(from) : path.slice(from, slash));
    if (!child) return undefined;
    if (child.type === 'symlink' && (!last || followLast)) return UNDECIDED;
    if (last) return child;
    if (child.type !== 'dir') return undefined;
    dir = child;
    from = slash + 1;
  }
}

/**
 * `search` is called on every directory walked through (permission checks). With `soft`, a missing
 * or non-directory component on the way returns NOWHERE instead of throwing (stat's null, cheaply).
 */
export function resolveIn(root: DirNode, path: string, followLast: boolean, search: Search, soft = false): Resolved {
  const trailingSlash = path.length > 1 && path.endsWith('/');
  const todo = segments(path).reverse();
  const stack: DirNode[] = [root];
  const names: string[] = [];
  let links = 0;
  while (todo.length > 0) {
    const seg = todo.pop() as string;
    if (seg === '..') {
      if (stack.length > 1) {
        stack.pop();
        names.pop();
      }
      continue;
    }
    const dir = stack[stack.length - 1] as DirNode;
    search(dir, path);
    const child = getEntry(dir, seg);
    const last = todo.length === 0;
    if (!child) {
      if (last) return { parent: dir, name: seg, node: undefined };
      if (soft) return NOWHERE;
      throw new FsError('ENOENT', path);
    }
    if (child.type === 'symlink' && (!last || followLast || trailingSlash)) {
      if (++links > MAX_LINKS) throw new FsError('ELOOP', path);
      if (child.target.startsWith('/')) {
        stack.length = 1;
        names.length = 0;
      }
      for (const t of segments(child.target).reverse()) todo.push(t);
      continue;
    }
    if (last) {
      if (trailingSlash && child.type !== 'dir') {
        if (soft) return NOWHERE;
        throw new FsError('ENOTDIR', path);
      }
      return { parent: dir, name: seg, node: child };
    }
    if (child.type !== 'dir') {
      if (soft) return NOWHERE;
      throw new FsError('ENOTDIR', path);
    }
    stack.push(child);
    names.push(seg);
  }
  const node = stack[stack.length - 1] as DirNode;
  return { parent: stack.length > 1 ? (stack[stack.length - 2] as DirNode) : null, name: names[names.length - 1] ?? '', node };
}
