/**
 * Orchestration state as the goals read it. Compose and stacks are read the way Docker itself
 * records them, from labels (`com.docker.compose.project`, `com.docker.stack.namespace`);
 * Kubernetes from the minikube profile's API objects (lib/sim/k8s: `ext.minikube.cluster`); swarm
 * membership from `host.ext.swarm`, services and tasks from the swarm engine's read view
 * (`swarmView`, lib/sim/swarm) or, in the older hand-built shape below, from the manager's
 * `host.ext.swarm`.
 */
import type { HostState, World } from '../../sim/index';
import { swarmView } from '../../sim/swarm/index';

/** `host.ext.swarm` on a swarm node (the manager holds services and tasks). */
export interface SwarmExt {
  role?: 'manager' | 'worker';
  services?: Record<string, { name: string; image: string; mode?: 'replicated' | 'global'; replicas?: number; labels?: Record<string, string>; ports?: Array<{ published?: number; target: number; protocol?: string }> }>;
  tasks?: Record<string, { serviceId: string; state: string }>;
}

/** What a Kubernetes goal needs of a Deployment or a Service (fields of the API objects). */
export interface KubeDeployment {
  name: string;
  namespace: string;
  replicas: number;
  readyReplicas: number;
  images: string[];
}

export interface KubeService {
  name: string;
  namespace: string;
  type: string;
  ports: number[];
}

export interface ServiceView {
  name: string;
  image: string;
  mode: 'replicated' | 'global';
  /** Desired replicas (replicated mode). */
  replicas: number;
  /** Tasks in state running. */
  running: number;
  labels: Record<string, string>;
  ports: Array<{ published?: number; target: number; protocol: string }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function swarmOf(host: HostState): SwarmExt | null {
  const ext = host.ext['swarm'];
  return isRecord(ext) ? (ext as SwarmExt) : null;
}

export function swarmActive(world: World): boolean {
  const first = world.hosts[0];
  return !!first && !!swarmOf(first)?.role;
}

/** Services of the learner's cluster as the swarm engine shows them (lib/sim/swarm's read view). */
function clusterServices(world: World): ServiceView[] {
  return swarmView(world).services.map(({ name, image, mode, replicas, running, labels, ports }) => ({
    name,
    image,
    mode,
    replicas,
    running,
    labels,
    ports: ports.map(({ published, target, protocol }) => ({ target, protocol, ...(published !== undefined ? { published } : {}) })),
  }));
}

export function swarmServices(world: World): ServiceView[] {
  const out: ServiceView[] = clusterServices(world);
  for (const host of world.hosts) {
    const swarm = swarmOf(host);
    if (swarm?.role !== 'manager' || !isRecord(swarm.services)) continue;
    const tasks = Object.values(swarm.tasks ?? {});
    for (const [id, s] of Object.entries(swarm.services)) {
      if (out.some((o) => o.name === s.name)) continue;
      out.push({
        name: s.name,
        image: s.image,
        mode: s.mode ?? 'replicated',
        replicas: s.replicas ?? 1,
        running: tasks.filter((t) => t.serviceId === id && t.state === 'running').length,
        labels: s.labels ?? {},
        ports: (s.ports ?? []).map((p) => ({ ...p, protocol: p.protocol ?? 'tcp' })),
      });
    }
  }
  return out;
}

interface ApiObject {
  metadata: { name: string; namespace?: string };
  spec?: { replicas?: number; type?: string; ports?: Array<{ port: number }>; template?: { spec?: { containers?: Array<{ image?: string }> } } };
  status?: { readyReplicas?: number };
}

/** The API objects of one resource (`deployments.apps`, `services`) in the minikube cluster. */
function kubeObjects(world: World, resource: string): ApiObject[] {
  const minikube = world.hosts[0]?.ext['minikube'];
  if (!isRecord(minikube) || !isRecord(minikube.cluster) || !isRecord(minikube.cluster.objects)) return [];
  const bucket = minikube.cluster.objects[resource];
  return isRecord(bucket) ? (Object.values(bucket) as ApiObject[]) : [];
}

export function kubeDeployments(world: World): KubeDeployment[] {
  return kubeObjects(world, 'deployments.apps').map((d) => ({
    name: d.metadata.name,
    namespace: d.metadata.namespace ?? 'default',
    replicas: d.spec?.replicas ?? 1,
    readyReplicas: d.status?.readyReplicas ?? 0,
    images: (d.spec?.template?.spec?.containers ?? []).flatMap((c) => (c.image ? [c.image] : [])),
  }));
}

export function kubeServices(world: World): KubeService[] {
  return kubeObjects(world, 'services').map((s) => ({
    name: s.metadata.name,
    namespace: s.metadata.namespace ?? 'default',
    type: s.spec?.type ?? 'ClusterIP',
    ports: (s.spec?.ports ?? []).map((p) => p.port),
  }));
}

/** Containers labelled as part of a compose project, by service. */
export function composeContainers(host: HostState, project: string) {
  return Object.values(host.containers).filter((c) => c.config.Labels['com.docker.compose.project'] === project);
}
