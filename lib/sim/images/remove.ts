/**
 * docker rmi / image prune, following dockerd's ImageDelete: untag first; delete when no
 * reference is left; hard conflicts (running container, child images) and soft conflicts
 * (stopped container, other repositories) with the daemon's exact wording.
 */
import { hostOf, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { conflict } from '../core/errors';
import type { HostState } from '../core/world';
import { matchLabels } from '../networks/manage';
import { familiarString, parseReference, tagNameOnly } from './reference';
import { childrenOf, deleteRef, dropUnusedLayers, refsOf, repoTags, resolveImage } from './store';

export type DeleteRecord = { untagged: string } | { deleted: string };

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

function isIdPrefix(imageId: string, s: string): boolean {
  return imageId.startsWith(s) || imageId.slice(7).startsWith(s);
}

/** All references belong to one repository and at most one of them is a tag. */
function isSingleReference(keys: string[]): boolean {
  if (keys.length <= 1) return keys.length === 1;
  const refs = keys.map((k) => parseReference(k));
  const tags = refs.filter((r) => !r.digest);
  if (tags.length > 1) return false;
  const names = new Set(refs.map((r) => `${r.domain}/${r.path}`));
  return names.size === 1;
}

function hardConflict(host: HostState, imageId: string): string | null {
  if (childrenOf(host, imageId).length > 0) return `conflict: unable to delete ${short(imageId)} (cannot be forced) - image has dependent child images`;
  const running = Object.values(host.containers).find((c) => c.imageId === imageId && c.state.Running);
  if (running) return `conflict: unable to delete ${short(imageId)} (cannot be forced) - image is being used by running container ${short(running.id)}`;
  return null;
}

function softConflict(host: HostState, imageId: string, checkRefs: boolean): string | null {
  if (checkRefs && refsOf(host, imageId).length > 0) return `conflict: unable to delete ${short(imageId)} (must be forced) - image is referenced in multiple repositories`;
  const stopped = Object.values(host.containers).find((c) => c.imageId === imageId && !c.state.Running);
  if (stopped) return `conflict: unable to delete ${short(imageId)} (must be forced) - image is being used by stopped container ${short(stopped.id)}`;
  return null;
}

function untag(eng: Engine, key: string, out: DeleteRecord[], imageId: string): void {
  const ref = parseReference(key);
  deleteRef(eng, ref);
  out.push({ untagged: familiarString(ref) });
  emit(eng.world, eng.host, 'image', 'untag', imageId, { name: imageId });
}

function deleteImage(eng: Engine, imageId: string, out: DeleteRecord[]): void {
  const host = hostOf(eng);
  for (const key of refsOf(host, imageId)) untag(eng, key, out, imageId);
  const layers = host.images[imageId]?.layers ?? [];
  delete host.images[imageId];
  emit(eng.world, eng.host, 'image', 'delete', imageId, { name: imageId });
  out.push({ deleted: imageId });
  const dropped = new Set(dropUnusedLayers(host));
  for (const l of [...layers].reverse()) if (dropped.has(l)) out.push({ deleted: l });
}

export function removeImage(eng: Engine, refOrId: string, o: { force?: boolean } = {}): DeleteRecord[] {
  const host = hostOf(eng);
  const img = resolveImage(eng, refOrId);
  const out: DeleteRecord[] = [];
  let keys = refsOf(host, img.id);
  const usedBy = Object.values(host.containers).find((c) => c.imageId === img.id);
  if (!isIdPrefix(img.id, refOrId)) {
    const ref = tagNameOnly(parseReference(refOrId));
    if (!o.force && isSingleReference(keys) && usedBy) {
      throw conflict(`conflict: unable to remove repository reference "${refOrId}" (must force) - container ${short(usedBy.id)} is using its referenced image ${short(img.id)}`);
    }
    const key = keys.find((k) => {
      const r = parseReference(k);
      return r.domain === ref.domain && r.path === ref.path && (ref.digest ? r.digest === ref.digest : r.tag === ref.tag);
    });
    if (key) untag(eng, key, out, img.id);
    keys = refsOf(host, img.id);
    if (!ref.digest && !keys.some((k) => !parseReference(k).digest && parseReference(k).path === ref.path && parseReference(k).domain === ref.domain)) {
      for (const k of keys.filter((k) => parseReference(k).digest && parseReference(k).path === ref.path)) untag(eng, k, out, img.id);
      keys = refsOf(host, img.id);
    }
    if (keys.length > 0) return out;
    const hard = hardConflict(host, img.id);
    const soft = o.force ? null : softConflict(host, img.id, false);
    if (hard || soft) return out;
  } else {
    const hard = hardConflict(host, img.id);
    if (hard) throw conflict(hard);
    if (!o.force) {
      const soft = isSingleReference(keys) ? softConflict(host, img.id, false) : softConflict(host, img.id, true);
      if (soft) throw conflict(soft);
    }
  }
  deleteImage(eng, img.id, out);
  return out;
}

export interface ImagePruneResult {
  deleted: DeleteRecord[];
  reclaimed: number;
}

/** docker image prune: dangling images; with `all`, every image no container uses. `labels`: `k=v`, `k`, `!k=v` (label!). */
export function pruneImages(eng: Engine, o: { all?: boolean; until?: number; labels?: string[] } = {}): ImagePruneResult {
  const host = hostOf(eng);
  const out: ImagePruneResult = { deleted: [], reclaimed: 0 };
  let progress = true;
  while (progress) {
    progress = false;
    for (const img of Object.values(host.images)) {
      if (Object.values(host.containers).some((c) => c.imageId === img.id)) continue;
      if (childrenOf(host, img.id).length > 0) continue;
      if (!o.all && repoTags(host, img.id).length > 0) continue;
      if (o.until !== undefined && img.created >= o.until) continue;
      if (o.labels && !matchLabels(img.config.Labels ?? {}, o.labels)) continue;
      const before = new Set(Object.keys(host.layers));
      const sizes = new Map(Object.values(host.layers).map((l) => [l.id, l.size]));
      deleteImage(eng, img.id, out.deleted);
      for (const id of before) if (!host.layers[id]) out.reclaimed += sizes.get(id) ?? 0;
      progress = true;
    }
  }
  if (out.deleted.length > 0) emit(eng.world, eng.host, 'image', 'prune', '', { reclaimed: String(out.reclaimed) });
  return out;
}
