/**
 * Containers that end: restartPolicy Always (or OnFailure on an error) restarts them, the first time
 * after a second, then with CrashLoopBackOff waits of 10s, 20s, 40s… up to 5m; Never leaves the pod
 * Succeeded or Failed. RESTARTS counts the restarts.
 */
import { KUBELET, recordEvent } from '../events';
import type { Ctx, PodRuntime } from '../state';
import { goDuration } from '../time';
import type { Pod } from '../types';
import { nextBackoff } from './pull';
import { engineContainer, startContainer } from './runtime';
import { refreshReadiness, rememberTermination, setRunning, setTerminated, setWaiting, statusOf } from './status';
import { scheduleProbes } from './probes';
import { fieldPath } from './pull';

function restarts(pod: Pod, exitCode: number): boolean {
  const policy = pod.spec.restartPolicy ?? 'Always';
  return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
}

/** A container just ended (its status already says terminated): restart it later or finish the pod. */
export function crashed(ctx: Ctx, pod: Pod, rt: PodRuntime, name: string): void {
  const term = statusOf(pod, name).state.terminated;
  const code = term?.exitCode ?? 0;
  if (restarts(pod, code)) {
    const wait = rt.backoff[name] ?? 0;
    rt.restartAt[name] = ctx.now() + (wait === 0 ? 1000 : wait);
    if (wait > 0) {
      rememberTermination(pod, name);
      setWaiting(pod, name, 'CrashLoopBackOff', `back-off ${goDuration(wait)} restarting failed container=${name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`);
      const i = pod.spec.containers.findIndex((c) => c.name === name);
      recordEvent(ctx, pod, 'Warning', 'BackOff', `Back-off restarting failed container ${name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`, KUBELET, fieldPath(pod, i));
    }
    rt.backoff[name] = nextBackoff(wait);
  } else {
    const statuses = pod.status.containerStatuses ?? [];
    if (statuses.every((s) => s.state.terminated)) {
      pod.status.phase = statuses.every((s) => s.state.terminated!.exitCode === 0) ? 'Succeeded' : 'Failed';
      rt.stage = 'done';
    }
  }
  refreshReadiness(ctx, pod);
}

/** Notice containers whose process ended since the last look. */
export function observeExits(ctx: Ctx, pod: Pod, rt: PodRuntime): void {
  for (const [name, id] of Object.entries(rt.containers)) {
    const s = statusOf(pod, name);
    if (!s.state.running) continue;
    const c = engineContainer(ctx, id);
    if (c?.state.Running) continue;
    const code = c?.state.ExitCode ?? 137;
    const reason = c?.state.OOMKilled ? 'OOMKilled' : code === 0 ? 'Completed' : 'Error';
    setTerminated(ctx, pod, name, code, reason, c?.state.StartedAt ?? null);
    (rt.prevRun ??= {})[name] = [rt.runStart?.[name] ?? 0, ctx.now()];
    delete rt.probeAt[name];
    crashed(ctx, pod, rt, name);
  }
}

/** The back-off is over: start the container again. */
export function restartDue(ctx: Ctx, pod: Pod, rt: PodRuntime, name: string): void {
  delete rt.restartAt[name];
  const i = pod.spec.containers.findIndex((c) => c.name === name);
  const id = rt.containers[name];
  const spec = pod.spec.containers[i]!;
  rememberTermination(pod, name);
  const s = statusOf(pod, name);
  s.restartCount++;
  recordEvent(ctx, pod, 'Normal', 'Pulled', `Container image "${spec.image}" already present on machine`, KUBELET, fieldPath(pod, i));
  if (!id) return;
  recordEvent(ctx, pod, 'Normal', 'Created', `Created container: ${name}`, KUBELET, fieldPath(pod, i));
  try {
    startContainer(ctx.node, id);
  } catch {
    setTerminated(ctx, pod, name, 128, 'StartError', null);
    crashed(ctx, pod, rt, name);
    return;
  }
  recordEvent(ctx, pod, 'Normal', 'Started', `Started container ${name}`, KUBELET, fieldPath(pod, i));
  (rt.runStart ??= {})[name] = ctx.now();
  setRunning(ctx, pod, name, id, s.imageID, !spec.readinessProbe);
  scheduleProbes(ctx, pod, rt, name);
  refreshReadiness(ctx, pod);
}
