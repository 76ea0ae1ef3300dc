/** Namespaces, ConfigMaps, Secrets and Services as `kubectl create …` builds them. */
import type { KObject } from '../../../sim/k8s/types';

const meta = (name: string, namespace?: string, labels?: Record<string, string>) => ({
  name,
  ...(namespace ? { namespace } : {}),
  creationTimestamp: null,
  ...(labels ? { labels } : {}),
});

export function namespaceObject(name: string): KObject {
  return { kind: 'Namespace', apiVersion: 'v1', metadata: meta(name), spec: {}, status: {} } as unknown as KObject;
}

export function configMapObject(name: string, data: Record<string, string>, namespace?: string): KObject {
  return { kind: 'ConfigMap', apiVersion: 'v1', metadata: meta(name, namespace), data } as unknown as KObject;
}

export function secretObject(name: string, data: Record<string, string>, type: string, namespace?: string): KObject {
  return { kind: 'Secret', apiVersion: 'v1', metadata: meta(name, namespace), data, ...(type ? { type } : {}) } as unknown as KObject;
}

export interface ServicePortInput {
  name?: string;
  port: number;
  targetPort: number | string;
  nodePort?: number;
  protocol?: string;
}

export function serviceObject(o: {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  ports: readonly ServicePortInput[];
  selector: Record<string, string>;
  type?: string;
  clusterIP?: string;
  externalIPs?: readonly string[];
}): KObject {
  const ports = o.ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), protocol: p.protocol ?? 'TCP', port: p.port, targetPort: p.targetPort, ...(p.nodePort ? { nodePort: p.nodePort } : {}) }));
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: meta(o.name, o.namespace, o.labels),
    spec: {
      ports,
      selector: o.selector,
      ...(o.clusterIP ? { clusterIP: o.clusterIP } : {}),
      ...(o.type ? { type: o.type } : {}),
      ...(o.externalIPs?.length ? { externalIPs: [...o.externalIPs] } : {}),
    },
    status: { loadBalancer: {} },
  } as unknown as KObject;
}
