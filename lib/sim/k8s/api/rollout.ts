/**
 * Rollout operations on deployments: history (revisions of the owned replica sets), undo (copy a
 * revision's template back), restart (a restartedAt template annotation), pause and resume.
 */
import { clone } from '../util';
import { K8sError } from '../errors';
import { REVISION, revisionOf, sameTemplate } from '../controllers/rollout-math';
import { listObjects, touch } from '../store';
import type { Ctx } from '../state';
import type { Deployment, PodTemplate, ReplicaSet } from '../types';
import { reconcile } from '../reconcile';

export function historyOf(ctx: Ctx, d: Deployment): ReplicaSet[] {
  return listObjects<ReplicaSet>(ctx, 'replicasets.apps', d.metadata.namespace)
    .filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid))
    .sort((a, b) => revisionOf(a) - revisionOf(b));
}

function stripHash(t: PodTemplate): PodTemplate {
  const c = clone(t);
  if (c.metadata?.labels) {
    delete c.metadata.labels['pod-template-hash'];
  }
  return c;
}

export type UndoResult = { kind: 'rolled-back' } | { kind: 'skipped'; revision: number };

export function undoRollout(ctx: Ctx, d: Deployment, toRevision = 0): UndoResult {
  const hist = historyOf(ctx, d);
  let target: ReplicaSet | undefined;
  if (toRevision > 0) {
    target = hist.find((rs) => revisionOf(rs) === toRevision);
    if (!target) throw new K8sError('NotFound', `unable to find specified revision ${toRevision} in history`);
  } else {
    if (hist.length <= 1) throw new K8sError('NotFound', `no rollout history found for deployment "${d.metadata.name}"`);
    target = hist[hist.length - 2];
  }
  if (sameTemplate(target!.spec.template, d.spec.template)) return { kind: 'skipped', revision: revisionOf(target!) };
  d.spec.template = stripHash(target!.spec.template);
  d.metadata.annotations = { ...d.metadata.annotations };
  touch(ctx, d);
  d.metadata.generation = (d.metadata.generation ?? 1) + 1;
  reconcile(ctx);
  return { kind: 'rolled-back' };
}

export function restartRollout(ctx: Ctx, d: Deployment, at: string): void {
  const meta = d.spec.template.metadata;
  meta.annotations = { ...meta.annotations, 'kubectl.kubernetes.io/restartedAt': at };
  touch(ctx, d);
  d.metadata.generation = (d.metadata.generation ?? 1) + 1;
  reconcile(ctx);
}

/** Set paused; returns false when it already had that value. */
export function setPaused(ctx: Ctx, d: Deployment, paused: boolean): boolean {
  if (!!d.spec.paused === paused) return false;
  if (paused) d.spec.paused = true;
  else delete d.spec.paused;
  touch(ctx, d);
  d.metadata.generation = (d.metadata.generation ?? 1) + 1;
  reconcile(ctx);
  return true;
}

export { REVISION };
