/**
 * Matching image references the way a learner means them: a goal `nginx` accepts any nginx tag,
 * `nginx:1.27` only that tag; `nginx`, `nginx:latest` and `docker.io/library/nginx:latest` are the
 * same name. A container records the image as it was typed, so a container started from an image id
 * is matched through the tags that id carries.
 */
import type { HostState } from '../../sim/index';
import { parseReference, type ImageRef } from '../../sim/images/reference';
import { repoTags } from '../../sim/images/store';
import type { ContainerRecord, ImageRecord } from '../../sim/index';

export function tryParse(ref: string): ImageRef | null {
  try {
    return parseReference(ref);
  } catch {
    return null;
  }
}

const repo = (r: ImageRef) => `${r.domain}/${r.path}`;

/** Whether the reference `have` names what the goal's `want` asks for. */
export function refMatches(want: string, have: string): boolean {
  const w = tryParse(want);
  const h = tryParse(have);
  if (!w || !h || repo(w) !== repo(h)) return false;
  if (w.digest) return h.digest === w.digest;
  if (w.tag === undefined) return true;
  return (h.tag ?? (h.digest ? undefined : 'latest')) === w.tag;
}

/** The repository and tag a reference means (`nginx` → `docker.io/library/nginx:latest`). */
export function fullRef(ref: string): string | null {
  const r = tryParse(ref);
  if (!r) return null;
  return `${repo(r)}${r.digest ? `@${r.digest}` : `:${r.tag ?? 'latest'}`}`;
}

const looksLikeId = (image: string, id: string) => {
  const hex = image.replace(/^sha256:/, '');
  return /^[a-f0-9]{4,64}$/.test(hex) && id.replace(/^sha256:/, '').startsWith(hex) && (image.startsWith('sha256:') || hex.length >= 12);
};

export function containerImageMatches(host: HostState, c: ContainerRecord, want: string): boolean {
  if (looksLikeId(c.config.Image, c.imageId)) return repoTags(host, c.imageId).some((t) => refMatches(want, t));
  return refMatches(want, c.config.Image);
}

/** The image a reference names in the store, if it is there. */
export function findByRef(host: HostState, ref: string): ImageRecord | undefined {
  const full = fullRef(ref);
  const id = full ? host.refs[full] : undefined;
  return id ? host.images[id] : undefined;
}
