/**
 * The ReplicaSet controller: adopt matching orphans, release pods whose labels no longer match,
 * create or delete pods until the active count equals spec.replicas (deleting the least useful
 * first: not yet running, not ready, then the newest), and report replicas / ready / available.
 */
import { recordEvent, REPLICASET_CONTROLLER } from '../events';
import { fromLabelSelector, matches } from '../selector';
import { listObjects, touch } from '../store';
import type { Ctx } from '../state';
import type { Pod, ReplicaSet } from '../types';
import { beginTermination } from '../kubelet/terminate';
import { isPodActive, isPodAvailable, isPodReady, podFromTemplate } from './pods';
import { parseTime } from '../time';

function rank(p: Pod): number {
  if (!p.spec.nodeName) return 0;
  if (p.status.phase === 'Pending') return 1;
  if (!isPodReady(p)) return 2;
  return 3;
}

/** Pods this replica set controls, after adopting orphans and releasing mismatches. */
function claimPods(ctx: Ctx, rs: ReplicaSet): Pod[] {
  const sel = fromLabelSelector(rs.spec.selector);
  const mine: Pod[] = [];
  for (const p of listObjects<Pod>(ctx, 'pods', rs.metadata.namespace)) {
    const ref = p.metadata.ownerReferences?.find((r) => r.controller);
    const match = matches(sel, p.metadata.labels);
    if (ref?.uid === rs.metadata.uid) {
      if (match) mine.push(p);
      else {
        p.metadata.ownerReferences = p.metadata.ownerReferences!.filter((r) => r.uid !== rs.metadata.uid);
        if (p.metadata.ownerReferences.length === 0) delete p.metadata.ownerReferences;
        touch(ctx, p);
      }
    } else if (!ref && match && !p.metadata.deletionTimestamp) {
      p.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true }];
      touch(ctx, p);
      mine.push(p);
    }
  }
  return mine;
}

export function syncReplicaSet(ctx: Ctx, rs: ReplicaSet): boolean {
  if (rs.metadata.deletionTimestamp) return false;
  let changed = false;
  const pods = claimPods(ctx, rs);
  const active = pods.filter(isPodActive);
  const diff = active.length - rs.spec.replicas;
  if (diff < 0) {
    for (let i = 0; i < -diff; i++) {
      const p = podFromTemplate(ctx, rs, rs.spec.template, `${rs.metadata.name}-`);
      recordEvent(ctx, rs, 'Normal', 'SuccessfulCreate', `Created pod: ${p.metadata.name}`, REPLICASET_CONTROLLER);
      active.push(p);
    }
    changed = true;
  } else if (diff > 0) {
    const victims = [...active]
      .sort((a, b) => rank(a) - rank(b) || parseTime(b.metadata.creationTimestamp) - parseTime(a.metadata.creationTimestamp))
      .slice(0, diff);
    for (const p of victims) {
      beginTermination(ctx, p);
      recordEvent(ctx, rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, REPLICASET_CONTROLLER);
    }
    changed = true;
  }
  const live = claimPods(ctx, rs).filter(isPodActive);
  const status = {
    replicas: live.length,
    fullyLabeledReplicas: live.length,
    readyReplicas: live.filter(isPodReady).length,
    availableReplicas: live.filter((p) => isPodAvailable(p, rs.spec.minReadySeconds ?? 0, ctx.now())).length,
    observedGeneration: rs.metadata.generation ?? 1,
  };
  const compact = Object.fromEntries(Object.entries(status).filter(([k, v]) => v !== 0 || k === 'replicas')) as ReplicaSet['status'];
  if (JSON.stringify(compact) !== JSON.stringify(rs.status)) {
    rs.status = compact;
    touch(ctx, rs);
    changed = true;
  }
  return changed;
}

export function syncReplicaSets(ctx: Ctx): boolean {
  let changed = false;
  for (const rs of listObjects<ReplicaSet>(ctx, 'replicasets.apps')) if (syncReplicaSet(ctx, rs)) changed = true;
  return changed;
}
