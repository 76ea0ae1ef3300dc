/**
 * The objects kubectl builds on the client (create deployment, run), field by field in the Go
 * structs' order so that `--dry-run=client -o json` prints exactly what the real client does.
 */
import type { KObject } from '../../../sim/k8s/types';

/** `nginx:1.27-alpine` → `nginx`, `registry.k8s.io/echoserver:1.4` → `echoserver`. */
export function containerNameFor(image: string): string {
  const last = image.slice(image.lastIndexOf('/') + 1);
  return last.split(/[:@]/)[0]!.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

export interface DeploymentInput {
  name: string;
  images: readonly string[];
  replicas: number;
  port: number;
  command: readonly string[];
  namespace?: string;
}

export function deploymentObject(i: DeploymentInput): KObject {
  const labels = { app: i.name };
  const containers = i.images.map((image, n) => ({
    name: containerNameFor(image),
    image,
    ...(n === 0 && i.command.length ? { command: [...i.command] } : {}),
    ...(n === 0 && i.port >= 0 ? { ports: [{ containerPort: i.port }] } : {}),
    resources: {},
  }));
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: { name: i.name, ...(i.namespace ? { namespace: i.namespace } : {}), creationTimestamp: null, labels },
    spec: { replicas: i.replicas, selector: { matchLabels: labels }, template: { metadata: { creationTimestamp: null, labels }, spec: { containers } }, strategy: {} },
    status: {},
  } as unknown as KObject;
}

export interface PodInput {
  name: string;
  image: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  env: ReadonlyArray<{ name: string; value: string }>;
  port: string;
  args: readonly string[];
  command: boolean;
  restart: string;
  stdin: boolean;
  tty: boolean;
  pullPolicy: string;
  namespace?: string;
}

export function podObject(i: PodInput): KObject {
  const container = {
    name: i.name,
    image: i.image,
    ...(i.args.length && i.command ? { command: [...i.args] } : {}),
    ...(i.args.length && !i.command ? { args: [...i.args] } : {}),
    ...(i.port ? { ports: [{ containerPort: Number(i.port) }] } : {}),
    ...(i.env.length ? { env: i.env.map((e) => ({ name: e.name, value: e.value })) } : {}),
    resources: {},
    ...(i.pullPolicy ? { imagePullPolicy: i.pullPolicy } : {}),
    ...(i.stdin ? { stdin: true } : {}),
    ...(i.stdin && i.restart !== 'Always' ? { stdinOnce: true } : {}),
    ...(i.tty ? { tty: true } : {}),
  };
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name: i.name,
      ...(i.namespace ? { namespace: i.namespace } : {}),
      creationTimestamp: null,
      labels: i.labels,
      ...(Object.keys(i.annotations).length ? { annotations: i.annotations } : {}),
    },
    spec: { containers: [container], restartPolicy: i.restart, dnsPolicy: 'ClusterFirst' },
    status: {},
  } as unknown as KObject;
}
