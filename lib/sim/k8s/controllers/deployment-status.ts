/**
 * A deployment's status: replica counts summed over its replica sets, and the Available and
 * Progressing conditions with the controller's reasons and messages (NewReplicaSetCreated,
 * ReplicaSetUpdated, NewReplicaSetAvailable, ProgressDeadlineExceeded…).
 */
import { touch } from '../store';
import type { Ctx } from '../state';
import { parseTime, rfc3339 } from '../time';
import type { Deployment, DeploymentStatus, ReplicaSet } from '../types';
import { fenceposts, sum } from './rollout-math';

type Condition = NonNullable<DeploymentStatus['conditions']>[number];

function setCondition(ctx: Ctx, list: Condition[], type: string, status: string, reason: string, message: string, progress: boolean): void {
  const now = rfc3339(ctx.now());
  const c = list.find((x) => x.type === type);
  if (!c) {
    list.push({ type, status, lastUpdateTime: now, lastTransitionTime: now, reason, message });
    return;
  }
  if (c.status !== status) c.lastTransitionTime = now;
  if (c.status !== status || c.reason !== reason || c.message !== message || progress) c.lastUpdateTime = now;
  Object.assign(c, { status, reason, message });
}

export function isComplete(d: Deployment): boolean {
  const s = d.status;
  return (s.updatedReplicas ?? 0) === d.spec.replicas && (s.replicas ?? 0) === d.spec.replicas && (s.availableReplicas ?? 0) === d.spec.replicas && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 1);
}

/** When the progress deadline of an unfinished rollout passes (ms), or null. */
export function deadlineOf(d: Deployment): number | null {
  const p = d.status.conditions?.find((c) => c.type === 'Progressing');
  if (!p || p.status !== 'True' || p.reason === 'NewReplicaSetAvailable' || d.spec.paused) return null;
  return parseTime(p.lastUpdateTime) + d.spec.progressDeadlineSeconds * 1000;
}

export function writeStatus(ctx: Ctx, d: Deployment, newRS: ReplicaSet | undefined, rss: ReplicaSet[], created: boolean, progressed: boolean): boolean {
  const before = JSON.stringify(d.status);
  const replicas = sum(rss, (rs) => rs.status.replicas);
  const available = sum(rss, (rs) => rs.status.availableReplicas);
  const counts: DeploymentStatus = {
    observedGeneration: d.metadata.generation ?? 1,
    replicas,
    updatedReplicas: newRS?.status.replicas ?? 0,
    readyReplicas: sum(rss, (rs) => rs.status.readyReplicas),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, d.spec.replicas - available),
  };
  const conditions = [...(d.status.conditions ?? [])];
  const { maxUnavailable } = fenceposts(d);
  if (available >= d.spec.replicas - maxUnavailable) setCondition(ctx, conditions, 'Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', false);
  else setCondition(ctx, conditions, 'Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', false);
  const name = newRS?.metadata.name ?? '';
  const candidate: Deployment = { ...d, status: { ...counts, conditions } };
  const progressing = conditions.find((c) => c.type === 'Progressing');
  const moved = progressed || before !== JSON.stringify({ ...d.status, ...counts, conditions: d.status.conditions });
  if (created) setCondition(ctx, conditions, 'Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${name}"`, true);
  else if (newRS && isComplete(candidate)) setCondition(ctx, conditions, 'Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${name}" has successfully progressed.`, false);
  else if (newRS && !progressing) setCondition(ctx, conditions, 'Progressing', 'True', 'FoundNewReplicaSet', `Found new replica set "${name}"`, true);
  else if (newRS && progressing?.reason !== 'ProgressDeadlineExceeded' && moved) setCondition(ctx, conditions, 'Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${name}" is progressing.`, true);
  const deadline = deadlineOf({ ...candidate, status: { ...counts, conditions } });
  if (newRS && deadline !== null && deadline <= ctx.now() && !isComplete(candidate))
    setCondition(ctx, conditions, 'Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${name}" has timed out progressing.`, false);
  conditions.sort((a, b) => (a.type === 'Available' ? -1 : b.type === 'Available' ? 1 : 0));
  const status: DeploymentStatus = Object.fromEntries(Object.entries({ ...counts, conditions }).filter(([, v]) => v !== 0)) as DeploymentStatus;
  status.observedGeneration = counts.observedGeneration!;
  if (JSON.stringify(status) === before) return false;
  d.status = status;
  touch(ctx, d);
  return true;
}
