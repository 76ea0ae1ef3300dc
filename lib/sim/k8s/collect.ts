/**
 * A controller deleting an object (a namespace draining, the garbage collector): a pod starts its
 * graceful termination (once), anything else leaves the store at once.
 */
import { beginTermination } from './kubelet/terminate';
import { groupResource, type ResourceType } from './resources';
import { removeObject } from './store';
import type { Ctx } from './state';
import type { KObject, Pod } from './types';

/** Whether the store changed. */
export function collectObject(ctx: Ctx, t: ResourceType, o: KObject): boolean {
  if (t.kind !== 'Pod') {
    removeObject(ctx, groupResource(t), o);
    return true;
  }
  if (o.metadata.deletionTimestamp) return false;
  beginTermination(ctx, o as Pod);
  return true;
}
