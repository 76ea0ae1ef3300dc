/**
 * Events as controllers and the kubelet record them: one object per (object, reason, message,
 * source), counted when it repeats (`x3 over 2m` in describe). Kept for an hour, at most 500.
 */
import { createObject, listObjects, removeObject, touch } from './store';
import type { Ctx } from './state';
import { parseTime, rfc3339 } from './time';
import type { KEvent, KObject } from './types';

const MAX_EVENTS = 500;
const TTL_MS = 3_600_000;

export interface EventSource {
  component: string;
  host?: string;
}

export const KUBELET: EventSource = { component: 'kubelet', host: 'minikube' };
export const SCHEDULER: EventSource = { component: 'default-scheduler' };
export const DEPLOYMENT_CONTROLLER: EventSource = { component: 'deployment-controller' };
export const REPLICASET_CONTROLLER: EventSource = { component: 'replicaset-controller' };

export function recordEvent(ctx: Ctx, obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource, fieldPath?: string): void {
  const ns = obj.metadata.namespace ?? 'default';
  const now = rfc3339(ctx.now());
  const same = listObjects<KEvent>(ctx, 'events', ns).find(
    (e) => e.involvedObject.uid === obj.metadata.uid && e.reason === reason && e.message === message && e.source.component === source.component,
  );
  if (same) {
    same.count++;
    same.lastTimestamp = now;
    touch(ctx, same);
    return;
  }
  const ev: KEvent = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${obj.metadata.name}.${(BigInt(ctx.now()) * 1000000n + BigInt(ctx.eng.world.seq++ % 1000000)).toString(16)}`, namespace: ns, uid: '', resourceVersion: '', creationTimestamp: '' },
    involvedObject: {
      kind: obj.kind,
      namespace: ns,
      name: obj.metadata.name,
      uid: obj.metadata.uid,
      apiVersion: obj.apiVersion,
      resourceVersion: obj.metadata.resourceVersion,
      ...(fieldPath ? { fieldPath } : {}),
    },
    reason,
    message,
    source,
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
    type,
    eventTime: null,
    reportingComponent: source.component === 'kubelet' ? 'kubelet' : source.component,
    reportingInstance: source.host ?? '',
  };
  try {
    createObject(ctx, 'events', ev);
  } catch {
    return; // the namespace is being deleted: the API refuses new content
  }
  prune(ctx);
}

function prune(ctx: Ctx): void {
  const all = listObjects<KEvent>(ctx, 'events');
  const cutoff = ctx.now() - TTL_MS;
  const old = all.filter((e) => parseTime(e.lastTimestamp) < cutoff);
  for (const e of old) removeObject(ctx, 'events', e);
  const rest = all.filter((e) => parseTime(e.lastTimestamp) >= cutoff).sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
  for (const e of rest.slice(0, Math.max(0, rest.length - MAX_EVENTS))) removeObject(ctx, 'events', e);
}

/** Events about one object, oldest first (describe's Events table). */
export function eventsFor(ctx: Ctx, obj: KObject): KEvent[] {
  return listObjects<KEvent>(ctx, 'events', obj.metadata.namespace ?? 'default')
    .filter((e) => e.involvedObject.uid === obj.metadata.uid)
    .sort((a, b) => parseTime(a.firstTimestamp) - parseTime(b.firstTimestamp) || Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
}
