/**
 * Swarm events for `docker events` (scope "swarm"), as dockerd's cluster event watcher logs them on
 * every manager that is up: create / update / remove of services, nodes, secrets and configs, `name` always,
 * and on updates what changed — image.old/new, replicas.old/new, updatestate.old/new (lower case)
 * for services; availability, role, state old/new for nodes.
 */
import { emit, type EventType } from '../core/events';
import type { World } from '../core/world';
import { hostByName, hostUp } from './state';
import type { ClusterRecord, NodeRecord, ServiceRecord } from './types';

export function clusterEvent(world: World, cluster: ClusterRecord, type: EventType, action: 'create' | 'update' | 'remove', id: string, attributes: Record<string, string>): void {
  for (const n of Object.values(cluster.nodes)) {
    if (n.spec.Role !== 'manager' || n.left) continue;
    const host = hostByName(world, n.hostname);
    if (host && hostUp(host)) emit(world, host.name, type, action, id, { ...attributes }, 'swarm');
  }
}

export interface ServiceMark {
  image: string;
  replicas: number | null;
  updateState: string | null;
}

export const markService = (s: ServiceRecord): ServiceMark => ({
  image: s.spec.TaskTemplate.ContainerSpec.Image,
  replicas: s.spec.Mode.Replicated?.Replicas ?? null,
  updateState: s.updateStatus?.state ?? null,
});

/** A service was written: the update event with what changed since `before`. */
export function serviceUpdated(world: World, cluster: ClusterRecord, s: ServiceRecord, before: ServiceMark): void {
  const now = markService(s);
  const attrs: Record<string, string> = { name: s.spec.Name };
  if (now.image !== before.image) Object.assign(attrs, { 'image.old': before.image, 'image.new': now.image });
  if (now.replicas !== null && before.replicas !== null && now.replicas !== before.replicas) Object.assign(attrs, { 'replicas.old': String(before.replicas), 'replicas.new': String(now.replicas) });
  if (now.updateState !== null && before.updateState === null) attrs['updatestate.new'] = now.updateState;
  else if (now.updateState !== null && now.updateState !== before.updateState) Object.assign(attrs, { 'updatestate.old': before.updateState!, 'updatestate.new': now.updateState });
  clusterEvent(world, cluster, 'service', 'update', s.id, attrs);
}

export interface NodeMark {
  availability: string;
  role: string;
  state: string;
}

export const markNode = (n: NodeRecord, state: string): NodeMark => ({ availability: n.spec.Availability, role: n.spec.Role, state });

export function nodeUpdated(world: World, cluster: ClusterRecord, n: NodeRecord, before: NodeMark, state: string): void {
  const now = markNode(n, state);
  const attrs: Record<string, string> = { name: n.hostname };
  for (const k of ['availability', 'role', 'state'] as const) {
    if (now[k] !== before[k]) Object.assign(attrs, { [`${k}.old`]: before[k], [`${k}.new`]: now[k] });
  }
  clusterEvent(world, cluster, 'node', 'update', n.id, attrs);
}
