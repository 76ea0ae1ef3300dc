/**
 * Swarm objects for `docker inspect` (docker/cli's system/inspect.go): with `--type` one of
 * service, task, node, secret, config is asked of the daemon (its errors as they are: not a
 * manager, `service x not found`…); without a type they are tried after containers, images,
 * networks and volumes — service, task, node, then secret, config — and only on a manager (the
 * client asks Info for ControlAvailable first); a not-found there moves on to the next type.
 */
import { isEngineError, settle, type Engine } from '../../../sim/index';
import { configJson, nodeJson, secretJson, serviceJson, taskJson } from '../../../sim/swarm/api';
import { containerName, findNode, findService, findSwarmObject, membership, requireManager } from '../../../sim/swarm/index';
import { lookup } from '../../../sim/swarm/state';
import { hostOf } from '../../../sim/core/engine';
import type { InspectItem } from '../../format/inspect';
import { DAEMON_PREFIX } from '../env';

export const SWARM_INSPECT_TYPES = ['service', 'task', 'node', 'secret', 'config'] as const;
export type SwarmInspectType = (typeof SWARM_INSPECT_TYPES)[number];

function lookupJson(eng: Engine, ref: string, type: SwarmInspectType): unknown {
  const cluster = requireManager(eng);
  switch (type) {
    case 'service':
      return serviceJson(findService(cluster, ref));
    case 'task':
      return taskJson(lookup(cluster.tasks, ref, containerName, 'task'));
    case 'node':
      return nodeJson(eng.world, cluster, findNode(eng, cluster, ref));
    case 'secret':
      return secretJson(findSwarmObject(eng, 'secret', ref) as Parameters<typeof secretJson>[0]);
    case 'config':
      return configJson(findSwarmObject(eng, 'config', ref) as Parameters<typeof configJson>[0]);
  }
}

/** `docker inspect --type <swarm type> ref`: the object, or the daemon's error. */
export function swarmInspectItem(eng: Engine, ref: string, type: SwarmInspectType): InspectItem {
  settle(eng);
  try {
    return { value: lookupJson(eng, ref, type) };
  } catch (e) {
    if (!isEngineError(e)) throw e;
    return { error: DAEMON_PREFIX + e.message };
  }
}

/** Autodetect (no --type): the first swarm object `ref` names, its type, or null (not a manager / not found). */
export function detectSwarmObject(eng: Engine, ref: string): { type: SwarmInspectType; item: InspectItem } | null {
  const m = membership(hostOf(eng));
  if (m?.role !== 'manager' || m.locked) return null;
  settle(eng);
  for (const type of SWARM_INSPECT_TYPES) {
    try {
      return { type, item: { value: lookupJson(eng, ref, type) } };
    } catch (e) {
      if (!isEngineError(e)) throw e;
      if (e.kind === 'notFound') continue;
      return { type, item: { error: DAEMON_PREFIX + e.message } };
    }
  }
  return null;
}
