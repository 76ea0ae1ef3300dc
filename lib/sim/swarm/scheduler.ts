/**
 * The scheduler (swarmkit manager/scheduler): a task goes to a node that passes every filter
 * (ready and active, enough unreserved resources, constraints, free host-mode ports, max
 * replicas per node), spread over placement-preference label values, then the node with the
 * fewest tasks of the service, then the fewest tasks. When none fits, the task stays pending
 * with swarmkit's explanation (`no suitable node (insufficient resources on 3 nodes)`).
 */
import type { World } from '../core/world';
import { nodeMatches, parseConstraints, type Constraint } from './constraints';
import { hostByName, nodeReady } from './state';
import { TASK_ORDER, type ClusterRecord, type NodeRecord, type TaskRecord, type TaskSpec } from './types';

interface Filter {
  explain(n: number): string;
}

const FILTERS = {
  ready: { explain: (n: number) => (n === 1 ? '1 node not available for new tasks' : `${n} nodes not available for new tasks`) },
  resources: { explain: (n: number) => (n === 1 ? 'insufficient resources on 1 node' : `insufficient resources on ${n} nodes`) },
  constraints: { explain: (n: number) => (n === 1 ? 'scheduling constraints not satisfied on 1 node' : `scheduling constraints not satisfied on ${n} nodes`) },
  hostPort: { explain: (n: number) => (n === 1 ? 'host-mode port already in use on 1 node' : `host-mode port already in use on ${n} nodes`) },
  maxReplicas: { explain: () => 'max replicas per node limit exceed' },
} satisfies Record<string, Filter>;
type FilterName = keyof typeof FILTERS;
const ORDER: FilterName[] = ['ready', 'resources', 'constraints', 'hostPort', 'maxReplicas'];

/** A task holds its node's resources while it is meant to run and has not ended. */
export function isActive(t: TaskRecord): boolean {
  return TASK_ORDER[t.desiredState] <= TASK_ORDER.running && TASK_ORDER[t.status.state] <= TASK_ORDER.running;
}

export interface NodeLoad {
  node: NodeRecord;
  cpus: number;
  memory: number;
  tasks: number;
  byService: Record<string, number>;
  hostPorts: Set<string>;
}

/** Every node's capacity left and task counts, from the active tasks. */
export function nodeLoads(world: World, cluster: ClusterRecord): NodeLoad[] {
  const loads = new Map<string, NodeLoad>();
  for (const node of Object.values(cluster.nodes)) {
    if (node.left) continue;
    const info = hostByName(world, node.hostname)?.info;
    loads.set(node.id, { node, cpus: (info?.ncpu ?? 1) * 1e9, memory: info?.memTotal ?? 0, tasks: 0, byService: {}, hostPorts: new Set() });
  }
  for (const t of Object.values(cluster.tasks)) {
    const load = t.nodeId ? loads.get(t.nodeId) : undefined;
    if (!load || !isActive(t)) continue;
    reserve(load, t, cluster);
  }
  return [...loads.values()];
}

function reserve(load: NodeLoad, t: TaskRecord, cluster: ClusterRecord): void {
  const r = t.spec.Resources?.Reservations;
  load.cpus -= r?.NanoCPUs ?? 0;
  load.memory -= r?.MemoryBytes ?? 0;
  load.tasks++;
  load.byService[t.serviceId] = (load.byService[t.serviceId] ?? 0) + 1;
  for (const p of cluster.services[t.serviceId]?.spec.EndpointSpec?.Ports ?? []) {
    if (p.PublishMode === 'host' && p.PublishedPort) load.hostPorts.add(`${p.Protocol}/${p.PublishedPort}`);
  }
}

function firstFailure(world: World, cluster: ClusterRecord, load: NodeLoad, serviceId: string, spec: TaskSpec, constraints: Constraint[]): FilterName | null {
  const node = load.node;
  if (!nodeReady(world, cluster, node) || node.spec.Availability !== 'active') return 'ready';
  const r = spec.Resources?.Reservations;
  if ((r?.NanoCPUs ?? 0) > load.cpus || (r?.MemoryBytes ?? 0) > load.memory) return 'resources';
  if (!nodeMatches(constraints, { node, engineLabels: {} })) return 'constraints';
  const ports = cluster.services[serviceId]?.spec.EndpointSpec?.Ports ?? [];
  if (ports.some((p) => p.PublishMode === 'host' && p.PublishedPort && load.hostPorts.has(`${p.Protocol}/${p.PublishedPort}`))) return 'hostPort';
  const max = spec.Placement?.MaxReplicas ?? 0;
  if (max > 0 && (load.byService[serviceId] ?? 0) >= max) return 'maxReplicas';
  return null;
}

export type Placement = { ok: true; node: NodeRecord } | { ok: false; err: string };

/** Why no node fits: the failing filters, most failures first (`; ` between them). */
function explain(failures: Record<FilterName, number>): string {
  const used = ORDER.filter((f) => failures[f] > 0).sort((a, b) => failures[b] - failures[a]);
  const text = used.map((f) => FILTERS[f].explain(failures[f])).join('; ');
  return text ? `no suitable node (${text})` : 'no suitable node';
}

/** Spread preferences: keep the candidates whose label value has the fewest tasks of the service. */
function spread(candidates: NodeLoad[], prefs: readonly string[], serviceId: string, all: NodeLoad[]): NodeLoad[] {
  let pool = candidates;
  for (const pref of prefs) {
    const key = pref.replace(/^node\.labels\./i, '');
    const valueOf = (l: NodeLoad) => l.node.spec.Labels[key] ?? '';
    const count = new Map<string, number>();
    for (const l of all) count.set(valueOf(l), (count.get(valueOf(l)) ?? 0) + (l.byService[serviceId] ?? 0));
    const best = Math.min(...pool.map((l) => count.get(valueOf(l)) ?? 0));
    pool = pool.filter((l) => (count.get(valueOf(l)) ?? 0) === best);
  }
  return pool;
}

/** Pick a node for one task of `serviceId` and book it in `loads` (so a batch spreads out). */
export function placeTask(world: World, cluster: ClusterRecord, loads: NodeLoad[], serviceId: string, spec: TaskSpec, onlyNode?: string): Placement {
  let constraints: Constraint[];
  try {
    constraints = parseConstraints(spec.Placement?.Constraints ?? []);
  } catch {
    constraints = [];
  }
  const failures: Record<FilterName, number> = { ready: 0, resources: 0, constraints: 0, hostPort: 0, maxReplicas: 0 };
  const fit: NodeLoad[] = [];
  for (const load of loads) {
    if (onlyNode && load.node.id !== onlyNode) continue;
    const failed = firstFailure(world, cluster, load, serviceId, spec, constraints);
    if (failed) failures[failed]++;
    else fit.push(load);
  }
  if (fit.length === 0) return { ok: false, err: explain(failures) };
  const prefs = (spec.Placement?.Preferences ?? []).map((p) => p.Spread.SpreadDescriptor);
  const pool = prefs.length > 0 ? spread(fit, prefs, serviceId, loads) : fit;
  const best = pool.reduce((a, b) => {
    const sa = a.byService[serviceId] ?? 0;
    const sb = b.byService[serviceId] ?? 0;
    if (sa !== sb) return sa < sb ? a : b;
    return b.tasks < a.tasks ? b : a;
  });
  best.cpus -= spec.Resources?.Reservations?.NanoCPUs ?? 0;
  best.memory -= spec.Resources?.Reservations?.MemoryBytes ?? 0;
  best.tasks++;
  best.byService[serviceId] = (best.byService[serviceId] ?? 0) + 1;
  return { ok: true, node: best.node };
}

/** Nodes a global service runs on: ready, not drained, matching its constraints. */
export function globalNodes(world: World, cluster: ClusterRecord, spec: TaskSpec): NodeRecord[] {
  let constraints: Constraint[];
  try {
    constraints = parseConstraints(spec.Placement?.Constraints ?? []);
  } catch {
    constraints = [];
  }
  return Object.values(cluster.nodes).filter(
    (n) => !n.left && nodeReady(world, cluster, n) && n.spec.Availability !== 'drain' && nodeMatches(constraints, { node: n, engineLabels: {} }),
  );
}
