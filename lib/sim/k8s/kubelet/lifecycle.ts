/**
 * A pod's way to Running: scheduled at once (minikube has one node), sandbox and IP after a moment
 * (ContainerCreating), then each container in order: image present or pulled, created, started.
 * Readiness follows the readiness probe, or the start when there is none.
 */
import { EngineError } from '../../core/errors';
import { findImage } from '../../images/store';
import { KUBELET, SCHEDULER, recordEvent } from '../events';
import { NODE_IP, type Ctx, type PodRuntime } from '../state';
import { touch } from '../store';
import { rfc3339 } from '../time';
import type { Pod } from '../types';
import { alreadyPresent, beginPull, fieldPath, imagePresent, neverPull, pullBackoff, pullFailed, pullSucceeded } from './pull';
import { scheduleProbes } from './probes';
import { createPodContainer, engineContainer, startContainer } from './runtime';
import { qosClass, refreshReadiness, setCondition, setRunning, setTerminated, statusOf } from './status';
import { crashed } from './crash';

const SANDBOX_MS = 400;
const START_MS = 300;

/** The scheduler and kubelet take a new pod: node assigned, Pending, sandbox soon. */
export function admitPod(ctx: Ctx, pod: Pod): PodRuntime {
  const ns = pod.metadata.namespace ?? 'default';
  pod.spec.nodeName = 'minikube';
  pod.status = { phase: 'Pending', qosClass: qosClass(pod) };
  setCondition(ctx, pod, 'PodScheduled', 'True');
  recordEvent(ctx, pod, 'Normal', 'Scheduled', `Successfully assigned ${ns}/${pod.metadata.name} to minikube`, SCHEDULER);
  const rt: PodRuntime = { containers: {}, stage: 'pending', current: 0, next: { at: ctx.now() + SANDBOX_MS, step: 'sandbox' }, backoff: {}, restartAt: {}, probeAt: {}, failures: {} };
  ctx.cluster.pods[pod.metadata.uid] = rt;
  touch(ctx, pod);
  return rt;
}

function allocatePodIp(ctx: Ctx): string {
  const n = ctx.cluster.nextPodIp++;
  return `10.244.${Math.floor(n / 254)}.${(n % 254) + (n % 254 === 0 ? 254 : 0)}`;
}

function sandbox(ctx: Ctx, pod: Pod, rt: PodRuntime): void {
  const ip = allocatePodIp(ctx);
  Object.assign(pod.status, { hostIP: NODE_IP, hostIPs: [{ ip: NODE_IP }], podIP: ip, podIPs: [{ ip }], startTime: rfc3339(ctx.now()) });
  setCondition(ctx, pod, 'PodReadyToStartContainers', 'True');
  setCondition(ctx, pod, 'Initialized', 'True');
  for (const c of pod.spec.containers) statusOf(pod, c.name);
  refreshReadiness(ctx, pod);
  rt.stage = 'creating';
  rt.current = 0;
  prepare(ctx, pod, rt);
}

/** Decide how container `rt.current` gets its image. */
function prepare(ctx: Ctx, pod: Pod, rt: PodRuntime): void {
  const i = rt.current;
  const c = pod.spec.containers[i]!;
  const policy = c.imagePullPolicy ?? 'IfNotPresent';
  const present = imagePresent(ctx, c.image);
  if (policy === 'Never' && !present) {
    neverPull(ctx, pod, i);
    rt.next = null;
  } else if (present && policy !== 'Always') {
    alreadyPresent(ctx, pod, i);
    rt.next = { at: ctx.now() + START_MS, step: 'start' };
  } else beginPull(ctx, pod, rt, i);
  touch(ctx, pod);
}

/** Create (first time) and start container `i`; a start failure counts as a crash. */
export function startOne(ctx: Ctx, pod: Pod, rt: PodRuntime, i: number): void {
  const spec = pod.spec.containers[i]!;
  const firstId = i > 0 ? rt.containers[pod.spec.containers[0]!.name] : undefined;
  let id = rt.containers[spec.name];
  try {
    if (!id) {
      id = createPodContainer(ctx, pod, i, firstId).id;
      rt.containers[spec.name] = id;
      recordEvent(ctx, pod, 'Normal', 'Created', `Created container: ${spec.name}`, KUBELET, fieldPath(pod, i));
    }
    startContainer(ctx.node, id);
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    const msg = `failed to create task for container: failed to create shim task: ${e.message}`;
    recordEvent(ctx, pod, 'Warning', 'Failed', `Error: failed to start container "${spec.name}": Error response from daemon: ${msg}`, KUBELET, fieldPath(pod, i));
    setTerminated(ctx, pod, spec.name, 128, 'StartError', null, msg);
    crashed(ctx, pod, rt, spec.name);
    return;
  }
  recordEvent(ctx, pod, 'Normal', 'Started', `Started container ${spec.name}`, KUBELET, fieldPath(pod, i));
  (rt.runStart ??= {})[spec.name] = ctx.now();
  const image = findImage(ctx.node, spec.image);
  setRunning(ctx, pod, spec.name, id, image ? `docker-pullable://${spec.image.split(':')[0]}@sha256:${image.id.slice(7)}` : '', !spec.readinessProbe);
  scheduleProbes(ctx, pod, rt, spec.name);
  delete rt.restartAt[spec.name];
}

function started(ctx: Ctx, pod: Pod, rt: PodRuntime): void {
  startOne(ctx, pod, rt, rt.current);
  rt.current++;
  if (rt.current < pod.spec.containers.length) {
    prepare(ctx, pod, rt);
    return;
  }
  rt.stage = 'running';
  rt.next = null;
  if (pod.status.phase === 'Pending') pod.status.phase = 'Running';
  refreshReadiness(ctx, pod);
}

/** Run the creation step that is due. */
export function runStep(ctx: Ctx, pod: Pod, rt: PodRuntime): void {
  const step = rt.next?.step;
  rt.next = null;
  const i = rt.current;
  switch (step) {
    case 'sandbox':
      sandbox(ctx, pod, rt);
      break;
    case 'prepare':
      prepare(ctx, pod, rt);
      break;
    case 'pulled':
      pullSucceeded(ctx, pod, rt, i);
      started(ctx, pod, rt);
      break;
    case 'pull-failed':
      pullFailed(ctx, pod, rt, i);
      break;
    case 'pull-backoff':
      pullBackoff(ctx, pod, rt, i);
      break;
    case 'retry-pull':
      beginPull(ctx, pod, rt, i);
      break;
    case 'start':
      started(ctx, pod, rt);
      break;
  }
  touch(ctx, pod);
}

export function isRunningInEngine(ctx: Ctx, rt: PodRuntime, name: string): boolean {
  return engineContainer(ctx, rt.containers[name])?.state.Running ?? false;
}
