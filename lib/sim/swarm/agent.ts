/**
 * The node side (dockerd's swarm executor): an assigned task is prepared (image pulled, container
 * created: `No such image` rejects it), started once its desired state is running (and a restart
 * delay or the old task of a stop-first update allows), watched (exit → complete/failed with
 * `task: non-zero exit (N)`, unhealthy → failed), and stopped or removed when the manager says so.
 * Stopping sends the stop signal and kills after the grace period, without blocking the clock.
 */
import type { Engine, Runtime } from '../core/engine';
import type { World } from '../core/world';
import { killContainer } from '../containers/control';
import { removeContainer } from '../containers/manage';
import { startContainer } from '../containers/start';
import { pullImage } from '../images/pull';
import { hostByName, hostUp, membership } from './state';
import { createTaskContainer, nodeImage } from './task-container';
import { isTerminal, setStatus } from './tasks';
import { TASK_ORDER, type ClusterRecord, type TaskRecord } from './types';

const DEFAULT_GRACE_MS = 10_000;

/** The node's engine handle, when the node's machine is up and still a member of this cluster. */
export function agentEngine(world: World, rt: Runtime, cluster: ClusterRecord, t: TaskRecord): Engine | null {
  const node = t.nodeId ? cluster.nodes[t.nodeId] : undefined;
  const host = node && !node.left ? hostByName(world, node.hostname) : undefined;
  if (!host || !hostUp(host) || membership(host)?.clusterId !== cluster.id) return null;
  return { world, rt, host: host.name };
}

function containerOf(node: Engine, t: TaskRecord) {
  const id = t.status.containerId;
  return id ? node.world.hosts.find((h) => h.name === node.host)?.containers[id] : undefined;
}

const canStart = (cluster: ClusterRecord, t: TaskRecord, now: number) => {
  if (t.startAt !== undefined && t.startAt > now) return false;
  const prev = t.startAfter ? cluster.tasks[t.startAfter] : undefined;
  return !prev || TASK_ORDER[prev.status.state] > TASK_ORDER.running || TASK_ORDER[prev.status.state] < TASK_ORDER.assigned;
};

/** When this task needs the agent next: now, a later time, or null (nothing to do). */
export function agentDue(world: World, cluster: ClusterRecord, t: TaskRecord, node: Engine | null): number | null {
  const now = world.clock;
  if (!node || !t.nodeId) return null;
  const state = t.status.state;
  const c = containerOf(node, t);
  if (t.desiredState === 'remove') return now;
  if (TASK_ORDER[t.desiredState] > TASK_ORDER.running) {
    if (isTerminal(state)) return null;
    if (!c || !c.state.Running) return now;
    return t.killAt === undefined ? now : t.killAt;
  }
  if (state === 'assigned') return t.startAt !== undefined && t.startAt > now ? t.startAt : now;
  if (state === 'ready') {
    if (t.startAt !== undefined && t.startAt > now) return t.startAt;
    return canStart(cluster, t, now) ? now : null;
  }
  if (state === 'starting' || state === 'running') {
    if (!c || !c.state.Running) return now;
    const health = c.state.Health?.Status;
    if (health === 'unhealthy') return now;
    if (state === 'starting' && health !== 'starting') return now;
  }
  return null;
}

/** Do what is due for the task on its node; returns true when something changed. */
export function agentStep(cluster: ClusterRecord, t: TaskRecord, node: Engine): boolean {
  const now = node.world.clock;
  const c = containerOf(node, t);
  if (t.desiredState === 'remove') {
    if (c) removeContainer(node, c.id, { force: true });
    delete cluster.tasks[t.id];
    return true;
  }
  if (TASK_ORDER[t.desiredState] > TASK_ORDER.running) return stopStep(cluster, t, node, now);
  switch (t.status.state) {
    case 'assigned':
      if (t.startAt !== undefined && t.startAt > now) return false;
      return prepare(cluster, t, node, now);
    case 'ready':
      if (!canStart(cluster, t, now)) return false;
      t.desiredState = 'running';
      return start(cluster, t, node, now);
    case 'starting':
    case 'running':
      return observe(cluster, t, node, now);
    default:
      return false;
  }
}

function prepare(cluster: ClusterRecord, t: TaskRecord, node: Engine, now: number): boolean {
  setStatus(cluster, t, 'preparing', now, 'preparing');
  try {
    pullImage(node, nodeImage(t.spec.ContainerSpec.Image));
  } catch {
    // a failed pull is only logged: the image may exist locally (dockerd's executor)
  }
  try {
    const container = createTaskContainer(node, cluster, t);
    t.status.containerId = container.id;
    setStatus(cluster, t, 'ready', now, 'prepared');
  } catch (e) {
    setStatus(cluster, t, 'rejected', now, 'preparing', (e as Error).message);
  }
  return true;
}

function start(cluster: ClusterRecord, t: TaskRecord, node: Engine, now: number): boolean {
  const id = t.status.containerId;
  if (!id) {
    setStatus(cluster, t, 'rejected', now, 'starting', 'container not found');
    return true;
  }
  try {
    const r = startContainer(node, id);
    if (r.exited) return finish(cluster, t, now, r.exitCode);
  } catch (e) {
    setStatus(cluster, t, 'failed', now, 'starting', `starting container failed: ${(e as Error).message}`);
    return true;
  }
  const c = containerOf(node, t);
  const checking = c?.state.Health?.Status === 'starting';
  setStatus(cluster, t, checking ? 'starting' : 'running', now, checking ? 'starting' : 'started');
  return true;
}

function finish(cluster: ClusterRecord, t: TaskRecord, now: number, code: number, unhealthy = false): boolean {
  t.status.exitCode = code;
  if (unhealthy) setStatus(cluster, t, 'failed', now, 'started', 'task: non-zero exit (137): dockerexec: unhealthy container');
  else if (code === 0) setStatus(cluster, t, 'complete', now, 'finished');
  else setStatus(cluster, t, 'failed', now, 'started', `task: non-zero exit (${code})`);
  return true;
}

function observe(cluster: ClusterRecord, t: TaskRecord, node: Engine, now: number): boolean {
  const c = containerOf(node, t);
  if (!c) return finish(cluster, t, now, 137);
  if (!c.state.Running) return finish(cluster, t, now, c.state.ExitCode);
  const health = c.state.Health?.Status;
  if (health === 'unhealthy') {
    killContainer(node, c.id);
    return finish(cluster, t, now, 137, true);
  }
  if (t.status.state === 'starting' && health !== 'starting') {
    setStatus(cluster, t, 'running', now, 'started');
    return true;
  }
  return false;
}

function stopStep(cluster: ClusterRecord, t: TaskRecord, node: Engine, now: number): boolean {
  if (isTerminal(t.status.state)) return false;
  const c = containerOf(node, t);
  if (!c || !c.state.Running) {
    delete t.killAt;
    setStatus(cluster, t, 'shutdown', now, 'shutdown');
    return true;
  }
  if (t.killAt === undefined) {
    const grace = t.spec.ContainerSpec.StopGracePeriod;
    t.killAt = now + (grace === undefined ? DEFAULT_GRACE_MS : grace / 1e6);
    killContainer(node, c.id, t.spec.ContainerSpec.StopSignal || c.config.StopSignal || 'SIGTERM');
    if (!c.state.Running) {
      delete t.killAt;
      setStatus(cluster, t, 'shutdown', now, 'shutdown');
    }
    return true;
  }
  if (t.killAt <= now) {
    killContainer(node, c.id, 'SIGKILL');
    delete t.killAt;
    setStatus(cluster, t, 'shutdown', now, 'shutdown');
    return true;
  }
  return false;
}
