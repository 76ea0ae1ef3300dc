/**
 * Content digests for the build: layer diff ids (same content → same id, as layer tarballs
 * are reproducible with BuildKit), cache keys chained from the parent step, image ids.
 * Deterministic text hashes (the simulator needs stability, not cryptography).
 */
import { stableHex } from '../core/rng';
import type { LayerData, LayerEntry } from '../fs/overlay-data';

/** Diff id of an empty layer tarball, as real Docker reports it. */
export const EMPTY_LAYER_DIFF_ID = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';

export function digestOf(text: string): string {
  return `sha256:${stableHex(text)}`;
}

function entryText(path: string, e: LayerEntry): string {
  return `${path}\u0000${e.t}\u0000${e.mode.toString(8)}\u0000${e.uid}:${e.gid}\u0000${e.size ?? ''}\u0000${e.target ?? ''}\u0000${e.opaque ? 1 : 0}\u0000${e.data ?? ''}`;
}

/** The diff id of a layer: its entries, sorted by path (mtimes excluded, as BuildKit rewrites them). */
export function layerDiffId(layer: LayerData): string {
  const paths = Object.keys(layer.entries).sort();
  if (paths.length === 0) return EMPTY_LAYER_DIFF_ID;
  return digestOf(paths.map((p) => entryText(p, layer.entries[p]!)).join('\n'));
}

/** The cache key of a step: its parent's key plus everything that defines the step. */
export function chainKey(parent: string, ...parts: readonly string[]): string {
  return digestOf([parent, ...parts].join('\u0001'));
}
