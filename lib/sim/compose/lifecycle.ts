/**
 * Acting on a project's existing containers (compose's stop, kill, pause, unpause, restart,
 * remove, down): services in reverse dependency order for stopping (dependencies order for
 * restarting), one progress event per container (`Stopping` → `Stopped`…), and for `down` the
 * project networks, then with `-v` its volumes, with `--rmi` its images.
 */
import {
  EngineError,
  hostOf,
  killContainer,
  pauseContainer,
  removeContainer,
  removeImage,
  removeNetwork,
  removeVolume,
  restartContainer,
  stopContainer,
  unpauseContainer,
  type ContainerRecord,
  type Engine,
} from '../index';
import { orphans, progressName, stopAndRemove } from './converge';
import { serviceImage } from './convert';
import type { Warn } from './errors';
import { dependencyOrder, reverseDependencyOrder } from './graph';
import { NETWORK_LABEL, PROJECT_LABEL } from './labels';
import { projectContainers, serviceOf, sortedByName } from './observe';
import { COST, type Progress } from './progress';
import type { ComposeProject } from './project';
import { isMap } from './tree-path';

/** The project's containers of `services` (all when empty), grouped in the given service order. */
function inOrder(eng: Engine, p: ComposeProject, order: readonly string[], services: readonly string[], oneOff: 'exclude' | 'include' = 'exclude'): ContainerRecord[] {
  const cs = projectContainers(eng, p.name, oneOff, services);
  const out: ContainerRecord[] = [];
  // only the project's enabled services: containers of inactive profiles and orphans stay
  for (const s of order) out.push(...sortedByName(cs.filter((c) => serviceOf(c) === s)));
  return out;
}

export function stopServices(eng: Engine, p: ComposeProject, services: readonly string[], progress: Progress, timeout?: number): void {
  for (const c of inOrder(eng, p, reverseDependencyOrder(p), services)) {
    const id = progressName(c);
    progress.working(id, 'Stopping');
    progress.spend(COST.stop);
    if (c.state.Running) stopContainer(eng, c.id, timeout !== undefined ? { timeout } : {});
    progress.done(id, 'Stopped');
  }
}

export function killServices(eng: Engine, p: ComposeProject, services: readonly string[], signal: string, all: boolean, progress: Progress): void {
  for (const c of inOrder(eng, p, reverseDependencyOrder(p), services)) {
    if (!all && !c.state.Running) continue;
    const id = progressName(c);
    progress.working(id, 'Killing');
    progress.spend(COST.kill);
    try {
      killContainer(eng, c.id, signal);
    } catch (e) {
      progress.error(id, 'Error while Killing');
      throw e;
    }
    progress.done(id, 'Killed');
  }
}

export function pauseServices(eng: Engine, p: ComposeProject, services: readonly string[], pause: boolean, progress: Progress): void {
  for (const c of inOrder(eng, p, dependencyOrder(p), services)) {
    const id = progressName(c);
    progress.spend(COST.pause);
    if (pause) pauseContainer(eng, c.id);
    else unpauseContainer(eng, c.id);
    progress.done(id, pause ? 'Paused' : 'Unpaused');
  }
}

export function restartServices(eng: Engine, p: ComposeProject, services: readonly string[], progress: Progress, timeout?: number): void {
  for (const c of inOrder(eng, p, dependencyOrder(p), services)) {
    const id = progressName(c);
    progress.working(id, 'Restarting');
    progress.spend(COST.stop + COST.start);
    restartContainer(eng, c.id, timeout !== undefined ? { timeout } : {});
    progress.done(id, 'Started');
  }
}

/** Stopped containers `rm` would remove (all with --stop). */
export function removableContainers(eng: Engine, p: ComposeProject, services: readonly string[]): ContainerRecord[] {
  const names = services.length > 0 ? services : Object.keys(p.services);
  return sortedByName(projectContainers(eng, p.name, 'exclude', names).filter((c) => !c.state.Running));
}

export function removeContainers(eng: Engine, cs: readonly ContainerRecord[], volumes: boolean, progress: Progress): void {
  for (const c of cs) {
    const id = progressName(c);
    progress.working(id, 'Removing');
    progress.spend(COST.remove);
    removeContainer(eng, c.id, { force: true, volumes });
    progress.done(id, 'Removed');
  }
}

export interface DownOptions {
  services: readonly string[];
  removeOrphans: boolean;
  volumes: boolean;
  /** `--rmi local|all`, or ''. */
  images: string;
  timeout?: number;
}

function removeProjectNetworks(eng: Engine, p: ComposeProject, progress: Progress): number {
  let ops = 0;
  for (const [key, n] of Object.entries(p.networks)) {
    if (n.external === true) continue;
    const name = String(n.name ?? `${p.name}_${key}`);
    const net = Object.values(hostOf(eng).networks).find((x) => x.name === name && x.labels[PROJECT_LABEL] === p.name && x.labels[NETWORK_LABEL] === key);
    if (!net) continue;
    ops++;
    const id = `Network ${name}`;
    progress.working(id, 'Removing');
    progress.spend(COST.network);
    const inUse = Object.values(hostOf(eng).containers).some((c) => net.name in c.networks);
    if (inUse) {
      progress.event(id, 'warning', 'Resource is still in use');
      continue;
    }
    removeNetwork(eng, net.id);
    progress.done(id, 'Removed');
  }
  return ops;
}

function removeProjectVolumes(eng: Engine, p: ComposeProject, progress: Progress): number {
  let ops = 0;
  for (const [key, v] of Object.entries(p.volumes)) {
    if (v.external === true) continue;
    const name = String(v.name ?? `${p.name}_${key}`);
    if (!hostOf(eng).volumes[name]) continue;
    ops++;
    const id = `Volume ${name}`;
    progress.working(id, 'Removing');
    progress.spend(COST.volume);
    try {
      removeVolume(eng, name, true);
      progress.done(id, 'Removed');
    } catch (e) {
      if (e instanceof EngineError && e.kind === 'conflict') progress.event(id, 'warning', 'Resource is still in use');
      else throw e;
    }
  }
  return ops;
}

function removeProjectImages(eng: Engine, p: ComposeProject, mode: string, progress: Progress): number {
  let ops = 0;
  for (const [name, s] of Object.entries(p.services)) {
    const built = isMap(s.build);
    if (mode === 'local' && !(built && typeof s.image !== 'string')) continue;
    const image = serviceImage(p.name, name, s);
    const id = `Image ${image}`;
    ops++;
    progress.working(id, 'Removing');
    try {
      removeImage(eng, image, {});
      progress.done(id, 'Removed');
    } catch (e) {
      if (e instanceof EngineError && e.kind === 'conflict') progress.event(id, 'warning', 'Resource is still in use');
      else if (e instanceof EngineError && e.kind === 'notFound') progress.done(id, 'Warning: No resource found to remove');
      else throw e;
    }
  }
  return ops;
}

export function downProject(eng: Engine, p: ComposeProject, o: DownOptions, progress: Progress, warn: Warn): void {
  const containers = inOrder(eng, p, reverseDependencyOrder(p), o.services, 'include');
  for (const c of containers) stopAndRemove(eng, c, progress, o.timeout, o.volumes);
  if (o.removeOrphans) for (const c of sortedByName(orphans(eng, p))) stopAndRemove(eng, c, progress, o.timeout);
  let ops = removeProjectNetworks(eng, p, progress);
  if (o.images !== '') ops += removeProjectImages(eng, p, o.images, progress);
  if (o.volumes) ops += removeProjectVolumes(eng, p, progress);
  if (containers.length === 0 && ops === 0) warn(`Warning: No resource found to remove for project ${JSON.stringify(p.name)}.`);
}
