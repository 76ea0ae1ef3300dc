/**
 * The engine's registry seam (Runtime.registry) for pulls: a private registry container answering
 * on the reference's domain serves what was pushed to it; on public registries the learner's pushed
 * repositories are served here and everything else falls through to the catalog.
 */
import type { Engine } from '../core/engine';
import { EngineError } from '../core/errors';
import type { RemoteRegistry } from '../images/pull';
import { getBlob, getManifest, tags } from './layout';
import { locateRegistry } from './locate';
import { readManifest } from './manifest';
import { publicRegistries, publicRepository } from './public';

export function registryLookup(eng: Engine, domain: string): RemoteRegistry | null {
  const located = locateRegistry(eng, domain);
  if (located.kind === 'unreachable') throw new EngineError('unknown', located.error);
  if (located.kind === 'private') {
    const { store } = located;
    return {
      fetch(ref) {
        const m = getManifest(store, ref.path, ref.digest ?? ref.tag ?? 'latest');
        return m ? readManifest(m.text, m.digest, (d) => getBlob(store, d)) : null;
      },
      tags: (ref) => tags(store, ref.path) ?? [],
    };
  }
  if (!publicRegistries(eng.world)?.repos[domain]) return null;
  return {
    fetch(ref) {
      const repo = publicRepository(eng.world, domain, ref.path);
      if (!repo) return undefined;
      const digest = ref.digest ?? repo.tags[ref.tag ?? 'latest'];
      const text = digest ? repo.manifests[digest] : undefined;
      if (!digest || text === undefined) return null;
      const blobs = publicRegistries(eng.world)!.blobs;
      return readManifest(text, digest, (d) => blobs[d] ?? null);
    },
    tags: (ref) => {
      const repo = publicRepository(eng.world, domain, ref.path);
      return repo ? Object.keys(repo.tags) : undefined;
    },
  };
}
