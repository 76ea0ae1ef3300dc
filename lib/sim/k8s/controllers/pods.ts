/** Pod helpers shared by the controllers: readiness, activity, and creating a pod from a template. */
import { clone } from '../util';
import { defaultPod } from '../defaults';
import { randomSuffix } from '../names';
import { createObject } from '../store';
import type { Ctx } from '../state';
import type { KObject, Pod, PodTemplate } from '../types';
import { parseTime } from '../time';

export function isPodReady(p: Pod): boolean {
  return p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Ready for at least minReadySeconds. */
export function isPodAvailable(p: Pod, minReadySeconds: number, now: number): boolean {
  const ready = p.status?.conditions?.find((c) => c.type === 'Ready' && c.status === 'True');
  if (!ready) return false;
  return minReadySeconds <= 0 || parseTime(ready.lastTransitionTime) + minReadySeconds * 1000 <= now;
}

/** Counted by controllers: not terminating, not finished. */
export function isPodActive(p: Pod): boolean {
  return !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
}

/** A new pod for `owner` from its template, named `<generateName><5 random>`. */
export function podFromTemplate(ctx: Ctx, owner: KObject, template: PodTemplate, generateName: string): Pod {
  const t = clone(template);
  const meta = t.metadata ?? {};
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: generateName + randomSuffix(ctx.eng.world.rng),
      generateName,
      namespace: owner.metadata.namespace ?? 'default',
      uid: '',
      resourceVersion: '',
      creationTimestamp: '',
      ...(meta.labels ? { labels: { ...meta.labels } } : {}),
      ...(meta.annotations ? { annotations: { ...meta.annotations } } : {}),
      ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: t.spec,
    status: { phase: 'Pending' },
  };
  defaultPod(ctx, pod.spec);
  return createObject(ctx, 'pods', pod);
}
