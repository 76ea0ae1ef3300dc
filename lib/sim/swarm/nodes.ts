/**
 * Nodes through the control API: lookup (`self`, id, hostname, id prefix), status and manager
 * status (Leader / Reachable / Unreachable, a new leader elected while a quorum remains),
 * `node update` (availability, labels, role with swarmkit's last-manager guard), promote, demote,
 * and `node rm` (down nodes only unless forced; managers must be demoted first).
 */
import { clusterEvent, markNode, nodeUpdated } from './events';
import { hostOf, type Engine } from '../core/engine';
import { EngineError } from '../core/errors';
import { goMapOrder } from '../core/go-map';
import type { World } from '../core/world';
import { hasQuorum, hostByName, lookup, managers, membership, nodeReady, requireManager, rpcError, touch } from './state';
import type { Availability, ClusterRecord, NodeRecord, NodeRole } from './types';

export function findNode(eng: Engine, cluster: ClusterRecord, term: string): NodeRecord {
  if (term === 'self') {
    const m = membership(hostOf(eng));
    const self = m ? cluster.nodes[m.nodeId] : undefined;
    if (self) return self;
  }
  const live = Object.fromEntries(Object.entries(cluster.nodes));
  return lookup(live, term, (n) => n.hostname, 'node');
}

export function getNode(eng: Engine, term: string): NodeRecord {
  return findNode(eng, requireManager(eng), term);
}

export function listNodes(eng: Engine): NodeRecord[] {
  return Object.values(requireManager(eng).nodes);
}

/** The leader: the recorded one while it is up, else the first reachable manager (when a quorum is left). */
export function leaderOf(world: World, cluster: ClusterRecord): NodeRecord | null {
  const recorded = cluster.leaderId ? cluster.nodes[cluster.leaderId] : undefined;
  if (recorded && recorded.spec.Role === 'manager' && nodeReady(world, cluster, recorded)) return recorded;
  if (!hasQuorum(world, cluster)) return null;
  const next = managers(cluster).find((n) => nodeReady(world, cluster, n)) ?? null;
  if (next) cluster.leaderId = next.id;
  return next;
}

export function nodeState(world: World, cluster: ClusterRecord, n: NodeRecord): 'ready' | 'down' {
  return nodeReady(world, cluster, n) ? 'ready' : 'down';
}

/** `MANAGER STATUS`: '' for workers. */
export function managerStatus(world: World, cluster: ClusterRecord, n: NodeRecord): '' | 'Leader' | 'Reachable' | 'Unreachable' {
  if (n.spec.Role !== 'manager' || n.left) return '';
  if (!nodeReady(world, cluster, n)) return 'Unreachable';
  return leaderOf(world, cluster)?.id === n.id ? 'Leader' : 'Reachable';
}

export interface NodeChanges {
  availability?: Availability;
  role?: NodeRole;
  labelAdd?: Record<string, string>;
  labelRm?: string[];
}

function setRole(world: World, cluster: ClusterRecord, node: NodeRecord, role: NodeRole): void {
  if (node.spec.Role === role) return;
  if (role === 'worker') {
    const others = managers(cluster).filter((m) => m.id !== node.id);
    if (others.length === 0) throw rpcError('FailedPrecondition', 'attempting to demote the last manager of the swarm');
    const reachable = others.filter((m) => nodeReady(world, cluster, m)).length;
    if (reachable * 2 <= others.length) throw rpcError('FailedPrecondition', `can't remove member from the raft: this would result in a loss of quorum`);
    delete node.managerAddr;
    if (cluster.leaderId === node.id) cluster.leaderId = others.find((m) => nodeReady(world, cluster, m))?.id ?? null;
  } else node.managerAddr = `${node.addr}:2377`;
  node.spec.Role = role;
  const host = hostByName(world, node.hostname);
  const m = host ? membership(host) : null;
  if (m && m.nodeId === node.id) m.role = role;
}

export function updateNode(eng: Engine, term: string, c: NodeChanges): NodeRecord {
  const cluster = requireManager(eng);
  const node = findNode(eng, cluster, term);
  for (const k of c.labelRm ?? []) {
    if (!(k in node.spec.Labels)) throw new EngineError('invalidParameter', `key ${k} doesn't exist in node's labels`);
  }
  const before = markNode(node, nodeState(eng.world, cluster, node));
  if (c.role) setRole(eng.world, cluster, node, c.role);
  if (c.availability) node.spec.Availability = c.availability;
  node.spec.Labels = goMapOrder({ ...node.spec.Labels, ...(c.labelAdd ?? {}) });
  for (const k of c.labelRm ?? []) delete node.spec.Labels[k];
  touch(cluster, node, eng.world.clock);
  nodeUpdated(eng.world, cluster, node, before, nodeState(eng.world, cluster, node));
  return node;
}

/** `docker node rm [-f]`. */
export function removeNode(eng: Engine, term: string, force: boolean): NodeRecord {
  const cluster = requireManager(eng);
  const node = findNode(eng, cluster, term);
  if (node.spec.Role === 'manager' && !node.left) {
    throw rpcError('FailedPrecondition', `node ${node.id} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal`);
  }
  if (!force && nodeReady(eng.world, cluster, node)) {
    throw rpcError('FailedPrecondition', `node ${node.id} is not down and can't be removed`);
  }
  clusterEvent(eng.world, cluster, 'node', 'remove', node.id, { name: node.hostname });
  delete cluster.nodes[node.id];
  for (const t of Object.values(cluster.tasks)) if (t.nodeId === node.id && t.desiredState === 'running') t.desiredState = 'shutdown';
  const host = hostByName(eng.world, node.hostname);
  const m = host ? membership(host) : null;
  if (host && m?.nodeId === node.id) delete host.ext['swarm'];
  cluster.index++;
  return node;
}
