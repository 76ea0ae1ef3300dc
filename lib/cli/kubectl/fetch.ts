/**
 * Fetching what the resource arguments name: named objects (NotFound errors collected, not
 * thrown, so the found ones still print) or lists by namespace and label selector.
 */
import { notFound } from '../../sim/k8s/errors';
import { groupResource } from '../../sim/k8s/resources';
import { matches, parseSelector } from '../../sim/k8s/selector';
import { getObject, listObjects } from '../../sim/k8s/store';
import type { Ctx } from '../../sim/k8s/state';
import type { KObject } from '../../sim/k8s/types';
import { kubeErrorText } from './errors';
import type { Target } from './targets';

export interface Fetched {
  target: Target;
  objects: KObject[];
  /** `Error from server (NotFound): …` lines. */
  errors: string[];
}

export function fetchTargets(ctx: Ctx, targets: readonly Target[], o: { namespace: string | null; selector: string }): Fetched[] {
  const reqs = parseSelector(o.selector);
  return targets.map((target) => {
    const t = target.type;
    const ns = t.namespaced ? (o.namespace ?? undefined) : undefined;
    if (target.names.length === 0) {
      const objects = listObjects(ctx, t, ns).filter((x) => matches(reqs, x.metadata.labels));
      return { target, objects, errors: [] };
    }
    const objects: KObject[] = [];
    const errors: string[] = [];
    for (const name of target.names) {
      const obj = getObject(ctx, t, ns, name);
      if (obj && matches(reqs, obj.metadata.labels)) objects.push(obj);
      else errors.push(kubeErrorText(notFound(groupResource(t), name)));
    }
    return { target, objects, errors };
  });
}

/** `No resources found in default namespace.` / `No resources found` (cluster-scoped or -A). */
export function noResources(namespace: string | null, namespaced: boolean): string {
  return namespace && namespaced ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
}
