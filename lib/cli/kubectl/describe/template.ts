/** The containers / volumes part shared by describe pod, deployment, replicaset and rollout history. */
import type { Container, PodSpec, Probe } from '../../../sim/k8s/types';
import type { Describe } from './writer';

function probeText(p: Probe): string {
  const timing = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.httpGet) return `http-get ${p.httpGet.scheme === 'HTTPS' ? 'https' : 'http'}://:${p.httpGet.port}${p.httpGet.path ?? '/'} ${timing}`;
  if (p.tcpSocket) return `tcp-socket :${p.tcpSocket.port} ${timing}`;
  if (p.exec) return `exec [${p.exec.command.join(' ')}] ${timing}`;
  return timing;
}

function resources(d: Describe, level: number, title: string, m: Record<string, string> | undefined): void {
  if (!m || Object.keys(m).length === 0) return;
  d.line(level, title);
  for (const k of Object.keys(m).sort()) d.line(level + 1, `${k}:`, m[k]!);
}

/** One container's static fields (level = the container name's level + 1). */
export function containerFields(d: Describe, level: number, c: Container, mounts = true, withPorts = true): void {
  const ports = c.ports ?? [];
  const hostPorts = ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`);
  if (withPorts) {
    d.multi(level, 'Port:', ports.map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`));
    d.multi(level, 'Host Port:', hostPorts);
  }
  if (c.command?.length) {
    d.line(level, 'Command:');
    for (const a of c.command) d.line(level + 1, a);
  }
  if (c.args?.length) {
    d.line(level, 'Args:');
    for (const a of c.args) d.line(level + 1, a);
  }
  resources(d, level, 'Limits:', c.resources?.limits);
  resources(d, level, 'Requests:', c.resources?.requests);
  if (c.livenessProbe) d.line(level, 'Liveness:', probeText(c.livenessProbe));
  if (c.readinessProbe) d.line(level, 'Readiness:', probeText(c.readinessProbe));
  const env = c.env ?? [];
  if (env.length === 0) d.line(level, 'Environment:', '<none>');
  else {
    d.line(level, 'Environment:');
    for (const e of env) {
      const vf = e.valueFrom as { configMapKeyRef?: { name: string; key: string }; secretKeyRef?: { name: string; key: string }; fieldRef?: { fieldPath: string } } | undefined;
      const v = e.value ?? (vf?.configMapKeyRef ? `<set to the key '${vf.configMapKeyRef.key}' of config map '${vf.configMapKeyRef.name}'>  Optional: false` : vf?.secretKeyRef ? `<set to the key '${vf.secretKeyRef.key}' in secret '${vf.secretKeyRef.name}'>  Optional: false` : vf?.fieldRef ? `(v1:${vf.fieldRef.fieldPath})` : '');
      d.line(level + 1, `${e.name}:`, v);
    }
  }
  if (!mounts) return;
  const vm = (c['volumeMounts'] as Array<{ mountPath: string; name: string; readOnly?: boolean }> | undefined) ?? [];
  if (vm.length === 0) d.line(level, 'Mounts:', '<none>');
  else {
    d.line(level, 'Mounts:');
    for (const m of vm) d.line(level + 1, `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})`);
  }
}

export function volumes(d: Describe, level: number, spec: PodSpec): void {
  const vols = (spec['volumes'] as Array<Record<string, unknown> & { name: string }> | undefined) ?? [];
  if (vols.length === 0) {
    d.line(level, 'Volumes:', '<none>');
    return;
  }
  d.line(level, 'Volumes:');
  for (const v of vols) {
    d.line(level + 1, `${v.name}:`);
    if (v['projected']) {
      d.line(level + 2, 'Type:', 'Projected (a volume that contains injected data from multiple sources)');
      d.line(level + 2, 'TokenExpirationSeconds:', '3607');
      d.line(level + 2, 'ConfigMapName:', 'kube-root-ca.crt');
      d.line(level + 2, 'ConfigMapOptional:', '<nil>');
      d.line(level + 2, 'DownwardAPI:', 'true');
    } else if (v['emptyDir']) {
      d.line(level + 2, 'Type:', 'EmptyDir (a temporary directory that shares a pod\'s lifetime)');
      d.line(level + 2, 'Medium:', '');
      d.line(level + 2, 'SizeLimit:', '<unset>');
    } else if (v['configMap']) {
      d.line(level + 2, 'Type:', 'ConfigMap (a volume populated by a ConfigMap)');
      d.line(level + 2, 'Name:', String((v['configMap'] as { name: string }).name));
      d.line(level + 2, 'Optional:', 'false');
    } else if (v['secret']) {
      d.line(level + 2, 'Type:', 'Secret (a volume populated by a Secret)');
      d.line(level + 2, 'SecretName:', String((v['secret'] as { secretName: string }).secretName));
      d.line(level + 2, 'Optional:', 'false');
    } else if (v['hostPath']) {
      d.line(level + 2, 'Type:', 'HostPath (bare host directory volume)');
      d.line(level + 2, 'Path:', String((v['hostPath'] as { path: string }).path));
      d.line(level + 2, 'HostPathType:', String((v['hostPath'] as { type?: string }).type ?? ''));
    }
  }
}

export function tolerations(d: Describe, level: number, key: string, spec: PodSpec): void {
  const tols = (spec['tolerations'] as Array<{ key?: string; operator?: string; effect?: string; tolerationSeconds?: number; value?: string }> | undefined) ?? [];
  d.multi(level, key, tols.map((t) => `${t.key ?? ''}${t.value ? `=${t.value}` : ''}:${t.effect ?? ''} op=${t.operator ?? 'Equal'}${t.tolerationSeconds !== undefined ? ` for ${t.tolerationSeconds}s` : ''}`));
}

/** `Pod Template:` of a workload. */
export function podTemplate(d: Describe, level: number, t: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec: PodSpec }): void {
  d.labels(level, 'Labels:', t.metadata?.labels);
  if (t.metadata?.annotations && Object.keys(t.metadata.annotations).length) d.annotations(level, t.metadata.annotations);
  if (t.spec['serviceAccountName']) d.line(level, 'Service Account:', String(t.spec['serviceAccountName']));
  d.line(level, 'Containers:');
  for (const c of t.spec.containers) {
    d.line(level, ` ${c.name}:`);
    d.line(level + 1, 'Image:', c.image);
    containerFields(d, level + 1, c);
  }
  volumes(d, level, t.spec);
  d.line(level, 'Node-Selectors:', '<none>');
  tolerations(d, level, 'Tolerations:', t.spec);
}
