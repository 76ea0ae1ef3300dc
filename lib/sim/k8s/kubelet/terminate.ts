/**
 * Graceful pod deletion: the API marks the pod (deletionTimestamp = now + grace period, STATUS
 * Terminating), the kubelet sends each container its stop signal, and once every process has
 * ended (or the grace period ran out and SIGKILL followed) the pod object disappears.
 */
import { KUBELET, recordEvent } from '../events';
import { removeObject, touch } from '../store';
import type { Ctx, PodRuntime } from '../state';
import { rfc3339 } from '../time';
import type { Pod } from '../types';
import { fieldPath } from './pull';
import { engineContainer, removePodContainers, signalContainer } from './runtime';

/** Mark the pod for deletion and signal its containers. `graceSeconds` 0 removes it at once. */
export function beginTermination(ctx: Ctx, pod: Pod, graceSeconds?: number): void {
  const grace = graceSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
  const rt = ctx.cluster.pods[pod.metadata.uid];
  if (pod.metadata.deletionTimestamp) {
    if (grace === 0) finishTermination(ctx, pod);
    return;
  }
  pod.metadata.deletionTimestamp = rfc3339(ctx.now() + grace * 1000);
  pod.metadata.deletionGracePeriodSeconds = grace;
  touch(ctx, pod);
  if (!rt || rt.virtual || grace === 0) {
    finishTermination(ctx, pod);
    return;
  }
  rt.stage = 'terminating';
  rt.next = null;
  rt.restartAt = {};
  rt.probeAt = {};
  let alive = false;
  pod.spec.containers.forEach((c, i) => {
    const id = rt.containers[c.name];
    const ec = engineContainer(ctx, id);
    if (!id || !ec?.state.Running) return;
    recordEvent(ctx, pod, 'Normal', 'Killing', `Stopping container ${c.name}`, KUBELET, fieldPath(pod, i));
    if (!signalContainer(ctx, id, ec.config.StopSignal ?? 'SIGTERM')) alive = true;
  });
  if (!alive) rt.killAt = ctx.now() + 300;
  else rt.killAt = ctx.now() + grace * 1000;
}

/** The grace period is over (or everything stopped): kill what is left and remove the pod. */
export function killDue(ctx: Ctx, pod: Pod, rt: PodRuntime): void {
  for (const id of Object.values(rt.containers)) if (engineContainer(ctx, id)?.state.Running) signalContainer(ctx, id, 'SIGKILL');
  finishTermination(ctx, pod);
}

export function finishTermination(ctx: Ctx, pod: Pod): void {
  const rt = ctx.cluster.pods[pod.metadata.uid];
  if (rt && !rt.virtual) removePodContainers(ctx, Object.values(rt.containers));
  delete ctx.cluster.pods[pod.metadata.uid];
  removeObject(ctx, 'pods', pod);
}
