/**
 * The API server's storage: objects by resource and `namespace/name`, with the metadata the server
 * owns (uid, resourceVersion, creationTimestamp, generation). Lists come back sorted by namespace
 * then name, as etcd returns them.
 */
import { K8sError, alreadyExists, notFound } from './errors';
import { newUid } from './names';
import { groupResource, resourceByKey, type ResourceType } from './resources';
import type { Ctx } from './state';
import { rfc3339 } from './time';
import type { KObject } from './types';

export function keyOf(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

function bucket(ctx: Ctx, t: ResourceType | string): Record<string, KObject> {
  const key = typeof t === 'string' ? t : groupResource(t);
  return (ctx.cluster.objects[key] ??= {});
}

export function getObject<T extends KObject = KObject>(ctx: Ctx, t: ResourceType | string, namespace: string | undefined, name: string): T | undefined {
  return bucket(ctx, t)[keyOf(namespace, name)] as T | undefined;
}

export function requireObject<T extends KObject = KObject>(ctx: Ctx, t: ResourceType, namespace: string | undefined, name: string): T {
  const o = getObject<T>(ctx, t, t.namespaced ? namespace : undefined, name);
  if (!o) throw notFound(groupResource(t), name);
  return o;
}

/** Objects of a type, in one namespace or all (undefined), sorted like the API server lists them. */
export function listObjects<T extends KObject = KObject>(ctx: Ctx, t: ResourceType | string, namespace?: string): T[] {
  const all = Object.values(bucket(ctx, t)) as T[];
  const pick = namespace === undefined ? all : all.filter((o) => o.metadata.namespace === namespace);
  return pick.sort((a, b) => {
    const ka = keyOf(a.metadata.namespace, a.metadata.name);
    const kb = keyOf(b.metadata.namespace, b.metadata.name);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

function nextRv(ctx: Ctx): string {
  return String(ctx.cluster.rv++);
}

/** Store a new object: fills uid, resourceVersion, creationTimestamp (and generation for workloads). */
export function createObject<T extends KObject>(ctx: Ctx, t: ResourceType | string, obj: T): T {
  const type = typeof t === 'string' ? resourceByKey(t)! : t;
  const b = bucket(ctx, type);
  const key = keyOf(obj.metadata.namespace, obj.metadata.name);
  if (b[key]) throw alreadyExists(groupResource(type), obj.metadata.name);
  if (type.namespaced && obj.metadata.namespace && obj.metadata.namespace !== 'default') {
    const ns = getObject(ctx, 'namespaces', undefined, obj.metadata.namespace);
    if (!ns) throw new K8sError('NotFound', `namespaces "${obj.metadata.namespace}" not found`);
    if (ns.metadata.deletionTimestamp)
      throw new K8sError('Forbidden', `${groupResource(type)} "${obj.metadata.name}" is forbidden: unable to create new content in namespace ${obj.metadata.namespace} because it is being terminated`);
  }
  const meta = obj.metadata;
  meta.uid = newUid(ctx.eng.world.rng);
  meta.resourceVersion = nextRv(ctx);
  meta.creationTimestamp = rfc3339(ctx.now());
  if ('spec' in obj && ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(obj.kind)) meta.generation = 1;
  b[key] = obj;
  return obj;
}

/** Replace a stored object (same key); bumps resourceVersion, and generation when the spec changed. */
export function updateObject<T extends KObject>(ctx: Ctx, t: ResourceType | string, obj: T, specChanged = false): T {
  const b = bucket(ctx, t);
  const key = keyOf(obj.metadata.namespace, obj.metadata.name);
  if (!b[key]) throw notFound(typeof t === 'string' ? t : groupResource(t), obj.metadata.name);
  obj.metadata.resourceVersion = nextRv(ctx);
  if (specChanged && obj.metadata.generation !== undefined) obj.metadata.generation++;
  b[key] = obj;
  return obj;
}

/** Bump the resourceVersion of an object changed in place (status updates). */
export function touch(ctx: Ctx, obj: KObject): void {
  obj.metadata.resourceVersion = nextRv(ctx);
}

export function removeObject(ctx: Ctx, t: ResourceType | string, obj: KObject): void {
  delete bucket(ctx, t)[keyOf(obj.metadata.namespace, obj.metadata.name)];
}

/** Objects owned (controller reference) by `owner`. */
export function ownedBy<T extends KObject = KObject>(ctx: Ctx, t: ResourceType | string, owner: KObject): T[] {
  return listObjects<T>(ctx, t, owner.metadata.namespace).filter((o) => o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid));
}

export function controllerOf(o: KObject): { kind: string; name: string; uid: string } | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller);
}
