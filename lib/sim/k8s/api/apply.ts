/**
 * `kubectl apply` (client-side): create with the last-applied-configuration annotation, or merge
 * three ways (last applied, the new manifest, the live object): fields removed from the manifest
 * go, fields the server or others set stay, lists of named things (containers, ports, env) merge
 * by key. Reports created / configured / unchanged.
 */
import { clone } from '../util';
import { defaultDeployment, defaultService } from '../defaults';
import { getObject, updateObject } from '../store';
import type { Ctx } from '../state';
import type { Deployment, KObject, Service } from '../types';
import { reconcile } from '../reconcile';
import { createResource, decode, mappingOf, type WriteOptions } from './create';
import { validateObject } from './validate';
import type { ResourceType } from '../resources';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MERGE_KEYS = ['name', 'containerPort', 'port', 'mountPath', 'ip'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(sortedJson).join(',') + ']';
  if (isObj(v)) return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + sortedJson(v[k])).join(',') + '}';
  return JSON.stringify(v);
}

/** The annotation's value: the manifest as kubectl sends it (namespace set, annotations kept as {}). */
export function lastAppliedOf(raw: KObject, namespace: string | undefined): string {
  const c = clone(raw) as unknown as Obj & { metadata: Obj };
  c.metadata = { ...c.metadata, annotations: { ...((c.metadata['annotations'] as Obj) ?? {}) } };
  delete (c.metadata['annotations'] as Obj)[LAST_APPLIED];
  if (namespace) c.metadata['namespace'] = namespace;
  return sortedJson(c) + '\n';
}

function mergeKey(list: unknown[]): string | undefined {
  const first = list.find(isObj);
  return first ? MERGE_KEYS.find((k) => k in first) : undefined;
}

function merge(live: Obj, last: Obj, desired: Obj): Obj {
  for (const [k, v] of Object.entries(desired)) {
    const cur = live[k];
    if (isObj(v) && isObj(cur)) live[k] = merge(cur, isObj(last[k]) ? last[k] : {}, v);
    else if (Array.isArray(v) && Array.isArray(cur) && mergeKey(v)) {
      const key = mergeKey(v)!;
      const lastList = Array.isArray(last[k]) ? (last[k] as unknown[]) : [];
      live[k] = v.map((item) => {
        if (!isObj(item)) return clone(item);
        const old = cur.find((x) => isObj(x) && x[key] === item[key]);
        const prev = lastList.find((x) => isObj(x) && x[key] === item[key]);
        return isObj(old) ? merge(clone(old), isObj(prev) ? prev : {}, item) : clone(item);
      });
    } else live[k] = clone(v);
  }
  for (const k of Object.keys(last)) if (!(k in desired)) delete live[k];
  return live;
}

export type ApplyOutcome = 'created' | 'configured' | 'unchanged';

/** Whether an existing object was made imperatively (no last-applied annotation: kubectl warns). */
export function missingLastApplied(o: KObject): boolean {
  return !o.metadata.annotations?.[LAST_APPLIED];
}

export function applyResource(ctx: Ctx, raw: KObject, namespace: string, o: WriteOptions = {}): { t: ResourceType; obj: KObject; outcome: ApplyOutcome } {
  const t = mappingOf(raw);
  decode(t, raw as Obj);
  const ns = t.namespaced ? (raw.metadata?.namespace ?? namespace) : undefined;
  const annotation = lastAppliedOf(raw, ns);
  const withAnnotation = clone(raw);
  withAnnotation.metadata = { ...withAnnotation.metadata, ...(ns ? { namespace: ns } : {}), annotations: { ...withAnnotation.metadata?.annotations, [LAST_APPLIED]: annotation } };
  const existing = getObject(ctx, t, ns, raw.metadata?.name ?? '');
  if (!existing) {
    const { obj } = createResource(ctx, withAnnotation, namespace, o);
    return { t, obj, outcome: 'created' };
  }
  const previous = existing.metadata.annotations?.[LAST_APPLIED];
  const last = previous ? (JSON.parse(previous) as Obj) : {};
  const next = merge(clone(existing) as unknown as Obj, last, clone(withAnnotation) as unknown as Obj) as unknown as KObject;
  validateObject(t, next);
  if (t.kind === 'Deployment') defaultDeployment(next as Deployment);
  if (t.kind === 'Service') defaultService(next as Service);
  const strip = (x: KObject) => sortedJson({ ...x, metadata: { ...x.metadata, resourceVersion: '', generation: 0 }, status: null });
  if (strip(next) === strip(existing)) return { t, obj: existing, outcome: 'unchanged' };
  if (o.dryRun) return { t, obj: next, outcome: 'configured' };
  const specChanged = sortedJson(next['spec']) !== sortedJson(existing['spec']);
  updateObject(ctx, t, next, specChanged);
  reconcile(ctx);
  return { t, obj: next, outcome: 'configured' };
}
