/**
 * The kubelet's container runtime calls: a pod's containers become containers of the node's Docker
 * (named `k8s_<container>_<pod>_<namespace>_<uid>_0` as cri-dockerd names them). The first
 * container holds the pod's IP on the pod network; the others join its network namespace.
 */
import { fromBase64 } from '../util';
import { hostOf } from '../../core/engine';
import { createContainer } from '../../containers/create';
import { killContainer } from '../../containers/control';
import { removeContainer } from '../../containers/manage';
import { startContainer } from '../../containers/start';
import type { ContainerRecord } from '../../containers/types';
import { listObjects, getObject } from '../store';
import type { Ctx } from '../state';
import type { Container, KObject, Pod, Service } from '../types';

export const POD_NETWORK = 'cni0';

/** `128Mi`, `1G`, `512M` → bytes; cpu `100m`, `0.5`, `2` → nano CPUs. */
export function memoryBytes(q: string | undefined): number {
  if (!q) return 0;
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|K|M|G|T|e\d+)?$/.exec(q);
  if (!m) return 0;
  const mult: Record<string, number> = { '': 1, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
  const unit = m[2] ?? '';
  return Math.round(Number(m[1]) * (unit.startsWith('e') ? 10 ** Number(unit.slice(1)) : (mult[unit] ?? 1)));
}

export function nanoCpus(q: string | undefined): number {
  if (!q) return 0;
  return q.endsWith('m') ? Number(q.slice(0, -1)) * 1e6 : Math.round(Number(q) * 1e9);
}

function envName(svc: string): string {
  return svc.toUpperCase().replace(/-/g, '_');
}

/** Docker-link style variables for the services of the namespace (enableServiceLinks) and the API. */
function serviceEnv(ctx: Ctx, ns: string): string[] {
  const out: string[] = [];
  const api = getObject<Service>(ctx, 'services', 'default', 'kubernetes');
  const services = [...listObjects<Service>(ctx, 'services', ns).filter((s) => s.metadata.name !== 'kubernetes'), ...(api ? [api] : [])];
  for (const s of services) {
    const p = s.spec.ports?.[0];
    if (!p || !s.spec.clusterIP || s.spec.clusterIP === 'None') continue;
    const n = envName(s.metadata.name);
    const proto = p.protocol.toLowerCase();
    out.push(`${n}_SERVICE_HOST=${s.spec.clusterIP}`, `${n}_SERVICE_PORT=${p.port}`);
    if (p.name) out.push(`${n}_SERVICE_PORT_${envName(p.name)}=${p.port}`);
    out.push(`${n}_PORT=${proto}://${s.spec.clusterIP}:${p.port}`);
    for (const q of s.spec.ports ?? []) {
      const base = `${n}_PORT_${q.port}_${q.protocol}`;
      out.push(`${base}=${q.protocol.toLowerCase()}://${s.spec.clusterIP}:${q.port}`, `${base}_PROTO=${q.protocol.toLowerCase()}`, `${base}_PORT=${q.port}`, `${base}_ADDR=${s.spec.clusterIP}`);
    }
  }
  return out;
}

function lookupRef(ctx: Ctx, ns: string, kind: 'configmaps' | 'secrets', name: string, key: string): string | undefined {
  const o = getObject<KObject>(ctx, kind, ns, name);
  const data = o?.['data'] as Record<string, string> | undefined;
  const v = data?.[key];
  if (v === undefined) return undefined;
  return kind === 'secrets' ? (fromBase64(v) ?? '') : v;
}

function containerEnv(ctx: Ctx, pod: Pod, c: Container): string[] {
  const ns = pod.metadata.namespace ?? 'default';
  const out: string[] = [];
  for (const from of (c['envFrom'] as Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }> | undefined) ?? []) {
    const kind = from.configMapRef ? 'configmaps' : 'secrets';
    const name = (from.configMapRef ?? from.secretRef)?.name ?? '';
    const data = (getObject<KObject>(ctx, kind, ns, name)?.['data'] as Record<string, string> | undefined) ?? {};
    for (const [k, v] of Object.entries(data)) out.push(`${k}=${kind === 'secrets' ? (fromBase64(v) ?? '') : v}`);
  }
  for (const e of c.env ?? []) {
    if (e.value !== undefined) out.push(`${e.name}=${e.value}`);
    const vf = e.valueFrom as { configMapKeyRef?: { name: string; key: string }; secretKeyRef?: { name: string; key: string }; fieldRef?: { fieldPath: string } } | undefined;
    if (vf?.configMapKeyRef) out.push(`${e.name}=${lookupRef(ctx, ns, 'configmaps', vf.configMapKeyRef.name, vf.configMapKeyRef.key) ?? ''}`);
    if (vf?.secretKeyRef) out.push(`${e.name}=${lookupRef(ctx, ns, 'secrets', vf.secretKeyRef.name, vf.secretKeyRef.key) ?? ''}`);
    if (vf?.fieldRef) {
      const f = vf.fieldRef.fieldPath;
      const v = f === 'metadata.name' ? pod.metadata.name : f === 'metadata.namespace' ? ns : f === 'status.podIP' ? (pod.status.podIP ?? '') : f === 'spec.nodeName' ? 'minikube' : '';
      out.push(`${e.name}=${v}`);
    }
  }
  return [...out, ...(pod.spec['enableServiceLinks'] === false ? [] : serviceEnv(ctx, ns))];
}

/** Create the node-side container for container `index` of the pod. */
export function createPodContainer(ctx: Ctx, pod: Pod, index: number, firstId: string | undefined): ContainerRecord {
  const c = pod.spec.containers[index]!;
  const ns = pod.metadata.namespace ?? 'default';
  const limits = c.resources?.limits ?? {};
  const { container } = createContainer(ctx.node, {
    name: `k8s_${c.name}_${pod.metadata.name}_${ns}_${pod.metadata.uid}_0`,
    config: {
      Image: c.image,
      Hostname: pod.metadata.name,
      ...(c.command ? { Entrypoint: c.command } : {}),
      ...(c.args ? { Cmd: c.args } : c.command ? { Cmd: [] } : {}),
      Env: containerEnv(ctx, pod, c),
      ...(c.workingDir ? { WorkingDir: c.workingDir } : {}),
      Tty: c.tty ?? false,
      OpenStdin: c.stdin ?? false,
      Labels: {
        'io.kubernetes.container.name': c.name,
        'io.kubernetes.pod.name': pod.metadata.name,
        'io.kubernetes.pod.namespace': ns,
        'io.kubernetes.pod.uid': pod.metadata.uid,
      },
    },
    hostConfig: {
      NetworkMode: firstId ? `container:${firstId}` : POD_NETWORK,
      Memory: memoryBytes(limits['memory']),
      NanoCpus: nanoCpus(limits['cpu']),
    },
    ...(firstId ? {} : { endpoints: { [POD_NETWORK]: { ipv4Address: pod.status.podIP! } } }),
  });
  return container;
}

export function engineContainer(ctx: Ctx, id: string | undefined): ContainerRecord | undefined {
  return id ? hostOf(ctx.node).containers[id] : undefined;
}

export { startContainer };

/** Send a signal; true when the process ended. */
export function signalContainer(ctx: Ctx, id: string, signal: string): boolean {
  const c = engineContainer(ctx, id);
  if (!c?.state.Running) return true;
  killContainer(ctx.node, id, signal);
  return !engineContainer(ctx, id)?.state.Running;
}

export function removePodContainers(ctx: Ctx, ids: readonly string[]): void {
  for (const id of [...ids].reverse()) if (engineContainer(ctx, id)) removeContainer(ctx.node, id, { force: true });
}
