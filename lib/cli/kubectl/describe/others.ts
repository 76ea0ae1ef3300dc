/** describe service, namespace, configmap, secret, endpoints and a generic fallback. */
import { eventsFor } from '../../../sim/k8s/events';
import { getObject } from '../../../sim/k8s/store';
import { selectorString } from '../../../sim/k8s/selector';
import type { Ctx } from '../../../sim/k8s/state';
import type { KObject, Service } from '../../../sim/k8s/types';
import { endpointsCell } from '../printers/columns-net';
import { toYaml } from '../printers/yaml';
import { fromBase64 } from '../../../sim/k8s/util';
import { Describe, describeTime } from './writer';

export function describeService(k: Ctx, s: Service): string {
  const w = new Describe();
  w.line(0, 'Name:', s.metadata.name);
  w.line(0, 'Namespace:', s.metadata.namespace ?? 'default');
  w.labels(0, 'Labels:', s.metadata.labels);
  w.annotations(0, s.metadata.annotations);
  w.line(0, 'Selector:', s.spec.selector ? selectorString(s.spec.selector) : '<none>');
  w.line(0, 'Type:', s.spec.type);
  w.line(0, 'IP Family Policy:', String(s.spec['ipFamilyPolicy'] ?? 'SingleStack'));
  w.line(0, 'IP Families:', ((s.spec['ipFamilies'] as string[] | undefined) ?? ['IPv4']).join(','));
  w.line(0, 'IP:', s.spec.clusterIP);
  w.line(0, 'IPs:', (s.spec.clusterIPs ?? [s.spec.clusterIP]).join(','));
  for (const ip of s.spec.externalIPs ?? []) w.line(0, 'External IPs:', ip);
  for (const i of s.status?.loadBalancer?.ingress ?? []) w.line(0, 'LoadBalancer Ingress:', `${i.ip} (VIP)`);
  const ep = getObject(k, 'endpoints', s.metadata.namespace, s.metadata.name);
  for (const p of s.spec.ports ?? []) {
    const name = p.name || '<unset>';
    w.line(0, 'Port:', `${name}  ${p.port}/${p.protocol}`);
    w.line(0, 'TargetPort:', `${p.targetPort}/${p.protocol}`);
    if (p.nodePort) w.line(0, 'NodePort:', `${name}  ${p.nodePort}/${p.protocol}`);
    w.line(0, 'Endpoints:', ep ? endpointsCell(ep).replace('<none>', '') : '');
  }
  w.line(0, 'Session Affinity:', s.spec.sessionAffinity ?? 'None');
  if (s.spec['externalTrafficPolicy']) w.line(0, 'External Traffic Policy:', String(s.spec['externalTrafficPolicy']));
  w.line(0, 'Internal Traffic Policy:', String(s.spec['internalTrafficPolicy'] ?? 'Cluster'));
  w.events(eventsFor(k, s), k.now());
  return w.toString();
}

export function describeNamespace(_k: Ctx, ns: KObject): string {
  const w = new Describe();
  w.line(0, 'Name:', ns.metadata.name);
  w.labels(0, 'Labels:', ns.metadata.labels);
  w.annotations(0, ns.metadata.annotations);
  w.line(0, 'Status:', String((ns['status'] as { phase?: string } | undefined)?.phase ?? 'Active'));
  w.line(0, '');
  w.line(0, 'No resource quota.');
  w.line(0, '');
  w.line(0, 'No LimitRange resource.');
  return w.toString();
}

function dataSection(w: Describe, title: string, data: Record<string, string>, secret: boolean): void {
  w.line(0, title);
  w.line(0, '====');
  for (const k of Object.keys(data).sort()) {
    if (secret) w.line(0, `${k}:\t${(fromBase64(data[k]!) ?? '').length} bytes`);
    else {
      w.line(0, `${k}:`);
      w.line(0, '----');
      w.line(0, data[k]!.replace(/\n$/, ''));
      w.line(0, '');
    }
  }
}

export function describeConfigish(k: Ctx, o: KObject): string {
  const w = new Describe();
  w.line(0, 'Name:', o.metadata.name);
  w.line(0, 'Namespace:', o.metadata.namespace ?? 'default');
  w.labels(0, 'Labels:', o.metadata.labels);
  w.annotations(0, o.metadata.annotations);
  w.line(0, '');
  const data = (o['data'] as Record<string, string> | undefined) ?? {};
  if (o.kind === 'Secret') {
    w.line(0, 'Type:', String(o['type'] ?? 'Opaque'));
    w.line(0, '');
    dataSection(w, 'Data', data, true);
  } else {
    dataSection(w, 'Data', data, false);
    w.line(0, '');
    w.line(0, 'BinaryData');
    w.line(0, '====');
    w.line(0, '');
    w.events(eventsFor(k, o), k.now());
  }
  return w.toString();
}

/** Types without a dedicated describer: metadata, then the rest of the object as YAML-ish fields. */
export function describeGeneric(k: Ctx, o: KObject): string {
  const w = new Describe();
  w.line(0, 'Name:', o.metadata.name);
  if (o.metadata.namespace) w.line(0, 'Namespace:', o.metadata.namespace);
  w.labels(0, 'Labels:', o.metadata.labels);
  w.annotations(0, o.metadata.annotations);
  if (o.kind === 'Endpoints') w.line(0, 'Subsets:', '');
  w.line(0, 'API Version:', o.apiVersion);
  w.line(0, 'Kind:', o.kind);
  w.line(0, 'Metadata:');
  w.line(1, 'Creation Timestamp:', describeTime(o.metadata.creationTimestamp));
  w.line(1, 'Resource Version:', o.metadata.resourceVersion);
  w.line(1, 'UID:', o.metadata.uid);
  const rest = Object.fromEntries(Object.entries(o).filter(([key]) => !['apiVersion', 'kind', 'metadata'].includes(key)));
  let text = w.toString();
  if (Object.keys(rest).length) text += toYaml(rest).replace(/^(\S)/gm, (c) => c.toUpperCase());
  const events = eventsFor(k, o);
  text += new Describe().events(events, k.now()).toString();
  return text;
}
