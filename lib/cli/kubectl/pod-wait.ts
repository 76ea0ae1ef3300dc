/**
 * Waiting on a pod in simulated time (kubectl run --attach, exec, logs -f, port-forward): the
 * clock moves in small steps until the pod runs, ends, or the timeout passes; and finding the
 * node-side container behind one of its containers.
 */
import { advance, hostOf, type ContainerRecord } from '../../sim/index';
import { getObject } from '../../sim/k8s/store';
import type { Ctx } from '../../sim/k8s/state';
import type { Pod } from '../../sim/k8s/types';

const STEP_MS = 250;

export type PodOutcome = 'running' | 'terminated' | 'timeout' | 'gone';

export function podState(pod: Pod): 'running' | 'terminated' | 'waiting' {
  const s = pod.status?.containerStatuses ?? [];
  if (s.length > 0 && s.every((c) => c.state.terminated)) return 'terminated';
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return 'terminated';
  if (s.some((c) => c.state.running)) return 'running';
  return 'waiting';
}

export function waitForPod(k: Ctx, ns: string, name: string, timeoutMs: number): PodOutcome {
  for (let waited = 0; ; waited += STEP_MS) {
    const pod = getObject<Pod>(k, 'pods', ns, name);
    if (!pod) return 'gone';
    const st = podState(pod);
    if (st !== 'waiting') return st;
    if (waited >= timeoutMs) return 'timeout';
    advance(k.eng, STEP_MS);
  }
}

/** The node's container for `container` (default: the first) of a pod, if it was created. */
export function engineContainerOf(k: Ctx, pod: Pod, container?: string): ContainerRecord | undefined {
  const rt = k.cluster.pods[pod.metadata.uid];
  const name = container ?? pod.spec.containers[0]?.name ?? '';
  const id = rt?.containers[name];
  return id ? hostOf(k.node).containers[id] : undefined;
}
