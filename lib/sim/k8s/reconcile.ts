/**
 * The control loop: after every API write and whenever simulated time reaches something due,
 * run the controllers (deployments → replica sets → scheduler/kubelet admission → garbage
 * collection → endpoints → service VIPs) until nothing changes.
 */
import type { Runtime, TickHook } from '../core/engine';
import type { World } from '../core/world';
import { deadlineOf } from './controllers/deployment-status';
import { syncDeployments } from './controllers/deployment';
import { syncEndpoints } from './controllers/endpoints';
import { syncReplicaSets } from './controllers/replicaset';
import { syncServiceVips } from './controllers/service-vips';
import { namespaceDue, syncNamespaces } from './controllers/namespaces';
import { syncLoadBalancers } from './controllers/load-balancers';
import { collectGarbage } from './gc';
import { admitNewPods, kubeletDue, kubeletRun } from './kubelet/index';
import { listObjects } from './store';
import { liveCtx, type Ctx } from './state';
import type { Deployment } from './types';

const MAX_PASSES = 25;

export function reconcile(ctx: Ctx): void {
  for (let i = 0; i < MAX_PASSES; i++) {
    let changed = syncDeployments(ctx);
    changed = syncReplicaSets(ctx) || changed;
    changed = admitNewPods(ctx) || changed;
    changed = collectGarbage(ctx) || changed;
    changed = syncEndpoints(ctx) || changed;
    changed = syncServiceVips(ctx) || changed;
    changed = syncNamespaces(ctx) || changed;
    changed = syncLoadBalancers(ctx) || changed;
    if (!changed) return;
  }
}

function ctxOf(world: World, rt: Runtime): Ctx | null {
  // No minikube profile on the learner's host (most sessions, asked at every clock step): no engine views made.
  if (!world.hosts[0]!.ext['minikube']) return null;
  return liveCtx({ world, rt, host: world.hosts[0]!.name });
}

export function clusterDue(ctx: Ctx): number | null {
  let due = kubeletDue(ctx);
  const ns = namespaceDue(ctx);
  if (ns !== null && (due === null || ns < due)) due = ns;
  for (const d of listObjects<Deployment>(ctx, 'deployments.apps')) {
    const dl = deadlineOf(d);
    if (dl !== null && (due === null || dl < due)) due = dl;
  }
  return due;
}

export const kubeHook: TickHook = {
  name: 'kubernetes',
  nextDue(world, rt) {
    const ctx = ctxOf(world, rt);
    return ctx ? clusterDue(ctx) : null;
  },
  run(world, rt, now, until) {
    const ctx = ctxOf(world, rt);
    if (!ctx) return;
    kubeletRun(ctx, now, until);
    reconcile(ctx);
  },
};

/** Add the cluster's tick hook to a runtime (once). */
export function installKubeHook(rt: Runtime): void {
  if (!rt.hooks.includes(kubeHook)) rt.hooks.push(kubeHook);
}
