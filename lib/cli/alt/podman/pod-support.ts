/** Small helpers for pods: ids from the world's rng, and the infra (pause) image in Podman's store. */
import { newId } from '../../../sim/core/engine';
import { hostOf, tagImage, type Engine } from '../../../sim/index';
import { deleteRef } from '../../../sim/images/store';
import { parseReference } from '../../../sim/images/reference';
import { registerKubeBehaviours } from '../../../sim/k8s/behaviours';
import { ensurePause, PAUSE_REF } from '../../../sim/k8s/images';

export { hostOf, type Engine };

/** The local image Podman builds for infra containers (`podman images` lists it). */
export const INFRA_IMAGE = 'localhost/podman-pause:4.9.3-0';

export function newIdFor(p: Engine): string {
  return newId(p);
}

export function ensureInfraImage(p: Engine): void {
  registerKubeBehaviours();
  if (hostOf(p).refs[INFRA_IMAGE]) return;
  ensurePause(p);
  tagImage(p, PAUSE_REF, INFRA_IMAGE);
  deleteRef(p, parseReference(PAUSE_REF));
}
