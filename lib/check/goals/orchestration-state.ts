/**
 * Orchestration state as the goals read it. Compose and stacks are read the way Docker itself
 * records them, from labels (`com.docker.compose.project`, `com.docker.stack.namespace`); swarm
 * and Kubernetes state is read from the engine's extension points, whose expected shape is the
 * contract below (the orchestration engines fill it; adapt only this file if they differ).
 */
import type { HostState, World } from '../../sim/index';

/** `host.ext.swarm` on a swarm node (the manager holds services and tasks). */
export interface SwarmExt {
  role?: 'manager' | 'worker';
  services?: Record<string, { name: string; image: string; mode?: 'replicated' | 'global'; replicas?: number; labels?: Record<string, string>; ports?: Array<{ published?: number; target: number; protocol?: string }> }>;
  tasks?: Record<string, { serviceId: string; state: string }>;
}

/** `world.ext.k8s` (or the first host's `ext.k8s`): the cluster minikube runs. */
export interface KubeExt {
  deployments?: Record<string, { name: string; namespace?: string; replicas: number; readyReplicas?: number; image?: string; images?: string[] }>;
  services?: Record<string, { name: string; namespace?: string; type?: string; ports?: Array<{ port: number }> }>;
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

export function swarmServices(world: World): ServiceView[] {
  const out: ServiceView[] = [];
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

export function kubeOf(world: World): KubeExt | null {
  const ext = world.ext?.['k8s'] ?? world.hosts[0]?.ext['k8s'];
  return isRecord(ext) ? (ext as KubeExt) : null;
}

/** Containers labelled as part of a compose project, by service. */
export function composeContainers(host: HostState, project: string) {
  return Object.values(host.containers).filter((c) => c.config.Labels['com.docker.compose.project'] === project);
}
