/**
 * The garbage collector: objects whose owner is gone are deleted (background propagation), so
 * deleting a Deployment takes its ReplicaSets and then their pods with it.
 */
import { collectObject } from './collect';
import { RESOURCES } from './resources';
import { listObjects } from './store';
import type { Ctx } from './state';
import type { KObject } from './types';

function allUids(ctx: Ctx): Set<string> {
  const uids = new Set<string>();
  for (const bucket of Object.values(ctx.cluster.objects)) for (const o of Object.values(bucket)) uids.add(o.metadata.uid);
  return uids;
}

export function collectGarbage(ctx: Ctx): boolean {
  const uids = allUids(ctx);
  let changed = false;
  for (const t of RESOURCES) {
    if (t.name === 'events' || t.name === 'endpointslices') continue;
    for (const o of listObjects<KObject>(ctx, t)) {
      const refs = o.metadata.ownerReferences;
      if (!refs || refs.length === 0 || refs.some((r) => uids.has(r.uid))) continue;
      if (collectObject(ctx, t, o)) changed = true;
    }
  }
  return changed;
}
