/**
 * Tasks: creating one for a slot (or a node, for global services) with its network
 * attachments, the orchestrator's view of slots (active tasks, out-of-date ones), ending a task's
 * addresses, and the task reaper (task history retention limit).
 */
import type { World } from '../core/world';
import { allocAddress, findClusterNetwork, releaseAddress } from './overlay';
import { newSwarmId } from './ids';
import { newMeta } from './state';
import { TASK_ORDER, type ClusterRecord, type ServiceRecord, type TaskRecord, type TaskState } from './types';

export const isTerminal = (s: TaskState) => TASK_ORDER[s] > TASK_ORDER.running;

/** Meant to run (or to start soon): holds its slot. */
export const isActiveDesired = (t: TaskRecord) => TASK_ORDER[t.desiredState] <= TASK_ORDER.running;

export function specKeyOf(s: ServiceRecord['spec']): string {
  return JSON.stringify([s.TaskTemplate, s.EndpointSpec ?? null]);
}

/** The key of a slot: its number (replicated) or node id (global). */
export const slotKey = (t: TaskRecord): number | string => (t.slot > 0 ? t.slot : (t.nodeId ?? ''));

/** Ingress (when ports are published in ingress mode) and the service's networks, with addresses. */
function attachments(world: World, cluster: ClusterRecord, s: ServiceRecord): TaskRecord['networks'] {
  const out: TaskRecord['networks'] = [];
  const ingressPorts = (s.spec.EndpointSpec?.Ports ?? []).some((p) => p.PublishMode === 'ingress');
  if (ingressPorts) {
    const ingressId = Object.keys(cluster.networks).find((id) => findClusterNetwork(world, cluster, id)?.ingress);
    const addr = ingressId ? allocAddress(world, cluster, ingressId) : null;
    if (ingressId && addr) out.push({ networkId: ingressId, addr });
  }
  for (const n of s.spec.TaskTemplate.Networks ?? []) {
    const addr = allocAddress(world, cluster, n.Target);
    if (addr) out.push({ networkId: n.Target, addr });
  }
  return out;
}

export interface NewTaskOptions {
  slot: number;
  nodeId?: string;
  desired?: TaskState;
  startAt?: number;
  startAfter?: string;
  attempt?: number;
}

export function newTask(world: World, cluster: ClusterRecord, s: ServiceRecord, o: NewTaskOptions): TaskRecord {
  const now = world.clock;
  const id = newSwarmId(world.rng);
  const t: TaskRecord = {
    ...newMeta(cluster, id, now),
    serviceId: s.id,
    serviceName: s.spec.Name,
    slot: o.slot,
    ...(o.nodeId ? { nodeId: o.nodeId } : {}),
    spec: JSON.parse(JSON.stringify(s.spec.TaskTemplate)) as TaskRecord['spec'],
    specVersion: s.specVersion,
    specKey: s.specKey,
    desiredState: o.desired ?? 'running',
    status: { timestamp: now, state: 'new', message: 'created' },
    networks: attachments(world, cluster, s),
    attempt: o.attempt ?? 0,
    ...(o.startAt !== undefined ? { startAt: o.startAt } : {}),
    ...(o.startAfter ? { startAfter: o.startAfter } : {}),
  };
  cluster.tasks[id] = t;
  return t;
}

/** A task reached a terminal state: its overlay addresses go back to the pool. */
export function releaseTaskAddresses(cluster: ClusterRecord, t: TaskRecord): void {
  for (const a of t.networks) releaseAddress(cluster, a.networkId, a.addr);
}

export function setStatus(cluster: ClusterRecord, t: TaskRecord, state: TaskState, now: number, message: string, err?: string): void {
  const wasTerminal = isTerminal(t.status.state);
  t.status = { ...t.status, timestamp: now, state, message, ...(err !== undefined ? { err } : {}) };
  if (err === undefined) delete t.status.err;
  if (!wasTerminal && isTerminal(state)) releaseTaskAddresses(cluster, t);
  cluster.index++;
  t.version = cluster.index;
  t.updatedAt = now;
}

export function serviceTasks(cluster: ClusterRecord, serviceId: string): TaskRecord[] {
  return Object.values(cluster.tasks).filter((t) => t.serviceId === serviceId);
}

/** Active tasks of a service grouped by slot key. */
export function activeSlots(cluster: ClusterRecord, serviceId: string): Map<number | string, TaskRecord[]> {
  const slots = new Map<number | string, TaskRecord[]>();
  for (const t of serviceTasks(cluster, serviceId)) {
    if (!isActiveDesired(t)) continue;
    const k = slotKey(t);
    const list = slots.get(k);
    if (list) list.push(t);
    else slots.set(k, [t]);
  }
  return slots;
}

/** Slots whose tasks run an older spec (or hold more than one task): what a rolling update replaces. */
export function dirtySlots(cluster: ClusterRecord, s: ServiceRecord): Array<number | string> {
  const out: Array<number | string> = [];
  for (const [k, list] of activeSlots(cluster, s.id)) {
    if (list.length > 1 || list.some((t) => t.specKey !== s.specKey)) out.push(k);
  }
  return out.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));
}

/**
 * Keep at most `limit` tasks per slot: delete the oldest ended ones (their containers are removed
 * by the caller through `onDelete`).
 */
export function reapHistory(cluster: ClusterRecord, limit: number, onDelete: (t: TaskRecord) => void): boolean {
  if (limit < 0) return false;
  const bySlot = new Map<string, TaskRecord[]>();
  for (const t of Object.values(cluster.tasks)) {
    const k = `${t.serviceId}/${slotKey(t)}`;
    const list = bySlot.get(k);
    if (list) list.push(t);
    else bySlot.set(k, [t]);
  }
  let changed = false;
  for (const list of bySlot.values()) {
    if (list.length <= Math.max(limit, 1)) continue;
    const old = list.filter((t) => !isActiveDesired(t) && isTerminal(t.status.state)).sort((a, b) => a.createdAt - b.createdAt || a.version - b.version);
    let extra = list.length - Math.max(limit, 1);
    for (const t of old) {
      if (extra-- <= 0) break;
      onDelete(t);
      delete cluster.tasks[t.id];
      changed = true;
    }
  }
  return changed;
}
