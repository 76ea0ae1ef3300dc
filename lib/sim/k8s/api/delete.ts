/**
 * Deleting objects: pods terminate gracefully, namespaces drain then disappear (the four system
 * namespaces refuse), everything else goes at once and the garbage collector takes its dependents
 * (or leaves them, with --cascade=orphan).
 */
import { K8sError } from '../errors';
import { beginTermination } from '../kubelet/terminate';
import { groupResource, type ResourceType } from '../resources';
import { listObjects, removeObject, requireObject, touch } from '../store';
import type { Ctx } from '../state';
import { rfc3339 } from '../time';
import type { KObject, Pod } from '../types';
import { reconcile } from '../reconcile';

export interface DeleteOptions {
  /** --grace-period (seconds); undefined = the object's own. */
  grace?: number;
  cascade?: 'background' | 'foreground' | 'orphan';
  dryRun?: boolean;
}

const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export function deleteResource(ctx: Ctx, t: ResourceType, namespace: string | undefined, name: string, o: DeleteOptions = {}): KObject {
  const obj = requireObject(ctx, t, namespace, name);
  if (o.dryRun) return obj;
  if (t.kind === 'Namespace' && SYSTEM_NAMESPACES.includes(name)) throw new K8sError('Forbidden', `namespaces "${name}" is forbidden: this namespace may not be deleted`);
  if (o.cascade === 'orphan') {
    for (const bucket of Object.values(ctx.cluster.objects))
      for (const dep of Object.values(bucket)) {
        if (!dep.metadata.ownerReferences?.some((r) => r.uid === obj.metadata.uid)) continue;
        dep.metadata.ownerReferences = dep.metadata.ownerReferences.filter((r) => r.uid !== obj.metadata.uid);
        if (dep.metadata.ownerReferences.length === 0) delete dep.metadata.ownerReferences;
        touch(ctx, dep);
      }
  }
  if (t.kind === 'Pod') beginTermination(ctx, obj as Pod, o.grace);
  else if (t.kind === 'Namespace') {
    obj.metadata.deletionTimestamp = rfc3339(ctx.now());
    (obj['status'] as { phase: string }).phase = 'Terminating';
    touch(ctx, obj);
  } else removeObject(ctx, groupResource(t), obj);
  reconcile(ctx);
  return obj;
}

/** Whether an object is still stored (kubectl delete waits for this to become false). */
export function stillExists(ctx: Ctx, t: ResourceType, namespace: string | undefined, name: string): boolean {
  return listObjects(ctx, t, t.namespaced ? namespace : undefined).some((o) => o.metadata.name === name);
}
