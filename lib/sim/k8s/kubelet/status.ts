/**
 * Writing a pod's status as the kubelet reports it: container states (waiting / running /
 * terminated, with the previous termination in lastState), conditions in the API's order, the
 * phase, and the QoS class.
 */
import { touch } from '../store';
import type { Ctx } from '../state';
import { rfc3339 } from '../time';
import type { ContainerState, ContainerStatus, Pod, PodCondition } from '../types';

const CONDITION_ORDER = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'];

export function setCondition(ctx: Ctx, pod: Pod, type: string, status: 'True' | 'False', reason?: string, message?: string): void {
  const list = (pod.status.conditions ??= []);
  const now = rfc3339(ctx.now());
  const existing = list.find((c) => c.type === type);
  if (existing) {
    if (existing.status !== status) existing.lastTransitionTime = now;
    existing.status = status;
    if (reason) existing.reason = reason;
    else delete existing.reason;
    if (message) existing.message = message;
    else delete existing.message;
  } else {
    const c: PodCondition = { type, status, lastProbeTime: null, lastTransitionTime: now, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
    list.push(c);
  }
  list.sort((a, b) => CONDITION_ORDER.indexOf(a.type) - CONDITION_ORDER.indexOf(b.type));
}

export function conditionTrue(pod: Pod, type: string): boolean {
  return pod.status.conditions?.some((c) => c.type === type && c.status === 'True') ?? false;
}

export function statusOf(pod: Pod, name: string): ContainerStatus {
  const list = (pod.status.containerStatuses ??= pod.spec.containers.map((c) => ({
    name: c.name,
    image: c.image,
    imageID: '',
    ready: false,
    started: false,
    restartCount: 0,
    state: { waiting: { reason: 'ContainerCreating' } },
    lastState: {},
  })));
  return list.find((s) => s.name === name)!;
}

export function setWaiting(pod: Pod, name: string, reason: string, message?: string): void {
  const s = statusOf(pod, name);
  s.state = { waiting: { reason, ...(message ? { message } : {}) } };
  s.ready = false;
  s.started = false;
}

export function setRunning(ctx: Ctx, pod: Pod, name: string, containerId: string, imageId: string, ready: boolean): void {
  const s = statusOf(pod, name);
  s.state = { running: { startedAt: rfc3339(ctx.now()) } };
  s.containerID = `docker://${containerId}`;
  s.imageID = imageId;
  s.started = true;
  s.ready = ready;
}

/** A container ended: `reason` Completed / Error / OOMKilled / StartError. */
export function setTerminated(ctx: Ctx, pod: Pod, name: string, exitCode: number, reason: string, startedAt: number | null, message?: string): void {
  const s = statusOf(pod, name);
  const started = startedAt !== null ? rfc3339(startedAt) : rfc3339(ctx.now());
  const terminated: ContainerState = { terminated: { exitCode, reason, startedAt: started, finishedAt: rfc3339(ctx.now()), ...(message ? { message } : {}) } };
  s.state = terminated;
  s.ready = false;
  s.started = false;
}

/** Move the current termination to lastState (before a restart). */
export function rememberTermination(pod: Pod, name: string): void {
  const s = statusOf(pod, name);
  if (s.state.terminated) s.lastState = { terminated: s.state.terminated };
}

/** Ready / ContainersReady from the container statuses; phase Running once every container started. */
export function refreshReadiness(ctx: Ctx, pod: Pod): void {
  const statuses = pod.status.containerStatuses ?? [];
  const unready = statuses.filter((s) => !s.ready).map((s) => s.name);
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
    setCondition(ctx, pod, 'Ready', 'False', 'PodCompleted');
    setCondition(ctx, pod, 'ContainersReady', 'False', 'PodCompleted');
  } else if (unready.length === 0 && statuses.length > 0) {
    setCondition(ctx, pod, 'Ready', 'True');
    setCondition(ctx, pod, 'ContainersReady', 'True');
  } else {
    const msg = `containers with unready status: [${unready.join(' ')}]`;
    setCondition(ctx, pod, 'Ready', 'False', 'ContainersNotReady', msg);
    setCondition(ctx, pod, 'ContainersReady', 'False', 'ContainersNotReady', msg);
  }
  touch(ctx, pod);
}

/** Guaranteed when every container has equal cpu and memory requests and limits, BestEffort when none. */
export function qosClass(pod: Pod): string {
  const cs = pod.spec.containers;
  const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length + Object.keys(c.resources?.limits ?? {}).length > 0);
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) => {
    const l = c.resources?.limits ?? {};
    const r = { ...l, ...(c.resources?.requests ?? {}) };
    return l['cpu'] !== undefined && l['memory'] !== undefined && r['cpu'] === l['cpu'] && r['memory'] === l['memory'];
  });
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
