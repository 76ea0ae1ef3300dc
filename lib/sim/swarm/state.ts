/**
 * Finding swarm state from an engine handle: the clusters in the world, the host's membership,
 * the manager checks every control-API call makes (with dockerd's and swarmkit's exact errors),
 * and the raft index that stamps object versions.
 */
import { hostOf, type Engine } from '../core/engine';
import { EngineError } from '../core/errors';
import type { HostState, World } from '../core/world';
import type { ClusterRecord, LabHostExt, NodeRecord, ObjectMeta, SwarmHostExt, SwarmWorldExt } from './types';

export const NOT_IN_SWARM =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';
export const WORKER_NOT_MANAGER =
  "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.";
export const ALREADY_IN_SWARM = 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.';
export const SWARM_LOCKED = 'Swarm is encrypted and needs to be unlocked before it can be used. Please use "docker swarm unlock" to unlock it.';
export const NO_LEADER =
  "rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online.";

/** Unavailable (503) like dockerd's notAvailableError. */
export const unavailableError = (message: string) => new EngineError('unavailable', message);

/** A gRPC status from swarmkit, as dockerd passes it on. */
export function rpcError(code: 'InvalidArgument' | 'NotFound' | 'FailedPrecondition' | 'AlreadyExists' | 'Unknown' | 'Internal', desc: string): EngineError {
  const kind = code === 'NotFound' ? 'notFound' : code === 'AlreadyExists' ? 'conflict' : code === 'InvalidArgument' ? 'invalidParameter' : 'system';
  return new EngineError(kind, `rpc error: code = ${code} desc = ${desc}`);
}

export function swarmWorld(world: World): SwarmWorldExt {
  const ext = (world.ext ??= {});
  return ((ext['swarm'] as SwarmWorldExt | undefined) ??= { clusters: {} });
}

/** The world's clusters, or null when no swarm ever existed (cheap check for hot paths). */
export function clustersOf(world: World): Record<string, ClusterRecord> | null {
  const ext = world.ext?.['swarm'] as SwarmWorldExt | undefined;
  return ext && Object.keys(ext.clusters).length > 0 ? ext.clusters : null;
}

export function membership(host: HostState): SwarmHostExt | null {
  const ext = host.ext['swarm'] as SwarmHostExt | undefined;
  return ext?.role ? ext : null;
}

export function labOf(host: HostState): LabHostExt | null {
  return (host.ext['swarmLab'] as LabHostExt | undefined) ?? null;
}

/** The machine is powered on (the learner's host always is). */
export function hostUp(host: HostState): boolean {
  return !labOf(host)?.off;
}

export function clusterOfHost(world: World, host: HostState): ClusterRecord | null {
  const m = membership(host);
  return m ? (swarmWorld(world).clusters[m.clusterId] ?? null) : null;
}

export function hostByName(world: World, name: string): HostState | undefined {
  return world.hosts.find((h) => h.name === name);
}

export function nodeOfHost(cluster: ClusterRecord, host: HostState): NodeRecord | undefined {
  const m = membership(host);
  return m ? cluster.nodes[m.nodeId] : undefined;
}

/** Node status: down when its machine is off, it left, its engine is not in this cluster any more, or it waits to be unlocked. */
export function nodeReady(world: World, cluster: ClusterRecord, node: NodeRecord): boolean {
  if (node.left) return false;
  const host = hostByName(world, node.hostname);
  const m = host ? membership(host) : null;
  return !!host && hostUp(host) && m?.clusterId === cluster.id && m.nodeId === node.id && !m.locked;
}

export function managers(cluster: ClusterRecord): NodeRecord[] {
  return Object.values(cluster.nodes).filter((n) => n.spec.Role === 'manager' && !n.left);
}

/** Raft: more than half of the managers must be reachable for the cluster to have a leader. */
export function hasQuorum(world: World, cluster: ClusterRecord): boolean {
  const all = managers(cluster);
  const up = all.filter((n) => nodeReady(world, cluster, n)).length;
  return up * 2 > all.length;
}

/** The cluster this engine may act on as a manager, or dockerd's error for why not. */
export function requireManager(eng: Engine): ClusterRecord {
  const host = hostOf(eng);
  const m = membership(host);
  if (!m) throw unavailableError(NOT_IN_SWARM);
  if (m.locked) throw unavailableError(SWARM_LOCKED);
  const cluster = swarmWorld(eng.world).clusters[m.clusterId];
  if (!cluster) throw unavailableError(NOT_IN_SWARM);
  if (m.role !== 'manager') throw unavailableError(WORKER_NOT_MANAGER);
  if (!hasQuorum(eng.world, cluster)) throw new EngineError('unknown', NO_LEADER);
  return cluster;
}

/** Stamp a write: bump the raft index, set the object's version and update time. */
export function touch(cluster: ClusterRecord, obj: ObjectMeta, now: number): void {
  cluster.index++;
  obj.version = cluster.index;
  obj.updatedAt = now;
}

/** A fresh object's meta at the next raft index. */
export function newMeta(cluster: ClusterRecord, id: string, now: number): ObjectMeta {
  cluster.index++;
  return { id, version: cluster.index, createdAt: now, updatedAt: now };
}

/**
 * Find by full id, then exact name, then unique id prefix, like dockerd's helpers.go; `what` is the
 * object kind in its messages (`service x not found`, `node x is ambiguous (2 matches found)`).
 */
export function lookup<T extends ObjectMeta>(items: Record<string, T>, term: string, nameOf: (t: T) => string, what: string): T {
  const byId = items[term];
  if (byId) return byId;
  const all = Object.values(items);
  const byName = all.filter((t) => nameOf(t) === term);
  const found = byName.length > 0 ? byName : term === '' ? [] : all.filter((t) => t.id.startsWith(term));
  if (found.length === 0) throw new EngineError('notFound', `${what} ${term} not found`);
  if (found.length > 1) throw new EngineError('invalidParameter', `${what} ${term} is ambiguous (${found.length} matches found)`);
  return found[0]!;
}
