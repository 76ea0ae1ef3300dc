/**
 * Field validation after decoding (the API server's Invalid errors): names, required fields,
 * selector / template label agreement, replica and port ranges, container names and images.
 */
import { invalid } from '../errors';
import { nameProblem } from '../names';
import { fromLabelSelector, matches } from '../selector';
import type { ResourceType } from '../resources';
import type { Container, KObject, LabelSelector, PodSpec, ServicePort } from '../types';

/** Go's %#v of a map[string]string (sorted keys). */
export function goMap(m: Record<string, string> | undefined): string {
  const keys = Object.keys(m ?? {}).sort();
  return `map[string]string{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(m![k])}`).join(', ')}}`;
}

function containersProblems(cs: Container[] | undefined, path: string): string[] {
  if (!cs || cs.length === 0) return [`${path}: Required value`];
  const out: string[] = [];
  const seen = new Set<string>();
  cs.forEach((c, i) => {
    const p = `${path}[${i}]`;
    if (!c.name) out.push(`${p}.name: Required value`);
    else {
      const bad = nameProblem(c.name, true);
      if (bad) out.push(`${p}.name: Invalid value: "${c.name}": ${bad}`);
      if (seen.has(c.name)) out.push(`${p}.name: Duplicate value: "${c.name}"`);
      seen.add(c.name);
    }
    if (!c.image) out.push(`${p}.image: Required value`);
    for (const [j, port] of (c.ports ?? []).entries()) {
      if (port.containerPort < 1 || port.containerPort > 65535) out.push(`${p}.ports[${j}].containerPort: Invalid value: ${port.containerPort}: must be between 1 and 65535, inclusive`);
    }
  });
  return out;
}

function podSpecProblems(spec: PodSpec | undefined, path: string, policyAlways: boolean): string[] {
  const out = containersProblems(spec?.containers, `${path}.containers`);
  const rp = spec?.restartPolicy;
  if (rp && !['Always', 'OnFailure', 'Never'].includes(rp)) out.push(`${path}.restartPolicy: Unsupported value: "${rp}": supported values: "Always", "OnFailure", "Never"`);
  if (policyAlways && rp && rp !== 'Always') out.push(`${path}.restartPolicy: Unsupported value: "${rp}": supported values: "Always"`);
  return out;
}

function selectorProblems(sel: LabelSelector | undefined, labels: Record<string, string> | undefined, path: string): string[] {
  const empty = !sel || (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0);
  if (empty) return [`${path.replace(/template$/, 'selector')}: Required value`, `${path}.metadata.labels: Invalid value: ${goMap(labels)}: \`selector\` does not match template \`labels\``];
  if (!matches(fromLabelSelector(sel), labels)) return [`${path}.metadata.labels: Invalid value: ${goMap(labels)}: \`selector\` does not match template \`labels\``];
  return [];
}

function portsProblems(ports: ServicePort[] | undefined, type: string): string[] {
  if (type === 'ExternalName') return [];
  if (!ports || ports.length === 0) return ['spec.ports: Required value'];
  const out: string[] = [];
  ports.forEach((p, i) => {
    if (!p.port) out.push(`spec.ports[${i}].port: Required value`);
    else if (p.port < 1 || p.port > 65535) out.push(`spec.ports[${i}].port: Invalid value: ${p.port}: must be between 1 and 65535, inclusive`);
    if (ports.length > 1 && !p.name) out.push(`spec.ports[${i}].name: Required value`);
    if (p.nodePort !== undefined && (p.nodePort < 30000 || p.nodePort > 32767)) out.push(`spec.ports[${i}].nodePort: Invalid value: ${p.nodePort}: provided port is not in the valid range. The range of valid ports is 30000-32767`);
  });
  return out;
}

/** Throws the server's Invalid error when the object does not validate. */
export function validateObject(t: ResourceType, o: KObject): void {
  const causes: string[] = [];
  const name = o.metadata?.name ?? '';
  if (!name && !o.metadata?.generateName) causes.push('metadata.name: Required value: name or generateName is required');
  else if (name) {
    const bad = nameProblem(name, t.kind === 'Namespace' || t.kind === 'Service');
    if (bad) causes.push(`metadata.name: Invalid value: "${name}": ${bad}`);
  }
  const spec = o['spec'] as Record<string, unknown> | undefined;
  switch (t.kind) {
    case 'Deployment':
    case 'ReplicaSet': {
      const tpl = spec?.['template'] as { metadata?: { labels?: Record<string, string> }; spec?: PodSpec } | undefined;
      const replicas = spec?.['replicas'] as number | undefined;
      if (replicas !== undefined && replicas < 0) causes.push(`spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`);
      causes.push(...selectorProblems(spec?.['selector'] as LabelSelector | undefined, tpl?.metadata?.labels, 'spec.template'));
      causes.push(...podSpecProblems(tpl?.spec, 'spec.template.spec', true));
      break;
    }
    case 'Pod':
      causes.push(...podSpecProblems(spec as PodSpec | undefined, 'spec', false));
      break;
    case 'Service': {
      const type = (spec?.['type'] as string | undefined) ?? 'ClusterIP';
      if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) causes.push(`spec.type: Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
      causes.push(...portsProblems(spec?.['ports'] as ServicePort[] | undefined, type));
      break;
    }
  }
  if (causes.length) throw invalid(t.kind, t.group ? `${t.kind}.${t.group}` : t.kind, name, causes);
}
