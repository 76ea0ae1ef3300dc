/**
 * Derived (never serialised) child-name index for a LayerData: dir path → child names. Kept in a
 * WeakMap keyed by the data object, so every view over the same layer shares one index and a
 * restored snapshot simply rebuilds it on first use.
 */
import { baseName, parentOf, type LayerData } from './overlay-data';

const indexes = new WeakMap<LayerData, Map<string, Set<string>>>();

export function childIndex(layer: LayerData): Map<string, Set<string>> {
  let idx = indexes.get(layer);
  if (!idx) {
    idx = new Map();
    for (const path of Object.keys(layer.entries)) addTo(idx, path);
    indexes.set(layer, idx);
  }
  return idx;
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
  const idx = indexes.get(layer);
  if (idx) addTo(idx, path);
}

/** Record that `path` no longer has an entry in `layer` (call after deleting it). */
export function indexRemove(layer: LayerData, path: string): void {
  const idx = indexes.get(layer);
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
