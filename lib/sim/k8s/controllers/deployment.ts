/**
 * The Deployment controller: find or create the ReplicaSet for the current template (revision
 * annotations, pod-template-hash), move replicas from old to new within maxSurge/maxUnavailable
 * (RollingUpdate) or all at once (Recreate), trim history, and write the deployment's status.
 */
import { clone } from '../util';
import { DEPLOYMENT_CONTROLLER, recordEvent } from '../events';
import { podTemplateHash } from '../names';
import { fromLabelSelector, matches } from '../selector';
import { createObject, listObjects, removeObject, touch } from '../store';
import type { Ctx } from '../state';
import type { Deployment, ReplicaSet } from '../types';
import { fenceposts, REVISION, revisionOf, sameTemplate, sum } from './rollout-math';
import { writeStatus } from './deployment-status';

function ownedReplicaSets(ctx: Ctx, d: Deployment): ReplicaSet[] {
  const sel = fromLabelSelector(d.spec.selector);
  return listObjects<ReplicaSet>(ctx, 'replicasets.apps', d.metadata.namespace).filter((rs) => {
    const ref = rs.metadata.ownerReferences?.find((r) => r.controller);
    if (ref) return ref.uid === d.metadata.uid;
    return matches(sel, rs.metadata.labels);
  });
}

function scale(ctx: Ctx, d: Deployment, rs: ReplicaSet, to: number): boolean {
  const from = rs.spec.replicas;
  if (from === to) return false;
  rs.spec.replicas = to;
  const { maxSurge } = fenceposts(d);
  rs.metadata.annotations = { ...rs.metadata.annotations, 'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas), 'deployment.kubernetes.io/max-replicas': String(d.spec.replicas + maxSurge) };
  touch(ctx, rs);
  rs.metadata.generation = (rs.metadata.generation ?? 1) + 1;
  recordEvent(ctx, d, 'Normal', 'ScalingReplicaSet', `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`, DEPLOYMENT_CONTROLLER);
  return true;
}

function createNewReplicaSet(ctx: Ctx, d: Deployment, rss: ReplicaSet[]): ReplicaSet {
  let collision = 0;
  let hash = podTemplateHash(d.spec.template);
  while (rss.some((rs) => rs.metadata.name === `${d.metadata.name}-${hash}`)) hash = podTemplateHash(d.spec.template, ++collision);
  const template = clone(d.spec.template);
  template.metadata = { ...template.metadata, labels: { ...template.metadata.labels, 'pod-template-hash': hash } };
  const maxRev = Math.max(0, ...rss.map(revisionOf));
  const { maxSurge } = fenceposts(d);
  const rs: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace ?? 'default',
      uid: '',
      resourceVersion: '',
      creationTimestamp: '',
      labels: { ...template.metadata.labels },
      annotations: { 'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas), 'deployment.kubernetes.io/max-replicas': String(d.spec.replicas + maxSurge), [REVISION]: String(maxRev + 1) },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: { replicas: 0, selector: { ...d.spec.selector, matchLabels: { ...d.spec.selector.matchLabels, 'pod-template-hash': hash } }, template, ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}) },
    status: { replicas: 0 },
  };
  createObject(ctx, 'replicasets.apps', rs);
  return rs;
}

function rollingUpdate(ctx: Ctx, d: Deployment, newRS: ReplicaSet, olds: ReplicaSet[]): boolean {
  const { maxSurge, maxUnavailable } = fenceposts(d);
  const all = [newRS, ...olds];
  let changed = false;
  // Scale the new replica set up within the surge.
  if (newRS.spec.replicas > d.spec.replicas) changed = scale(ctx, d, newRS, d.spec.replicas) || changed;
  else if (newRS.spec.replicas < d.spec.replicas) {
    const maxTotal = d.spec.replicas + maxSurge;
    const current = sum(all, (rs) => rs.spec.replicas);
    const up = Math.min(maxTotal - current, d.spec.replicas - newRS.spec.replicas);
    if (up > 0) changed = scale(ctx, d, newRS, newRS.spec.replicas + up) || changed;
  }
  // Scale old replica sets down, never below minAvailable.
  const oldCount = sum(olds, (rs) => rs.spec.replicas);
  if (oldCount === 0) return changed;
  const minAvailable = d.spec.replicas - maxUnavailable;
  const newUnavailable = newRS.spec.replicas - (newRS.status.availableReplicas ?? 0);
  let budget = sum(all, (rs) => rs.spec.replicas) - minAvailable - newUnavailable;
  const oldest = [...olds].sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp));
  for (const rs of oldest) {
    if (budget <= 0) break;
    const unhealthy = rs.spec.replicas - (rs.status.availableReplicas ?? 0);
    const n = Math.min(budget, unhealthy);
    if (n > 0) {
      changed = scale(ctx, d, rs, rs.spec.replicas - n) || changed;
      budget -= n;
    }
  }
  let available = sum(all, (rs) => rs.status.availableReplicas);
  for (const rs of oldest) {
    if (available <= minAvailable) break;
    const n = Math.min(rs.spec.replicas, available - minAvailable);
    if (n > 0) {
      changed = scale(ctx, d, rs, rs.spec.replicas - n) || changed;
      available -= n;
    }
  }
  return changed;
}

function recreate(ctx: Ctx, d: Deployment, newRS: ReplicaSet, olds: ReplicaSet[]): boolean {
  let changed = false;
  for (const rs of olds) changed = scale(ctx, d, rs, 0) || changed;
  const oldPods = listObjects(ctx, 'pods', d.metadata.namespace).filter((p) => olds.some((rs) => p.metadata.ownerReferences?.some((r) => r.uid === rs.metadata.uid)));
  if (oldPods.length === 0) changed = scale(ctx, d, newRS, d.spec.replicas) || changed;
  return changed;
}

function cleanupHistory(ctx: Ctx, d: Deployment, olds: ReplicaSet[]): void {
  const dead = olds.filter((rs) => rs.spec.replicas === 0 && (rs.status.replicas ?? 0) === 0).sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of dead.slice(0, Math.max(0, dead.length - d.spec.revisionHistoryLimit))) removeObject(ctx, 'replicasets.apps', rs);
}

export function syncDeployment(ctx: Ctx, d: Deployment): boolean {
  if (d.metadata.deletionTimestamp) return false;
  const rss = ownedReplicaSets(ctx, d);
  let newRS = rss.find((rs) => sameTemplate(rs.spec.template, d.spec.template));
  let changed = false;
  let created = false;
  if (!newRS && !d.spec.paused) {
    newRS = createNewReplicaSet(ctx, d, rss);
    created = true;
    changed = true;
  } else if (newRS) {
    const maxRev = Math.max(0, ...rss.map(revisionOf));
    if (revisionOf(newRS) < maxRev) {
      newRS.metadata.annotations = { ...newRS.metadata.annotations, [REVISION]: String(maxRev + 1) };
      touch(ctx, newRS);
      changed = true;
    }
  }
  const olds = rss.filter((rs) => rs !== newRS);
  if (newRS && !d.spec.paused) {
    const moved = d.spec.strategy.type === 'Recreate' ? recreate(ctx, d, newRS, olds) : rollingUpdate(ctx, d, newRS, olds);
    changed = moved || changed;
    cleanupHistory(ctx, d, olds);
  }
  if (newRS) {
    const rev = newRS.metadata.annotations?.[REVISION];
    if (rev && d.metadata.annotations?.[REVISION] !== rev) {
      d.metadata.annotations = { ...d.metadata.annotations, [REVISION]: rev };
      touch(ctx, d);
      changed = true;
    }
  }
  return writeStatus(ctx, d, newRS, ownedReplicaSets(ctx, d), created, changed) || changed;
}

export function syncDeployments(ctx: Ctx): boolean {
  let changed = false;
  for (const d of listObjects<Deployment>(ctx, 'deployments.apps')) if (syncDeployment(ctx, d)) changed = true;
  return changed;
}
