/**
 * Creating an object as the API server does: REST mapping of apiVersion/kind, strict decoding,
 * namespace, defaults, validation, allocation of ClusterIPs and NodePorts, then storage and the
 * controllers' reaction.
 */
import { clone, toBase64 } from '../util';
import { K8sError, NoMatchError, invalid } from '../errors';
import { defaultDeployment, defaultPod, defaultPodSpec, defaultService, templateMeta } from '../defaults';
import { randomClusterIp, randomNodePort } from '../names';
import { resourceForKind, type ResourceType } from '../resources';
import { decodeStrict } from '../schema/decode';
import { KIND_SCHEMAS } from '../schema/kinds';
import { createObject, listObjects } from '../store';
import type { Ctx } from '../state';
import type { Deployment, KObject, Pod, ReplicaSet, Service } from '../types';
import { reconcile } from '../reconcile';
import { validateObject } from './validate';

export interface WriteOptions {
  /** --dry-run=server: everything but storing. */
  dryRun?: boolean;
}

/** The resource type of a manifest, or NoMatchError. */
export function mappingOf(o: { apiVersion?: unknown; kind?: unknown }): ResourceType {
  const t = resourceForKind(String(o.apiVersion ?? ''), String(o.kind ?? ''));
  if (!t) throw new NoMatchError(String(o.kind ?? ''), String(o.apiVersion ?? ''));
  return t;
}

/** Strict decoding (BadRequest) of a manifest of a known kind. */
export function decode(t: ResourceType, o: Record<string, unknown>): void {
  const schema = KIND_SCHEMAS[t.kind];
  if (!schema) return;
  const problem = decodeStrict(schema, o);
  if (!problem) return;
  const prefix = `${t.kind} in version "${t.version}" cannot be handled as a ${t.kind}: `;
  if (problem.kind === 'type') throw new K8sError('BadRequest', prefix + problem.message);
  throw new K8sError('BadRequest', prefix + 'strict decoding error: ' + problem.fields.map((f) => `unknown field "${f}"`).join(', '));
}

function allocateService(ctx: Ctx, svc: Service): void {
  const services = listObjects<Service>(ctx, 'services');
  const ips = new Set(services.map((s) => s.spec.clusterIP));
  const name = svc.metadata.name;
  if (!svc.spec.clusterIP) svc.spec.clusterIP = randomClusterIp(ctx.eng.world.rng, ips);
  else if (svc.spec.clusterIP !== 'None' && ips.has(svc.spec.clusterIP))
    throw invalid('Service', 'Service', name, [`spec.clusterIPs: Invalid value: []string{"${svc.spec.clusterIP}"}: failed to allocate IP ${svc.spec.clusterIP}: provided IP is already allocated`]);
  svc.spec.clusterIPs ??= [svc.spec.clusterIP];
  if (svc.spec.type === 'NodePort' || svc.spec.type === 'LoadBalancer') {
    const taken = new Set(services.flatMap((s) => (s.spec.ports ?? []).map((p) => p.nodePort).filter((p): p is number => !!p)));
    (svc.spec.ports ?? []).forEach((p, i) => {
      if (p.nodePort && taken.has(p.nodePort)) throw invalid('Service', 'Service', name, [`spec.ports[${i}].nodePort: Invalid value: ${p.nodePort}: provided port is already allocated`]);
      p.nodePort ??= randomNodePort(ctx.eng.world.rng, taken);
      taken.add(p.nodePort);
    });
  }
}

const SERVER_FIELDS = ['uid', 'resourceVersion', 'creationTimestamp', 'generation', 'deletionTimestamp', 'managedFields', 'selfLink'];

/** What the server stores for a manifest (defaults filled), without storing it. */
export function prepare(ctx: Ctx, raw: KObject, namespace: string): { t: ResourceType; obj: KObject } {
  const t = mappingOf(raw);
  decode(t, raw as Record<string, unknown>);
  const obj = clone(raw);
  obj.metadata = { ...(obj.metadata ?? {}) } as KObject['metadata'];
  for (const f of SERVER_FIELDS) delete (obj.metadata as unknown as Record<string, unknown>)[f];
  if (t.namespaced) obj.metadata.namespace ??= namespace;
  else delete obj.metadata.namespace;
  validateObject(t, obj);
  switch (t.kind) {
    case 'Deployment':
      obj['status'] = {};
      defaultDeployment(obj as Deployment);
      templateMeta(obj);
      break;
    case 'ReplicaSet':
      (obj as ReplicaSet).spec.replicas ??= 1;
      defaultPodSpec((obj as ReplicaSet).spec.template.spec);
      templateMeta(obj);
      obj['status'] = { replicas: 0 };
      break;
    case 'Pod':
      defaultPod(ctx, (obj as Pod).spec);
      obj['status'] = { phase: 'Pending', qosClass: 'BestEffort' };
      break;
    case 'Service':
      delete obj['status'];
      defaultService(obj as Service);
      allocateService(ctx, obj as Service);
      break;
    case 'Secret': {
      const string = obj['stringData'] as Record<string, string> | undefined;
      if (string) obj['data'] = { ...((obj['data'] as Record<string, string>) ?? {}), ...Object.fromEntries(Object.entries(string).map(([k, v]) => [k, toBase64(v)])) };
      delete obj['stringData'];
      obj['type'] ??= 'Opaque';
      break;
    }
    case 'Namespace':
      obj.metadata.labels = { ...obj.metadata.labels, 'kubernetes.io/metadata.name': obj.metadata.name };
      obj['spec'] = { finalizers: ['kubernetes'] };
      obj['status'] = { phase: 'Active' };
      break;
  }
  return { t, obj };
}

export function createResource(ctx: Ctx, raw: KObject, namespace: string, o: WriteOptions = {}): { t: ResourceType; obj: KObject } {
  const { t, obj } = prepare(ctx, raw, namespace);
  if (o.dryRun) return { t, obj };
  createObject(ctx, t, obj);
  reconcile(ctx);
  return { t, obj };
}
