/**
 * The columns `kubectl get` prints per kind (the server's table definitions), normal and -o wide.
 */
import { selectorString } from '../../../sim/k8s/selector';
import { ageOf } from '../../../sim/k8s/time';
import type { Deployment, KObject, Pod, ReplicaSet, Service } from '../../../sim/k8s/types';
import { podCells } from './pod-status';
import { endpointsCell, eventColumns, sliceEndpointsCell, slicePortsCell } from './columns-net';

export interface Columns {
  headers: readonly string[];
  wide?: readonly string[];
  cells(o: KObject, now: number): string[];
  wideCells?(o: KObject, now: number): string[];
}

const age = (o: KObject, now: number) => ageOf(o.metadata.creationTimestamp, now);
const n = (v: number | undefined) => String(v ?? 0);

function containers(o: KObject): { names: string; images: string } {
  const spec = (o['spec'] as { template?: { spec?: Pod['spec'] } }).template?.spec;
  const cs = spec?.containers ?? [];
  return { names: cs.map((c) => c.name).join(','), images: cs.map((c) => c.image).join(',') };
}

function servicePorts(s: Service): string {
  const ports = s.spec.ports ?? [];
  if (ports.length === 0) return '<none>';
  return ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`).join(',');
}

function externalIp(s: Service): string {
  const ingress = s.status?.loadBalancer?.ingress?.map((i) => i.ip) ?? [];
  const external = [...(s.spec.externalIPs ?? []), ...ingress];
  if (s.spec.type === 'LoadBalancer') return external.length ? external.join(',') : '<pending>';
  if (s.spec.type === 'ExternalName') return String(s.spec['externalName'] ?? '');
  return external.length ? external.join(',') : '<none>';
}

const POD: Columns = {
  headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
  wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  cells(o, now) {
    const c = podCells(o as Pod, now);
    return [o.metadata.name, c.ready, c.status, c.restarts, age(o, now)];
  },
  wideCells(o) {
    const p = o as Pod;
    return [p.status?.podIP ?? '<none>', p.spec.nodeName ?? '<none>', '<none>', '<none>'];
  },
};

const DEPLOYMENT: Columns = {
  headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
  wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  cells(o, now) {
    const d = o as Deployment;
    return [o.metadata.name, `${n(d.status.readyReplicas)}/${d.spec.replicas}`, n(d.status.updatedReplicas), n(d.status.availableReplicas), age(o, now)];
  },
  wideCells(o) {
    const c = containers(o);
    return [c.names, c.images, selectorString((o as Deployment).spec.selector)];
  },
};

const REPLICASET: Columns = {
  headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  cells(o, now) {
    const rs = o as ReplicaSet;
    return [o.metadata.name, String(rs.spec.replicas), n(rs.status.replicas), n(rs.status.readyReplicas), age(o, now)];
  },
  wideCells(o) {
    const c = containers(o);
    return [c.names, c.images, selectorString((o as ReplicaSet).spec.selector)];
  },
};

const SERVICE: Columns = {
  headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
  wide: ['SELECTOR'],
  cells(o, now) {
    const s = o as Service;
    return [o.metadata.name, s.spec.type, s.spec.clusterIP || '<none>', externalIp(s), servicePorts(s), age(o, now)];
  },
  wideCells: (o) => [(o as Service).spec.selector ? selectorString((o as Service).spec.selector) : '<none>'],
};

type NodeLike = KObject & { status: { conditions?: Array<{ type: string; status: string }>; nodeInfo: Record<string, string>; addresses: Array<{ type: string; address: string }> } };

const NODE: Columns = {
  headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
  wide: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
  cells(o, now) {
    const node = o as NodeLike;
    const ready = node.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    const roles = Object.keys(o.metadata.labels ?? {}).filter((k) => k.startsWith('node-role.kubernetes.io/')).map((k) => k.slice(24)).sort();
    return [o.metadata.name, ready ? 'Ready' : 'NotReady', roles.join(',') || '<none>', age(o, now), node.status.nodeInfo['kubeletVersion'] ?? ''];
  },
  wideCells(o) {
    const node = o as NodeLike;
    const addr = (t: string) => node.status.addresses.find((a) => a.type === t)?.address ?? '<none>';
    const i = node.status.nodeInfo;
    return [addr('InternalIP'), addr('ExternalIP'), i['osImage'] ?? '', i['kernelVersion'] ?? '', i['containerRuntimeVersion'] ?? ''];
  },
};

const simple = (headers: string[], f: (o: KObject) => string[]): Columns => ({
  headers: ['NAME', ...headers, 'AGE'],
  cells: (o, now) => [o.metadata.name, ...f(o), age(o, now)],
});

const dataCount = (o: KObject) => String(Object.keys((o['data'] as object | undefined) ?? {}).length + Object.keys((o['binaryData'] as object | undefined) ?? {}).length);

const BY_KIND: Record<string, Columns> = {
  Pod: POD,
  Deployment: DEPLOYMENT,
  ReplicaSet: REPLICASET,
  Service: SERVICE,
  Node: NODE,
  Namespace: simple(['STATUS'], (o) => [String((o['status'] as { phase?: string } | undefined)?.phase ?? 'Active')]),
  ConfigMap: simple(['DATA'], (o) => [dataCount(o)]),
  Secret: simple(['TYPE', 'DATA'], (o) => [String(o['type'] ?? 'Opaque'), dataCount(o)]),
  ServiceAccount: simple(['SECRETS'], (o) => [String(((o['secrets'] as unknown[]) ?? []).length)]),
  Endpoints: simple(['ENDPOINTS'], (o) => [endpointsCell(o)]),
  EndpointSlice: simple(['ADDRESSTYPE', 'PORTS', 'ENDPOINTS'], (o) => [String(o['addressType'] ?? 'IPv4'), slicePortsCell(o), sliceEndpointsCell(o)]),
  Event: eventColumns,
  DaemonSet: simple(['DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR'], (o) => {
    const s = (o['status'] ?? {}) as Record<string, number>;
    const sel = ((o['spec'] as { template?: { spec?: { nodeSelector?: Record<string, string> } } })?.template?.spec?.nodeSelector ?? {}) as Record<string, string>;
    return [n(s['desiredNumberScheduled']), n(s['currentNumberScheduled']), n(s['numberReady']), n(s['updatedNumberScheduled']), n(s['numberAvailable']), Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',') || '<none>'];
  }),
};

export function columnsFor(kind: string): Columns {
  return BY_KIND[kind] ?? { headers: ['NAME', 'AGE'], cells: (o, now) => [o.metadata.name, age(o, now)] };
}
