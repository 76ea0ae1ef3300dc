/**
 * The learner's repositories on the public registries (Docker Hub, ghcr.io…): what `docker push
 * learner/web:1.0` uploaded, so a later pull (after `docker rmi`, or on a swarm node) gets it
 * back. Kept in `world.ext` (the Internet is shared by every host). Catalog images are served by
 * images/catalog; these repositories only hold pushes.
 */
import type { World } from '../core/world';
import type { LayerRecord } from '../images/types';

export interface PublicRepository {
  /** tag → manifest digest. */
  tags: Record<string, string>;
  /** manifest digest → manifest text. */
  manifests: Record<string, string>;
}

export interface PublicRegistries {
  /** domain → repository path (`learner/web`) → repository. */
  repos: Record<string, Record<string, PublicRepository>>;
  /** Blobs by digest (configs and layers), shared like a registry's blob store. */
  blobs: Record<string, string>;
}

const KEY = 'publicRegistries';

export function publicRegistries(world: World, create = false): PublicRegistries | undefined {
  const ext = (world.ext ??= {});
  if (!ext[KEY] && create) ext[KEY] = { repos: {}, blobs: {} } satisfies PublicRegistries;
  return ext[KEY] as PublicRegistries | undefined;
}

export function publicRepository(world: World, domain: string, path: string): PublicRepository | undefined {
  return publicRegistries(world)?.repos[domain]?.[path];
}

export function putPublic(world: World, domain: string, path: string, tag: string, digest: string, text: string, blobs: ReadonlyArray<{ digest: string; data: string }>): void {
  const reg = publicRegistries(world, true)!;
  const repo = ((reg.repos[domain] ??= {})[path] ??= { tags: {}, manifests: {} });
  repo.tags[tag] = digest;
  repo.manifests[digest] = text;
  for (const b of blobs) reg.blobs[b.digest] ??= b.data;
}

/** Whether a layer blob is already in that repository (a re-push says "Layer already exists"). */
export function publicRepoHasLayer(world: World, domain: string, path: string, layer: LayerRecord): boolean {
  const repo = publicRepository(world, domain, path);
  if (!repo) return false;
  return Object.values(repo.manifests).some((m) => m.includes(`"${layer.blob}"`));
}
