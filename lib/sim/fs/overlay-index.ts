/**
 * Derived (never serialised) child-name index for a LayerData: dir path → child names, and whether
 * the layer may hold a whiteout. Kept in a WeakMap keyed by the data object, so every view over the
 * same layer shares one index and a restored snapshot simply rebuilds it on first use.
 */
import { baseName, parentOf, type LayerData } from './overlay-data';

interface Indexed {
  children: Map<string, Set<string>>;
  /** Sticky: set when a whiteout entry is indexed, never cleared (a layer without one hides nothing below it). */
  whiteouts: boolean;
}

const indexes = new WeakMap<LayerData, Indexed>();

function indexed(layer: LayerData): Indexed {
  let x = indexes.get(layer);
  if (!x) {
    x = { children: new Map(), whiteouts: false };
    const entries = layer.entries;
    for (const path of Object.keys(entries)) {
      addTo(x.children, path);
      if (entries[path]!.t === 'w') x.whiteouts = true;
    }
    indexes.set(layer, x);
  }
  return x;
}

export function childIndex(layer: LayerData): Map<string, Set<string>> {
  return indexed(layer).children;
}

/** The layer has (or once had) a whiteout entry: false means every entry it indexes is something. */
export function mayHideBelow(layer: LayerData): boolean {
  return indexed(layer).whiteouts;
}

function addTo(idx: Map<string, Set<string>>, path: string): void {
  if (path === '/') return;
  const dir = parentOf(path);
  let set = idx.get(dir);
  if (!set) idx.set(dir, (set = new Set()));
  set.add(baseName(path));
}

/** Record that `path` now has an entry in `layer` (call after inserting it). */
export function indexAdd(layer: LayerData, path: string): void {
  const x = indexes.get(layer);
  if (!x) return;
  addTo(x.children, path);
  if (layer.entries[path]?.t === 'w') x.whiteouts = true;
}

/** Record that `path` no longer has an entry in `layer` (call after deleting it). */
export function indexRemove(layer: LayerData, path: string): void {
  const idx = indexes.get(layer)?.children;
  if (!idx || path === '/') return;
  idx.get(parentOf(path))?.delete(baseName(path));
  idx.delete(path);
}

/** Every path at or below `root` that has an entry in `layer`. */
export function subtreePaths(layer: LayerData, root: string): string[] {
  const idx = childIndex(layer);
  const out: string[] = [];
  const walk = (p: string) => {
    out.push(p);
    for (const name of idx.get(p) ?? []) walk(p === '/' ? '/' + name : p + '/' + name);
  };
  walk(root);
  return out.filter((p) => layer.entries[p] !== undefined);
}
