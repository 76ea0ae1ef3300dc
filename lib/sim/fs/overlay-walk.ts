/**
 * Path lookup over a stack of layers (topmost first): the merged entry at a canonical path, and
 * symlink resolution component by component with the opaque-directory limit carried down, so
 * each component is looked up once and a missing path is a result, not an exception.
 */
import { isCanonical, joinPath, parentOf, ROOT, splitPath, type LayerData, type LayerEntry } from './overlay-data';

export interface Found {
  e: LayerEntry;
  /** Index of the layer the entry comes from. */
  layer: number;
}

export type Walked = { path: string; hit: Found | null } | 'ENOENT' | 'ENOTDIR' | 'ELOOP';

/** What a walk went through: the symlinks it followed (a miss without any stays on the path as given). */
export interface WalkTrace {
  links: number;
}

const MAX_LINKS = 40;
const SLASH = 47;

/** The topmost entry for `path` among the first `limit` layers (a whiteout hides it). */
export function topEntry(layers: readonly LayerData[], path: string, limit: number): Found | null {
  const i = topLayer(layers, path, limit);
  return i < 0 ? null : { e: topHit, layer: i };
}

/** The entry topLayer found last (read it right after the call: the walks below see each component without allocating a Found). */
let topHit: LayerEntry = ROOT;

/** Index of the layer holding the topmost entry for `path` (in `topHit`), or -1 (missing or whited out). */
function topLayer(layers: readonly LayerData[], path: string, limit: number): number {
  for (let i = 0; i < limit; i++) {
    const e = layers[i]!.entries[path];
    if (e) {
      if (e.t === 'w') return -1;
      topHit = e;
      return i;
    }
  }
  return -1;
}

/**
 * The root directory: the topmost layer carrying its own (a tmpfs mounted with mode=1777, a
 * container's init layer dated by its creation), else a 1970 root.
 */
function rootOf(layers: readonly LayerData[]): Found {
  for (let i = 0; i < layers.length; i++) {
    const own = layers[i]!.entries['/'];
    if (own && own.t === 'd') return { e: own, layer: i };
  }
  return { e: ROOT, layer: layers.length - 1 };
}

/** The merged entry at a canonical path (no symlinks above it), or null. */
export function findEntry(layers: readonly LayerData[], path: string): Found | null {
  if (path === '/') return rootOf(layers);
  let limit = layers.length;
  let from = 1;
  while (true) {
    const slash = path.indexOf('/', from);
    if (slash < 0) break;
    const i = topLayer(layers, path.slice(0, slash), limit);
    if (i < 0 || topHit.t !== 'd') return null;
    if (topHit.opaque) limit = i + 1;
    from = slash + 1;
  }
  return topEntry(layers, path, limit);
}

/**
 * The merged directory at a canonical path (no symlinks above it) and how many layers its children
 * come from (an opaque directory on the way hides the layers below it); null when it is not a directory.
 */
export function findDir(layers: readonly LayerData[], path: string): { hit: Found; limit: number } | null {
  if (path === '/') return { hit: rootOf(layers), limit: layers.length };
  let limit = layers.length;
  for (let from = 1; ; ) {
    const slash = path.indexOf('/', from);
    const i = topLayer(layers, slash < 0 ? path : path.slice(0, slash), limit);
    if (i < 0 || topHit.t !== 'd') return null;
    if (topHit.opaque) limit = i + 1;
    if (slash < 0) return { hit: { e: topHit, layer: i }, limit };
    from = slash + 1;
  }
}

/**
 * Canonical path with symlinks resolved (the last component only when `followLast`) and the
 * merged entry there (null when only the last component is missing), or the failure code.
 * A canonical path is walked in place (its prefixes are the directories); the first symlink on the
 * way hands over to the component walk.
 */
export function walkPath(layers: readonly LayerData[], path: string, followLast: boolean, trace?: WalkTrace): Walked {
  if (!isCanonical(path)) return walkParts(layers, splitPath(path), followLast, 0, trace);
  let links = 0;
  if (path === '/') return { path, hit: rootOf(layers) };
  let limit = layers.length;
  for (let from = 1; ; ) {
    const slash = path.indexOf('/', from);
    const last = slash < 0;
    const next = last ? path : path.slice(0, slash);
    const i = topLayer(layers, next, limit);
    const e = i < 0 ? null : topHit;
    if (e && e.t === 'l' && (!last || followLast)) {
      if (++links > MAX_LINKS) return 'ELOOP';
      if (trace) trace.links++;
      // The link's target with the rest of the path: walked in place again when that is canonical
      // (`/bin/ls` → `/bin/busybox`, `/bin` → `usr/bin`), component by component otherwise.
      const target = e.target ?? '';
      const base = target.charCodeAt(0) === SLASH ? target : joinPath(parentOf(next), target);
      const full = last ? base : base === '/' ? path.slice(slash) : base + path.slice(slash);
      if (!isCanonical(full)) return walkParts(layers, splitPath(full), followLast, links, trace);
      if (full === '/') return { path: full, hit: rootOf(layers) };
      path = full;
      limit = layers.length;
      from = 1;
      continue;
    }
    if (last) return { path, hit: e ? { e, layer: i } : null };
    if (!e) return 'ENOENT';
    if (e.t !== 'd') return 'ENOTDIR';
    if (e.opaque) limit = i + 1;
    from = slash + 1;
  }
}

/** The components a symlink at `at` points to (from the root). */
function linkTarget(at: string, link: LayerEntry): string[] {
  const target = link.target ?? '';
  return splitPath(target.startsWith('/') ? target : joinPath(parentOf(at), target));
}

/** The component walk from the root (after `links` symlinks already followed). */
function walkParts(layers: readonly LayerData[], parts: string[], followLast: boolean, links: number, trace?: WalkTrace): Walked {
  if (links > MAX_LINKS) return 'ELOOP';
  let cur = '/';
  let hit: Found | null = rootOf(layers);
  let limit = layers.length;
  for (let k = 0; k < parts.length; k++) {
    const next = joinPath(cur, parts[k]!);
    const h = topEntry(layers, next, limit);
    const last = k === parts.length - 1;
    if (h && h.e.t === 'l' && (!last || followLast)) {
      if (++links > MAX_LINKS) return 'ELOOP';
      if (trace) trace.links++;
      parts = [...linkTarget(next, h.e), ...parts.slice(k + 1)];
      cur = '/';
      hit = rootOf(layers);
      limit = layers.length;
      k = -1;
      continue;
    }
    if (!last) {
      if (!h) return 'ENOENT';
      if (h.e.t !== 'd') return 'ENOTDIR';
      if (h.e.opaque) limit = h.layer + 1;
    }
    cur = next;
    hit = h;
  }
  return { path: cur, hit };
}
