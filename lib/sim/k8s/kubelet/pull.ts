/**
 * Image pulls on the node, timed: a pull takes a second plus the image size at ~25 MB/s; failures
 * (unknown image, bad tag) become ErrImagePull, then ImagePullBackOff with a back-off doubling
 * from 10s to 5m between retries. Event wording as the kubelet writes it.
 */
import { ClientError, EngineError } from '../../core/errors';
import { findImage } from '../../images/store';
import { pullImage } from '../../images/pull';
import { KUBELET, recordEvent } from '../events';
import type { Ctx, PodRuntime } from '../state';
import { goDuration } from '../time';
import type { Pod } from '../types';
import { setWaiting } from './status';

const MB_PER_MS = 25_000;
export const INITIAL_BACKOFF = 10_000;
export const MAX_BACKOFF = 300_000;

export function nextBackoff(ms: number | undefined): number {
  return ms === undefined || ms === 0 ? INITIAL_BACKOFF : Math.min(ms * 2, MAX_BACKOFF);
}

function fieldPath(pod: Pod, i: number): string {
  return `spec.containers{${pod.spec.containers[i]!.name}}`;
}

/** Whether the image is on the node and not still downloading (an unparsable name counts as absent). */
export function imagePresent(ctx: Ctx, image: string): boolean {
  if ((ctx.cluster.pulls[image] ?? 0) > ctx.now()) return false;
  try {
    return findImage(ctx.node, image) !== undefined;
  } catch {
    return false;
  }
}

/** Start pulling container `i`'s image: records the outcome and when it will be known. */
export function beginPull(ctx: Ctx, pod: Pod, rt: PodRuntime, i: number): void {
  const c = pod.spec.containers[i]!;
  const had = imagePresent(ctx, c.image) && (ctx.cluster.pulls[c.image] ?? 0) <= ctx.now();
  recordEvent(ctx, pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`, KUBELET, fieldPath(pod, i));
  try {
    pullImage(ctx.node, c.image);
    const img = findImage(ctx.node, c.image);
    const size = img?.size ?? 0;
    const inflight = ctx.cluster.pulls[c.image] ?? 0;
    const ms = inflight > ctx.now() ? inflight - ctx.now() : had ? 450 + (size % 400) : 1000 + Math.round(size / MB_PER_MS);
    if (!had) ctx.cluster.pulls[c.image] = ctx.now() + ms;
    for (const [ref, at] of Object.entries(ctx.cluster.pulls)) if (at <= ctx.now()) delete ctx.cluster.pulls[ref];
    rt.pull = { ok: true, message: '', size, ms };
    rt.next = { at: ctx.now() + ms, step: 'pulled' };
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    const message = e instanceof ClientError ? e.message : `Error response from daemon: ${e.message}`;
    rt.pull = { ok: false, message, size: 0, ms: 0 };
    rt.next = { at: ctx.now() + 1200, step: 'pull-failed' };
  }
}

export function pullSucceeded(ctx: Ctx, pod: Pod, rt: PodRuntime, i: number): void {
  const c = pod.spec.containers[i]!;
  const p = rt.pull!;
  const took = goDuration(p.ms);
  recordEvent(ctx, pod, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${took} (${took} including waiting). Image size: ${p.size} bytes.`, KUBELET, fieldPath(pod, i));
  delete rt.backoff[c.name];
}

export function pullFailed(ctx: Ctx, pod: Pod, rt: PodRuntime, i: number): void {
  const c = pod.spec.containers[i]!;
  const msg = rt.pull?.message ?? '';
  recordEvent(ctx, pod, 'Warning', 'Failed', `Failed to pull image "${c.image}": ${msg}`, KUBELET, fieldPath(pod, i));
  recordEvent(ctx, pod, 'Warning', 'Failed', 'Error: ErrImagePull', KUBELET, fieldPath(pod, i));
  setWaiting(pod, c.name, 'ErrImagePull', msg);
  rt.next = { at: ctx.now() + 1500, step: 'pull-backoff' };
}

export function pullBackoff(ctx: Ctx, pod: Pod, rt: PodRuntime, i: number): void {
  const c = pod.spec.containers[i]!;
  const wait = nextBackoff(rt.backoff[c.name]);
  rt.backoff[c.name] = wait;
  recordEvent(ctx, pod, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`, KUBELET, fieldPath(pod, i));
  recordEvent(ctx, pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', KUBELET, fieldPath(pod, i));
  setWaiting(pod, c.name, 'ImagePullBackOff', `Back-off pulling image "${c.image}": ErrImagePull: ${rt.pull?.message ?? ''}`);
  rt.next = { at: ctx.now() + wait, step: 'retry-pull' };
}

/** imagePullPolicy Never with the image absent: the container can never start. */
export function neverPull(ctx: Ctx, pod: Pod, i: number): void {
  const c = pod.spec.containers[i]!;
  const msg = `Container image "${c.image}" is not present with pull policy of Never`;
  recordEvent(ctx, pod, 'Warning', 'ErrImageNeverPull', msg, KUBELET, fieldPath(pod, i));
  setWaiting(pod, c.name, 'ErrImageNeverPull', msg);
}

export function alreadyPresent(ctx: Ctx, pod: Pod, i: number): void {
  const c = pod.spec.containers[i]!;
  recordEvent(ctx, pod, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, KUBELET, fieldPath(pod, i));
}

export { fieldPath };
