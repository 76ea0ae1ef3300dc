/**
 * Which pod (and container) a logs / exec / port-forward argument means: `POD`, `pod/NAME`, or a
 * workload (`deploy/x`, `rs/x`, `svc/x`) whose first active pod is used, running ones first.
 */
import { notFound } from '../../sim/k8s/errors';
import { groupResource } from '../../sim/k8s/resources';
import { fromLabelSelector, matches } from '../../sim/k8s/selector';
import { getObject, listObjects } from '../../sim/k8s/store';
import type { Ctx } from '../../sim/k8s/state';
import type { KObject, LabelSelector, Pod, Service } from '../../sim/k8s/types';
import { CliError } from '../command';
import { resolveType } from './targets';

function selectorOf(o: KObject): ReturnType<typeof fromLabelSelector> {
  if (o.kind === 'Service') return fromLabelSelector({ matchLabels: (o as Service).spec.selector ?? {} });
  return fromLabelSelector((o['spec'] as { selector?: LabelSelector }).selector);
}

function rank(p: Pod): number {
  if (p.metadata.deletionTimestamp) return 3;
  if (p.status?.phase === 'Running') return p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 0 : 1;
  return 2;
}

export interface Picked {
  pod: Pod;
  /** How many pods matched a workload (kubectl says `Found 3 pods, using pod/…`). */
  among: number;
}

export function pickPod(k: Ctx, ns: string, arg: string): Picked {
  const slash = arg.indexOf('/');
  if (slash < 0) {
    const pod = getObject<Pod>(k, 'pods', ns, arg);
    if (!pod) throw notFound('pods', arg);
    return { pod, among: 1 };
  }
  const t = resolveType(arg.slice(0, slash));
  const name = arg.slice(slash + 1);
  if (t.kind === 'Pod') return pickPod(k, ns, name);
  const owner = getObject(k, t, ns, name);
  if (!owner) throw notFound(groupResource(t), name);
  const sel = selectorOf(owner);
  const pods = listObjects<Pod>(k, 'pods', ns)
    .filter((p) => matches(sel, p.metadata.labels))
    .sort((a, b) => rank(a) - rank(b) || b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp));
  if (pods.length === 0) throw new CliError(`error: timed out waiting for the condition`, 1);
  return { pod: pods[0]!, among: pods.length };
}

/** -c, or the pod's only / first container (with kubectl's `Defaulted container` note). */
export function pickContainer(pod: Pod, flag: string, note: (text: string) => void): string {
  const names = pod.spec.containers.map((c) => c.name);
  if (flag) {
    if (!names.includes(flag)) throw new CliError(`error: container ${flag} is not valid for pod ${pod.metadata.name}`, 1);
    return flag;
  }
  if (names.length > 1) note(`Defaulted container "${names[0]}" out of: ${names.join(', ')}\n`);
  return names[0]!;
}
