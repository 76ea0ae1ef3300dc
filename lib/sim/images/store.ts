/**
 * The image store of one host: images by id, references (tags and digests) → id, shared layers.
 * This is the seam `docker build`, the registry and `docker load` use: addImage, setRef, resolveImage.
 */
import { hostOf, type Engine } from '../core/engine';
import { goMapOrder } from '../core/go-map';
import { EngineError, notFound } from '../core/errors';
import type { HostState } from '../core/world';
import type { LayerData } from '../fs/overlay-data';
import { digestWins, familiarString, fullString, isFullImageId, parseReference, tagNameOnly, type ImageRef } from './reference';
import { rootfsFor } from './rootfs/index';
import type { ImageRecord, LayerRecord } from './types';
import { sortNames } from '../fs/sort-names';

/** Store an image and any of its layers the host does not have yet. */
export function addImage(eng: Engine, image: ImageRecord, layers: readonly LayerRecord[]): ImageRecord {
  const host = hostOf(eng);
  for (const l of layers) if (!host.layers[l.id]) host.layers[l.id] = l;
  // Config.Labels is a Go map: the API writes it in key order (LABEL z=1 a=2 → {"a":"2","z":"1"})
  const labels = image.config.Labels;
  const stored = labels ? { ...image, config: { ...image.config, Labels: goMapOrder(labels) } } : image;
  host.images[stored.id] = stored;
  return stored;
}

/** Point a tag or digest reference at an image (moving it away from any other image). */
export function setRef(eng: Engine, ref: ImageRef, imageId: string): void {
  const host = hostOf(eng);
  const key = fullString(ref.digest ? ref : tagNameOnly(ref));
  delete host.refs[key];
  host.refs[key] = imageId;
  const img = host.images[imageId];
  if (img && !ref.digest) img.lastTagTime = eng.world.clock;
}

/** Remove a reference; returns whether it existed. */
export function deleteRef(eng: Engine, ref: ImageRef): boolean {
  const host = hostOf(eng);
  const key = fullString(ref.digest ? ref : tagNameOnly(ref));
  if (!(key in host.refs)) return false;
  delete host.refs[key];
  return true;
}

/** Normalised reference keys pointing at the image, sorted like dockerd's reference store (lexically). */
export function refsOf(host: HostState, imageId: string): string[] {
  const out: string[] = [];
  for (const k in host.refs) if (host.refs[k] === imageId) out.push(k);
  return out.length > 1 ? sortNames(out) : out;
}

/** `RepoTags` as docker shows them (`nginx:latest`). */
export function repoTags(host: HostState, imageId: string): string[] {
  return familiarRefs(refsOf(host, imageId), false);
}

/** `RepoDigests` (`nginx@sha256:…`). */
export function repoDigests(host: HostState, imageId: string): string[] {
  return familiarRefs(refsOf(host, imageId), true);
}

/** RepoTags (`digests` false) or RepoDigests of an image's reference keys, in the keys' order. */
export function familiarRefs(keys: readonly string[], digests: boolean): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const r = parseReference(k);
    if (!!r.digest === digests) out.push(familiarString(r));
  }
  return out;
}

/** Image ids that have `imageId` as parent. */
export function childrenOf(host: HostState, imageId: string): string[] {
  return Object.values(host.images)
    .filter((i) => i.parent === imageId)
    .map((i) => i.id);
}

export function isDangling(host: HostState, imageId: string): boolean {
  return repoTags(host, imageId).length === 0 && childrenOf(host, imageId).length === 0;
}

/** Find an image by id prefix (`sha256:` optional). Throws on ambiguity. */
export function findImageById(host: HostState, prefix: string): ImageRecord | undefined {
  const hex = prefix.startsWith('sha256:') ? prefix.slice(7) : prefix;
  if (!/^[a-f0-9]+$/.test(hex)) return undefined;
  const hits = Object.values(host.images).filter((i) => i.id.slice(7).startsWith(hex));
  if (hits.length > 1) throw new EngineError('invalidParameter', `ambiguous identifier: ${prefix}`);
  return hits[0];
}

/** The reference as `No such image` prints it. */
export function missingName(refOrId: string): string {
  try {
    return familiarString(tagNameOnly(parseReference(refOrId)));
  } catch {
    return refOrId;
  }
}

/** The reference store's key of a valid reference text (`alpine` → `docker.io/library/alpine:latest`), by text. */
const storeKeys = new Map<string, string>();
const STORE_KEYS_MAX = 256;

function storeKey(refOrId: string): string {
  let key = storeKeys.get(refOrId);
  if (key === undefined) {
    const ref = parseReference(refOrId);
    key = fullString(ref.digest ? digestWins(ref) : tagNameOnly(ref));
    if (storeKeys.size >= STORE_KEYS_MAX) storeKeys.clear();
    storeKeys.set(refOrId, key);
  }
  return key;
}

/** docker's GetImage: a reference (`nginx`, `nginx:1.27`, `nginx@sha256:…`) or an id (prefix). */
export function findImage(eng: Engine, refOrId: string): ImageRecord | undefined {
  const host = hostOf(eng);
  if (refOrId.startsWith('sha256:') || isFullImageId(refOrId)) return findImageById(host, refOrId);
  let key: string;
  try {
    key = storeKey(refOrId);
  } catch (e) {
    const byId = findImageById(host, refOrId);
    if (byId) return byId;
    throw e;
  }
  const id = host.refs[key];
  if (id && host.images[id]) return host.images[id];
  return findImageById(host, refOrId);
}

export function resolveImage(eng: Engine, refOrId: string): ImageRecord {
  const img = findImage(eng, refOrId);
  if (!img) throw notFound(`No such image: ${missingName(refOrId)}`);
  return img;
}

export function layerContent(host: HostState, layerId: string): LayerData | null {
  const l = host.layers[layerId];
  if (!l) return null;
  if (l.content.kind === 'catalog') return rootfsFor(l.content.key);
  if (l.content.kind === 'data') return l.content.data;
  return null;
}

/** The image's filesystem layers for an overlay, topmost first (empty layers skipped). */
export function imageLayers(host: HostState, image: ImageRecord): LayerData[] {
  const out: LayerData[] = [];
  for (let i = image.layers.length - 1; i >= 0; i--) {
    const data = layerContent(host, image.layers[i]!);
    if (data) out.push(data);
  }
  return out;
}

/** Layers no image references any more are dropped (returns their ids). */
export function dropUnusedLayers(host: HostState): string[] {
  const used = new Set(Object.values(host.images).flatMap((i) => i.layers));
  const dropped = Object.keys(host.layers).filter((id) => !used.has(id));
  for (const id of dropped) delete host.layers[id];
  return dropped;
}
