/**
 * The orchestrators (swarmkit's replicated, global and restart supervisor) and the scheduler pass,
 * written so the same walk answers "is there work?" (`apply = false`, for the tick hook's nextDue)
 * and does it (`apply = true`): slots filled up to the replica count (lowest free numbers) or
 * trimmed from the highest; ended tasks restarted after the restart delay as their restart policy
 * says; tasks on nodes that went down or were drained replaced elsewhere; global services given a
 * task on every eligible node; new tasks placed by the scheduler or left pending with its reason.
 */
import type { World } from '../core/world';
import { globalNodes, nodeLoads, placeTask } from './scheduler';
import { nodeReady } from './state';
import { activeSlots, isTerminal, newTask, serviceTasks, setStatus } from './tasks';
import type { ClusterRecord, NodeRecord, ServiceRecord, TaskRecord } from './types';

const DEFAULT_RESTART_DELAY_MS = 5000;

/** The node can keep this task: up, a member, and not drained. */
function nodeKeeps(world: World, cluster: ClusterRecord, nodeId: string | undefined): boolean {
  const node = nodeId ? cluster.nodes[nodeId] : undefined;
  return !!node && nodeReady(world, cluster, node) && node.spec.Availability !== 'drain';
}

/** What the restart policy says for a slot whose task ended: restart (when), or settle. */
function restartDecision(s: ServiceRecord, t: TaskRecord): { restart: boolean; startAt?: number } {
  const policy = s.spec.TaskTemplate.RestartPolicy;
  const condition = policy?.Condition ?? 'any';
  const failed = t.status.state !== 'complete' && t.status.state !== 'shutdown';
  if (condition === 'none' || (condition === 'on-failure' && !failed)) return { restart: false };
  if ((policy?.MaxAttempts ?? 0) > 0 && t.attempt + 1 > policy!.MaxAttempts) return { restart: false };
  const delay = policy?.Delay === undefined ? DEFAULT_RESTART_DELAY_MS : policy.Delay / 1e6;
  return { restart: true, startAt: t.status.timestamp + delay };
}

function slotNumbers(slots: Map<number | string, TaskRecord[]>): number[] {
  return [...slots.keys()].filter((k): k is number => typeof k === 'number').sort((a, b) => a - b);
}

/** Slots whose newest task ended for good (restart policy said no): they stay filled, as swarmkit's restart supervisor leaves them. */
function settledSlots(cluster: ClusterRecord, serviceId: string, active: Map<number | string, TaskRecord[]>): number[] {
  const newest = new Map<number, TaskRecord>();
  for (const t of serviceTasks(cluster, serviceId)) {
    if (t.slot === 0 || active.has(t.slot)) continue;
    const have = newest.get(t.slot);
    if (!have || t.createdAt > have.createdAt || (t.createdAt === have.createdAt && t.version > have.version)) newest.set(t.slot, t);
  }
  return [...newest.values()].filter((t) => t.settled && t.desiredState !== 'remove').map((t) => t.slot);
}

/** One service's orchestration; returns true when there was (or would be) work. */
function orchestrateService(world: World, cluster: ClusterRecord, s: ServiceRecord, apply: boolean, eligible: NodeRecord[] | null): boolean {
  let work = false;
  const slots = activeSlots(cluster, s.id);
  for (const [key, list] of slots) {
    const live = list.filter((t) => !isTerminal(t.status.state));
    const stranded = live.filter((t) => t.nodeId && !nodeKeeps(world, cluster, t.nodeId));
    const onEligible = typeof key === 'string' && eligible ? eligible.some((n) => n.id === key) : true;
    if (stranded.length > 0 || (!onEligible && live.length > 0)) {
      work = true;
      if (!apply) continue;
      for (const t of stranded) t.desiredState = 'shutdown';
      if (!onEligible) for (const t of live) t.desiredState = 'shutdown';
      if (onEligible && live.length === stranded.length) newTask(world, cluster, s, { slot: typeof key === 'number' ? key : 0, ...(typeof key === 'string' ? { nodeId: key } : {}) });
      continue;
    }
    if (live.length > 0 || list.some((t) => t.settled)) continue;
    const last = list.reduce((a, b) => (b.createdAt > a.createdAt || (b.createdAt === a.createdAt && b.version > a.version) ? b : a));
    work = true;
    if (!apply) continue;
    const d = restartDecision(s, last);
    if (!d.restart) {
      last.settled = true;
      last.desiredState = 'shutdown';
      continue;
    }
    for (const t of list) t.desiredState = 'shutdown';
    newTask(world, cluster, s, {
      slot: typeof key === 'number' ? key : 0,
      ...(typeof key === 'string' ? { nodeId: key } : {}),
      attempt: last.attempt + 1,
      ...(d.startAt !== undefined && d.startAt > world.clock ? { startAt: d.startAt } : {}),
    });
  }
  if (s.spec.Mode.Replicated) {
    const want = s.spec.Mode.Replicated.Replicas;
    const settled = settledSlots(cluster, s.id, slots);
    const used = [...new Set([...slotNumbers(slots), ...settled])].sort((a, b) => a - b);
    if (used.length < want) {
      work = true;
      if (apply) {
        let n = 1;
        for (let missing = want - used.length; missing > 0; n++) {
          if (used.includes(n)) continue;
          newTask(world, cluster, s, { slot: n });
          missing--;
        }
      }
    } else if (used.length > want) {
      work = true;
      if (apply) for (const n of used.slice(want)) for (const t of slots.get(n) ?? serviceTasks(cluster, s.id).filter((x) => x.slot === n)) t.desiredState = 'remove';
    }
  } else if (eligible) {
    for (const node of eligible) {
      if (slots.has(node.id)) continue;
      const ended = serviceTasks(cluster, s.id).some((t) => t.nodeId === node.id && t.settled);
      if (ended) continue;
      work = true;
      if (apply) newTask(world, cluster, s, { slot: 0, nodeId: node.id });
    }
  }
  return work;
}

/** Tasks of removed services whose node cannot remove them any more: forget them. */
function strandedRemovals(world: World, cluster: ClusterRecord, apply: boolean): boolean {
  let work = false;
  for (const t of Object.values(cluster.tasks)) {
    if (t.desiredState !== 'remove') continue;
    const node = t.nodeId ? cluster.nodes[t.nodeId] : undefined;
    if (node && nodeReady(world, cluster, node) && t.status.containerId) continue;
    work = true;
    if (apply) delete cluster.tasks[t.id];
  }
  return work;
}

/** The scheduler pass: new → pending → assigned (or pending with the reason no node fits). */
function schedule(world: World, cluster: ClusterRecord, apply: boolean): boolean {
  let work = false;
  const waiting = Object.values(cluster.tasks)
    .filter((t) => (t.status.state === 'new' || t.status.state === 'pending') && t.desiredState !== 'remove' && !isTerminal(t.desiredState))
    .sort((a, b) => a.createdAt - b.createdAt || a.slot - b.slot);
  if (waiting.length === 0) return false;
  if (!apply && waiting.some((t) => t.status.state === 'new')) return true;
  const loads = nodeLoads(world, cluster);
  for (const t of waiting) {
    const p = placeTask(world, cluster, loads, t.serviceId, t.spec, t.slot === 0 ? t.nodeId : undefined);
    if (t.status.state === 'new' || p.ok || t.status.err !== p.err) work = true;
    if (!apply) continue;
    if (p.ok) {
      t.nodeId = p.node.id;
      setStatus(cluster, t, 'assigned', world.clock, 'scheduler assigned task to node');
    } else if (t.status.state === 'new' || t.status.err !== p.err) {
      setStatus(cluster, t, 'pending', world.clock, 'pending task scheduling', p.err);
    }
  }
  return work;
}

/** Orchestrate every service and schedule what is new; `apply = false` only tells whether there is work. */
export function orchestrate(world: World, cluster: ClusterRecord, apply: boolean): boolean {
  let work = strandedRemovals(world, cluster, apply);
  for (const s of Object.values(cluster.services)) {
    const eligible = s.spec.Mode.Global ? globalNodes(world, cluster, s.spec.TaskTemplate) : null;
    if (orchestrateService(world, cluster, s, apply, eligible)) work = true;
    if (work && !apply) return true;
  }
  if (schedule(world, cluster, apply)) work = true;
  return work;
}
