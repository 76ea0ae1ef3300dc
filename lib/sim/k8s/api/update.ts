/**
 * In-place updates kubectl sends as patches: scale, container images, labels and annotations.
 * Each bumps resourceVersion (and generation when the spec changed) and lets the controllers react.
 */
import { K8sError } from '../errors';
import { touch } from '../store';
import type { Ctx } from '../state';
import type { Container, KObject, PodSpec } from '../types';
import { reconcile } from '../reconcile';

/** Whether the object has a spec.replicas kubectl can scale. */
export function scalable(o: KObject): boolean {
  return ['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'].includes(o.kind);
}

export function setReplicas(ctx: Ctx, o: KObject, replicas: number): boolean {
  const spec = o['spec'] as { replicas?: number };
  if (spec.replicas === replicas) return false;
  spec.replicas = replicas;
  touch(ctx, o);
  if (o.metadata.generation !== undefined) o.metadata.generation++;
  reconcile(ctx);
  return true;
}

/** The pod spec inside a workload (or the pod's own). */
export function podSpecOf(o: KObject): PodSpec | undefined {
  if (o.kind === 'Pod') return o['spec'] as PodSpec;
  return (o['spec'] as { template?: { spec?: PodSpec } } | undefined)?.template?.spec;
}

/** `kubectl set image`: `name=image` pairs (`*` = every container). Returns whether anything changed. */
export function setImages(ctx: Ctx, o: KObject, images: ReadonlyArray<[string, string]>): boolean {
  const spec = podSpecOf(o);
  if (!spec) throw new K8sError('BadRequest', `unable to find container named in ${o.kind}`);
  const all: Container[] = [...(spec.initContainers ?? []), ...spec.containers];
  let changed = false;
  for (const [name, image] of images) {
    const hits = name === '*' ? all : all.filter((c) => c.name === name);
    if (hits.length === 0) throw new K8sError('NotFound', `unable to find container named "${name}"`);
    for (const c of hits) {
      if (c.image !== image) changed = true;
      c.image = image;
    }
  }
  if (!changed) return false;
  touch(ctx, o);
  if (o.metadata.generation !== undefined) o.metadata.generation++;
  reconcile(ctx);
  return true;
}

/** Replace labels or annotations after kubectl computed them. */
export function setMeta(ctx: Ctx, o: KObject, field: 'labels' | 'annotations', value: Record<string, string>): void {
  if (Object.keys(value).length === 0) delete o.metadata[field];
  else o.metadata[field] = value;
  touch(ctx, o);
  reconcile(ctx);
}
