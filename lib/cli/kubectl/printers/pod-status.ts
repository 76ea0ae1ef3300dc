/**
 * The READY / STATUS / RESTARTS cells of `kubectl get pods`, computed from the pod status the way
 * kubectl's printer does: init containers first (`Init:0/1`), then the last container with a
 * waiting or terminated reason wins (`ContainerCreating`, `ErrImagePull`, `CrashLoopBackOff`,
 * `Completed`), `Terminating` for pods being deleted, restarts with `(15s ago)`.
 */
import type { Pod } from '../../../sim/k8s/types';
import { humanDuration, parseTime } from '../../../sim/k8s/time';

export interface PodCells {
  ready: string;
  status: string;
  restarts: string;
}

export function podCells(pod: Pod, now: number): PodCells {
  const statuses = pod.status?.containerStatuses ?? [];
  const total = pod.spec.containers.length;
  let reason: string = pod.status?.reason || pod.status?.phase || 'Pending';
  let restarts = 0;
  let lastRestart = 0;
  let readyCount = 0;
  const init = pod.status?.['initContainerStatuses' as keyof typeof pod.status] as unknown as typeof statuses | undefined;
  let initializing = false;
  (init ?? []).forEach((s, i) => {
    restarts += s.restartCount;
    if (s.state.terminated?.exitCode === 0) return;
    initializing = true;
    if (s.state.terminated) reason = s.state.terminated.reason ? `Init:${s.state.terminated.reason}` : `Init:ExitCode:${s.state.terminated.exitCode}`;
    else if (s.state.waiting?.reason && s.state.waiting.reason !== 'PodInitializing') reason = `Init:${s.state.waiting.reason}`;
    else reason = `Init:${i}/${pod.spec.initContainers?.length ?? 0}`;
  });
  if (!initializing) {
    let hasRunning = false;
    for (let i = statuses.length - 1; i >= 0; i--) {
      const s = statuses[i]!;
      restarts += s.restartCount;
      const lt = s.lastState?.terminated?.finishedAt;
      if (lt) lastRestart = Math.max(lastRestart, parseTime(lt));
      if (s.state.waiting?.reason) reason = s.state.waiting.reason;
      else if (s.state.terminated?.reason) reason = s.state.terminated.reason;
      else if (s.state.terminated) reason = s.state.terminated.exitCode ? `ExitCode:${s.state.terminated.exitCode}` : `Signal:0`;
      else if (s.ready && s.state.running) {
        hasRunning = true;
        readyCount++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const ready = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
      reason = ready ? 'Running' : 'NotReady';
    }
  } else {
    for (const s of statuses) restarts += s.restartCount;
  }
  if (pod.metadata.deletionTimestamp) reason = pod.status?.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
  const restartCell = lastRestart > 0 && restarts > 0 ? `${restarts} (${humanDuration(now - lastRestart)} ago)` : String(restarts);
  return { ready: `${readyCount}/${total}`, status: reason, restarts: restartCell };
}
