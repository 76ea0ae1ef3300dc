/**
 * The kubelet of the single minikube node: admits new pods, drives each through its creation steps,
 * notices container exits, restarts with back-off, runs probes and finishes terminations, all at
 * the simulated times they are due.
 */
import { listObjects } from '../store';
import type { Ctx, PodRuntime } from '../state';
import type { Pod } from '../types';
import { observeExits, restartDue } from './crash';
import { admitPod, runStep } from './lifecycle';
import { runProbes } from './probes';
import { engineContainer } from './runtime';
import { killDue } from './terminate';

function earliest(a: number | null, b: number | undefined): number | null {
  return b === undefined ? a : a === null || b < a ? b : a;
}

function dueOf(ctx: Ctx, rt: PodRuntime): number | null {
  if (rt.virtual) return null;
  let d: number | null = null;
  d = earliest(d, rt.next?.at);
  d = earliest(d, rt.killAt);
  for (const t of Object.values(rt.restartAt)) d = earliest(d, t);
  for (const t of Object.values(rt.probeAt)) d = earliest(d, t);
  for (const id of Object.values(rt.containers)) {
    const c = engineContainer(ctx, id);
    const exit = c?.state.Running ? c.proc?.exitAt : undefined;
    if (exit !== null && exit !== undefined) d = earliest(d, exit);
  }
  return d;
}

export function kubeletDue(ctx: Ctx): number | null {
  let d: number | null = null;
  for (const rt of Object.values(ctx.cluster.pods)) {
    const x = dueOf(ctx, rt);
    if (x !== null) d = earliest(d, x);
  }
  return d;
}

/** Admit pods nobody runs yet; returns whether anything changed. */
export function admitNewPods(ctx: Ctx): boolean {
  let changed = false;
  for (const pod of listObjects<Pod>(ctx, 'pods')) {
    if (ctx.cluster.pods[pod.metadata.uid] || pod.metadata.deletionTimestamp) continue;
    admitPod(ctx, pod);
    changed = true;
  }
  return changed;
}

/** Everything due at `now` (and container exits seen so far). */
export function kubeletRun(ctx: Ctx, now: number, until: number): void {
  for (const pod of listObjects<Pod>(ctx, 'pods')) {
    const rt = ctx.cluster.pods[pod.metadata.uid];
    if (!rt || rt.virtual) continue;
    if (rt.stage === 'terminating') {
      if (rt.killAt !== undefined && rt.killAt <= now) killDue(ctx, pod, rt);
      continue;
    }
    if (rt.stage === 'creating' || rt.stage === 'running') observeExits(ctx, pod, rt);
    if (rt.next && rt.next.at <= now) runStep(ctx, pod, rt);
    for (const [name, at] of Object.entries(rt.restartAt)) if (at <= now) restartDue(ctx, pod, rt, name);
    for (const [name, at] of Object.entries(rt.probeAt)) if (at <= now) runProbes(ctx, pod, rt, name, until);
    if (rt.stage === 'creating' || rt.stage === 'running') observeExits(ctx, pod, rt);
  }
}
