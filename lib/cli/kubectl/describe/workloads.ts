/** describe deployment and replicaset. */
import { eventsFor } from '../../../sim/k8s/events';
import { listObjects } from '../../../sim/k8s/store';
import { selectorString } from '../../../sim/k8s/selector';
import type { Ctx } from '../../../sim/k8s/state';
import type { Deployment, Pod, ReplicaSet } from '../../../sim/k8s/types';
import { REVISION, revisionOf, sameTemplate } from '../../../sim/k8s/controllers/rollout-math';
import { Describe, describeTime } from './writer';
import { podTemplate } from './template';

function rsSummary(rs: ReplicaSet): string {
  return `${rs.metadata.name} (${rs.status.replicas ?? 0}/${rs.spec.replicas} replicas created)`;
}

export function describeDeployment(k: Ctx, d: Deployment): string {
  const w = new Describe();
  const s = d.status;
  w.line(0, 'Name:', d.metadata.name);
  w.line(0, 'Namespace:', d.metadata.namespace ?? 'default');
  w.line(0, 'CreationTimestamp:', describeTime(d.metadata.creationTimestamp));
  w.labels(0, 'Labels:', d.metadata.labels);
  w.annotations(0, d.metadata.annotations);
  w.line(0, 'Selector:', selectorString(d.spec.selector));
  const unavailable = s.unavailableReplicas ?? 0;
  w.line(0, 'Replicas:', `${d.spec.replicas} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ${s.availableReplicas ?? 0} available | ${unavailable} unavailable`);
  w.line(0, 'StrategyType:', d.spec.strategy.type);
  w.line(0, 'MinReadySeconds:', String(d.spec.minReadySeconds ?? 0));
  const ru = d.spec.strategy.rollingUpdate;
  if (ru) w.line(0, 'RollingUpdateStrategy:', `${ru.maxUnavailable} max unavailable, ${ru.maxSurge} max surge`);
  w.line(0, 'Pod Template:');
  podTemplate(w, 1, d.spec.template);
  const conds = s.conditions ?? [];
  if (conds.length) {
    w.line(0, 'Conditions:');
    w.line(1, 'Type\tStatus\tReason');
    w.line(1, '----\t------\t------');
    for (const c of conds) w.line(1, `${c.type}\t${c.status}\t${c.reason}`);
  }
  const rss = listObjects<ReplicaSet>(k, 'replicasets.apps', d.metadata.namespace).filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid));
  const newRS = rss.find((rs) => sameTemplate(rs.spec.template, d.spec.template));
  const olds = rss.filter((rs) => rs !== newRS && (rs.spec.replicas > 0 || (rs.status.replicas ?? 0) > 0));
  w.line(0, 'OldReplicaSets:', olds.length ? olds.map(rsSummary).join(', ') : '<none>');
  w.line(0, 'NewReplicaSet:', newRS ? rsSummary(newRS) : '<none>');
  w.events(eventsFor(k, d), k.now());
  return w.toString();
}

export function describeReplicaSet(k: Ctx, rs: ReplicaSet): string {
  const w = new Describe();
  w.line(0, 'Name:', rs.metadata.name);
  w.line(0, 'Namespace:', rs.metadata.namespace ?? 'default');
  w.line(0, 'Selector:', selectorString(rs.spec.selector));
  w.labels(0, 'Labels:', rs.metadata.labels);
  w.annotations(0, rs.metadata.annotations);
  const owner = rs.metadata.ownerReferences?.find((r) => r.controller);
  if (owner) w.line(0, 'Controlled By:', `${owner.kind}/${owner.name}`);
  w.line(0, 'Replicas:', `${rs.status.replicas ?? 0} current / ${rs.spec.replicas} desired`);
  const pods = listObjects<Pod>(k, 'pods', rs.metadata.namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === rs.metadata.uid));
  const count = (ph: string) => pods.filter((p) => p.status?.phase === ph).length;
  w.line(0, 'Pods Status:', `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`);
  w.line(0, 'Pod Template:');
  podTemplate(w, 1, rs.spec.template);
  w.events(eventsFor(k, rs), k.now());
  return w.toString();
}

/** rollout history --revision=N: the template of that revision. */
export function describeRevision(rs: ReplicaSet): string {
  const w = new Describe();
  w.line(0, 'Pod Template:');
  podTemplate(w, 1, rs.spec.template);
  return w.toString();
}

export { REVISION, revisionOf };
