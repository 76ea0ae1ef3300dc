/**
 * Endpoints and EndpointSlices: for every Service with a selector, the IPs of the pods it selects,
 * ready ones as addresses and the others as notReadyAddresses, with the ports resolved (named
 * target ports through each pod's container ports).
 */
import { randomSuffix } from '../names';
import { fromLabelSelector, matches } from '../selector';
import { createObject, getObject, listObjects, removeObject, touch } from '../store';
import type { Ctx } from '../state';
import type { KObject, Pod, Service, ServicePort } from '../types';
import { isPodReady } from './pods';

interface Address {
  ip: string;
  nodeName: string;
  targetRef: { kind: 'Pod'; name: string; namespace: string; uid: string };
}

function targetPortOf(pod: Pod, p: ServicePort): number | undefined {
  if (typeof p.targetPort === 'number') return p.targetPort;
  for (const c of pod.spec.containers) for (const cp of c.ports ?? []) if (cp.name === p.targetPort) return cp.containerPort;
  return /^\d+$/.test(String(p.targetPort)) ? Number(p.targetPort) : undefined;
}

/** The pods behind a service, with readiness. */
export function selectedPods(ctx: Ctx, svc: Service): Pod[] {
  const sel = svc.spec.selector;
  if (!sel || Object.keys(sel).length === 0) return [];
  const reqs = fromLabelSelector({ matchLabels: sel });
  return listObjects<Pod>(ctx, 'pods', svc.metadata.namespace).filter((p) => p.status?.podIP && matches(reqs, p.metadata.labels) && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
}

/** Ready endpoints for service port `p`: [pod IP, container port]. */
export function readyEndpoints(ctx: Ctx, svc: Service, p: ServicePort): Array<{ ip: string; port: number }> {
  return selectedPods(ctx, svc)
    .filter((pod) => isPodReady(pod) && !pod.metadata.deletionTimestamp)
    .map((pod) => ({ ip: pod.status.podIP!, port: targetPortOf(pod, p) }))
    .filter((e): e is { ip: string; port: number } => e.port !== undefined);
}

function address(pod: Pod): Address {
  return { ip: pod.status.podIP!, nodeName: 'minikube', targetRef: { kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace ?? 'default', uid: pod.metadata.uid } };
}

function save(ctx: Ctx, resource: string, existing: KObject | undefined, fresh: KObject): boolean {
  if (!existing) {
    createObject(ctx, resource, fresh);
    return true;
  }
  const { metadata: _a, ...restOld } = existing;
  const { metadata: _b, ...restNew } = fresh;
  if (JSON.stringify(restOld) === JSON.stringify(restNew) && JSON.stringify(existing.metadata.labels) === JSON.stringify(fresh.metadata.labels)) return false;
  for (const k of Object.keys(existing)) if (k !== 'metadata') delete existing[k];
  Object.assign(existing, restNew);
  existing.metadata.labels = fresh.metadata.labels!;
  touch(ctx, existing);
  return true;
}

function syncOne(ctx: Ctx, svc: Service): boolean {
  const ns = svc.metadata.namespace ?? 'default';
  const name = svc.metadata.name;
  const pods = selectedPods(ctx, svc).filter((p) => !p.metadata.deletionTimestamp);
  const ready = pods.filter(isPodReady);
  const notReady = pods.filter((p) => !isPodReady(p));
  const ports = (svc.spec.ports ?? []).map((p) => ({ ...(p.name ? { name: p.name } : {}), port: targetPortOf(pods[0] ?? ({ spec: { containers: [] } } as unknown as Pod), p) ?? Number(p.targetPort), protocol: p.protocol }));
  const subset: Record<string, unknown> = {};
  if (ready.length) subset['addresses'] = ready.map(address);
  if (notReady.length) subset['notReadyAddresses'] = notReady.map(address);
  const labels = { ...svc.metadata.labels };
  const ep: KObject = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name, namespace: ns, uid: '', resourceVersion: '', creationTimestamp: '', ...(Object.keys(labels).length ? { labels } : {}) },
    ...(pods.length ? { subsets: [{ ...subset, ports }] } : {}),
  };
  let changed = save(ctx, 'endpoints', getObject(ctx, 'endpoints', ns, name), ep);
  const existingSlice = listObjects(ctx, 'endpointslices.discovery.k8s.io', ns).find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === name);
  const slice: KObject = {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name: existingSlice?.metadata.name ?? `${name}-${randomSuffix(ctx.eng.world.rng)}`,
      generateName: `${name}-`,
      namespace: ns,
      uid: '',
      resourceVersion: '',
      creationTimestamp: '',
      labels: { ...labels, 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': name },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    addressType: 'IPv4',
    endpoints: pods.map((p) => ({ addresses: [p.status.podIP!], conditions: { ready: isPodReady(p), serving: isPodReady(p), terminating: false }, nodeName: 'minikube', targetRef: address(p).targetRef })),
    ports: ports.map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol })),
  };
  if (pods.length === 0) slice['endpoints'] = null;
  changed = save(ctx, 'endpointslices.discovery.k8s.io', existingSlice, slice) || changed;
  return changed;
}

export function syncEndpoints(ctx: Ctx): boolean {
  let changed = false;
  const services = listObjects<Service>(ctx, 'services');
  for (const svc of services) if (svc.spec.selector && Object.keys(svc.spec.selector).length) changed = syncOne(ctx, svc) || changed;
  // Endpoints of deleted services go with them.
  for (const ep of listObjects(ctx, 'endpoints')) {
    if (!getObject(ctx, 'services', ep.metadata.namespace, ep.metadata.name)) {
      removeObject(ctx, 'endpoints', ep);
      changed = true;
    }
  }
  for (const s of listObjects(ctx, 'endpointslices.discovery.k8s.io')) {
    const svc = s.metadata.labels?.['kubernetes.io/service-name'];
    if (svc && !getObject(ctx, 'services', s.metadata.namespace, svc)) {
      removeObject(ctx, 'endpointslices.discovery.k8s.io', s);
      changed = true;
    }
  }
  return changed;
}
