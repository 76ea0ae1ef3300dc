/**
 * What `docker manifest inspect` reads from a registry (the client talks to it directly): for a
 * catalog tag the multi-platform index (one schema2 manifest per platform), for an image the
 * learner pushed its single manifest. Errors are the CLI registry client's words.
 */
import type { Engine } from '../core/engine';
import { EngineError } from '../core/errors';
import { findRepository, findTag } from '../images/catalog/index';
import { materialise } from '../images/catalog/materialise';
import { offered, parsePlatform, type Platform } from '../images/platform';
import { fullName, fullString, type ImageRef } from '../images/reference';
import { getBlob, getManifest } from './layout';
import { locateRegistry } from './locate';
import { buildManifest } from './manifest';
import { publicRegistries, publicRepository } from './public';

export interface ManifestEntry {
  platform: Platform;
  digest: string;
  text: string;
}

export type RemoteManifest = { kind: 'list'; entries: ManifestEntry[] } | { kind: 'single'; entry: ManifestEntry };

const notFound = (ref: ImageRef) => new EngineError('notFound', `no such manifest: ${fullString(ref)}`);

/** The platform recorded in the manifest's config blob. */
function platformOf(text: string, blob: (digest: string) => string | null): Platform {
  try {
    const cfg = JSON.parse(blob((JSON.parse(text) as { config: { digest: string } }).config.digest) ?? '{}') as { os?: string; architecture?: string };
    return { os: cfg.os ?? 'linux', architecture: cfg.architecture ?? 'amd64' };
  } catch {
    return { os: 'linux', architecture: 'amd64' };
  }
}

export function remoteManifest(eng: Engine, ref: ImageRef): RemoteManifest {
  const located = locateRegistry(eng, ref.domain);
  if (located.kind === 'unreachable') throw new EngineError('unknown', located.error);
  const reference = ref.digest ?? ref.tag ?? 'latest';
  if (located.kind === 'private') {
    const m = getManifest(located.store, ref.path, reference);
    if (!m) throw notFound(ref);
    return { kind: 'single', entry: { platform: platformOf(m.text, (d) => getBlob(located.store, d)), digest: m.digest, text: m.text } };
  }
  const pushed = publicRepository(eng.world, ref.domain, ref.path);
  if (pushed) {
    const digest = ref.digest ?? pushed.tags[reference];
    const text = digest ? pushed.manifests[digest] : undefined;
    if (!digest || text === undefined) throw notFound(ref);
    return { kind: 'single', entry: { platform: platformOf(text, (d) => publicRegistries(eng.world)?.blobs[d] ?? null), digest, text } };
  }
  const family = findRepository(fullName(ref));
  if (!family) throw new EngineError('unauthorized', 'errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required\n');
  const hit = ref.digest ? family.images.map((i) => findTag(family, i.tags[0]!)!).find((h) => materialise(h).digest === ref.digest) : findTag(family, reference);
  if (!hit) throw notFound(ref);
  const entries = offered(family.repository).map((spec) => {
    const platform = parsePlatform(spec);
    const m = materialise(hit, platform);
    const built = buildManifest(m.image, m.layers);
    return { platform, digest: built.digest, text: built.text };
  });
  return { kind: 'list', entries };
}
