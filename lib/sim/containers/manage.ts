/** docker rm, rename, prune, update and wait. */
import { advance } from '../core/clock';
import { hostOf, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { conflict, EngineError, invalid } from '../core/errors';
import { layerSize } from '../fs/overlay-data';
import { matchLabels } from '../networks/manage';
import { killContainer } from './control';
import { validateHostConfig } from './create';
import { destroyContainer } from './destroy';
import { requireContainer, reserveName, VALID_CONTAINER_NAME } from './names';
import type { ContainerRecord, HostConfig } from './types';

export function removeContainer(eng: Engine, term: string, o: { force?: boolean; volumes?: boolean } = {}): ContainerRecord {
  const c = requireContainer(eng, term);
  if (c.state.Running) {
    if (!o.force) {
      const why = c.state.Paused ? 'container is paused and must be unpaused first' : `container is ${c.state.Restarting ? 'restarting' : 'running'}: stop the container before removing or force remove`;
      throw conflict(`cannot remove container "${term}": ${why}`);
    }
    if (c.state.Restarting) Object.assign(c.state, { Running: false, Restarting: false, Status: 'exited' as const });
    else killContainer(eng, c.id);
  }
  if (hostOf(eng).containers[c.id]) destroyContainer(eng, c, o.volumes ?? false);
  return c;
}

export function renameContainer(eng: Engine, oldName: string, newName: string): ContainerRecord {
  if (oldName === '' || newName === '') throw invalid('Neither old nor new names may be empty');
  const c = requireContainer(eng, oldName);
  const wanted = newName.startsWith('/') ? newName : '/' + newName;
  if (`/${c.name}` === wanted) throw invalid('Renaming a container with the same name as its current name');
  if (!VALID_CONTAINER_NAME.test(wanted)) throw invalid(`Invalid container name (${wanted}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  const clean = reserveName(hostOf(eng), wanted);
  const old = c.name;
  c.name = clean;
  for (const ep of Object.values(c.networks)) if (ep.dnsNames.length > 0) ep.dnsNames[0] = clean;
  emit(eng.world, eng.host, 'container', 'rename', c.id, { image: c.config.Image, name: clean, oldName: `/${old}` });
  return c;
}

export interface PruneResult {
  removed: string[];
  reclaimed: number;
}

/** docker container prune: stopped containers (filters: until=<ms>, label=…). */
export function pruneContainers(eng: Engine, f: { until?: number; labels?: string[] } = {}): PruneResult {
  const out: PruneResult = { removed: [], reclaimed: 0 };
  for (const c of Object.values(hostOf(eng).containers)) {
    if (c.state.Running) continue;
    if (f.until !== undefined && c.created >= f.until) continue;
    if (f.labels && !matchLabels(c.config.Labels, f.labels)) continue;
    out.reclaimed += layerSize(c.upper);
    destroyContainer(eng, c, false);
    out.removed.push(c.id);
  }
  return out;
}

export type UpdateFields = Partial<Pick<HostConfig, 'CpuShares' | 'Memory' | 'MemoryReservation' | 'MemorySwap' | 'NanoCpus' | 'CpuPeriod' | 'CpuQuota' | 'CpusetCpus' | 'CpusetMems' | 'BlkioWeight' | 'PidsLimit' | 'RestartPolicy'>>;

/** docker update: resource limits and restart policy; returns the daemon's warnings. */
export function updateContainer(eng: Engine, term: string, u: UpdateFields): string[] {
  const c = requireContainer(eng, term);
  if (u.RestartPolicy && c.hostConfig.AutoRemove && u.RestartPolicy.Name !== 'no') throw invalid('Restart policy cannot be updated because AutoRemove is enabled for the container');
  if (u.Memory && !u.MemorySwap && c.hostConfig.MemorySwap > 0 && u.Memory > c.hostConfig.MemorySwap) {
    throw invalid('Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time');
  }
  const next: HostConfig = { ...c.hostConfig, ...u };
  if (u.Memory && !u.MemorySwap && c.hostConfig.MemorySwap === 0) next.MemorySwap = 0;
  try {
    validateHostConfig(eng, next);
  } catch (e) {
    if (e instanceof EngineError) throw new EngineError(e.kind, `Cannot update container ${c.id}: ${e.message}`);
    throw e;
  }
  c.hostConfig = next;
  emit(eng.world, eng.host, 'container', 'update', c.id, { image: c.config.Image, name: c.name });
  return [];
}

export type WaitOutcome = { exitCode: number } | { blocked: true };

/** docker wait: lets simulated time run until the container stops (or reports that it never will). */
export function waitContainer(eng: Engine, term: string, maxMs = 24 * 3600 * 1000): WaitOutcome {
  const c = requireContainer(eng, term);
  if (!c.state.Running || c.state.Restarting) return { exitCode: c.state.ExitCode };
  const ends = [c.proc?.exitAt, c.proc?.oomAt].filter((t): t is number => typeof t === 'number');
  const exitAt = ends.length > 0 ? Math.min(...ends) : null;
  if (exitAt === null || exitAt - eng.world.clock > maxMs) return { blocked: true };
  const started = c.state.StartedAt;
  advance(eng, exitAt - eng.world.clock);
  const now = hostOf(eng).containers[c.id];
  if (!now) return { exitCode: c.state.ExitCode };
  if (now.state.Running && !now.state.Restarting && now.state.StartedAt === started) return { blocked: true };
  return { exitCode: now.state.ExitCode };
}
