/**
 * Buildah's working containers: engine containers in Podman's store (containers/storage is
 * shared, so Buildah's images are Podman's) that never run as such; `buildah run` executes a
 * command on their root filesystem, `buildah config` records the image settings `commit` writes.
 */
import { hostOf, type ContainerRecord, type Engine } from '../../../sim/index';
import { CliError } from '../../command';
import { podmanState } from '../engines';

export interface Working {
  name: string;
  container: ContainerRecord;
  image: string;
  changes: string[];
}

export function workingContainer(p: Engine, term: string, verb: 'reading build container' | 'removing container' = 'reading build container'): Working {
  const host = hostOf(p);
  const state = podmanState(p).working;
  const name = Object.keys(state).find((n) => n === term || state[n]!.id === term || (term.length >= 3 && state[n]!.id.startsWith(term)));
  const w = name ? state[name] : undefined;
  const c = w ? host.containers[w.id] : undefined;
  if (!name || !w || !c) throw new CliError(`Error: ${verb} "${term}": container not known`, 125);
  return { name, container: c, image: w.image, changes: w.changes };
}

/** `ubuntu-working-container`, then `-1`, `-2`… when taken. */
export function workingName(p: Engine, image: string): string {
  const base = image === 'scratch' ? 'working-container' : `${image.replace(/[:@].*$/, '').split('/').pop()}-working-container`;
  const taken = (n: string) => podmanState(p).working[n] !== undefined || Object.values(hostOf(p).containers).some((c) => c.name === n);
  if (!taken(base)) return base;
  let i = 1;
  while (taken(`${base}-${i}`)) i++;
  return `${base}-${i}`;
}
