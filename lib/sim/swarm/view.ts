/**
 * Read-only views for exercise checks (lib/check) and the UI: whether a host is in a swarm, and
 * every service of the learner's cluster with its image, mode, desired and running replicas,
 * labels (stacks: `com.docker.stack.namespace`) and published ports. Plain data, no engine needed.
 */
import type { HostState, World } from '../core/world';
import { clusterOfHost, membership, nodeReady } from './state';
import type { ClusterRecord, NodeRole } from './types';

export interface SwarmServiceView {
  id: string;
  name: string;
  /** The image as the user gave it (`nginx:1.27-alpine`, digest removed). */
  image: string;
  mode: 'replicated' | 'global';
  /** Desired tasks: the replica count, or the nodes a global service runs on. */
  replicas: number;
  /** Tasks running with desired state running. */
  running: number;
  labels: Record<string, string>;
  ports: Array<{ published?: number; target: number; protocol: string; mode: 'ingress' | 'host' }>;
}

export interface SwarmView {
  /** `host.ext.swarm` role of the host, or null outside a swarm. */
  role: NodeRole | null;
  nodeId: string | null;
  services: SwarmServiceView[];
}

const stripDigest = (image: string) => (image.includes('@') && image.slice(0, image.indexOf('@')).includes(':') ? image.slice(0, image.indexOf('@')) : image);

function services(world: World, cluster: ClusterRecord): SwarmServiceView[] {
  return Object.values(cluster.services).map((s) => {
    const tasks = Object.values(cluster.tasks).filter((t) => t.serviceId === s.id && t.desiredState === 'running');
    const up = (nodeId: string | undefined) => !!nodeId && !!cluster.nodes[nodeId] && nodeReady(world, cluster, cluster.nodes[nodeId]);
    return {
      id: s.id,
      name: s.spec.Name,
      image: stripDigest(s.spec.TaskTemplate.ContainerSpec.Image),
      mode: s.spec.Mode.Global ? 'global' : 'replicated',
      replicas: s.spec.Mode.Replicated ? s.spec.Mode.Replicated.Replicas : tasks.filter((t) => up(t.nodeId)).length,
      running: tasks.filter((t) => t.status.state === 'running' && up(t.nodeId)).length,
      labels: { ...s.spec.Labels },
      ports: s.endpoint.ports.map((p) => ({ ...(p.PublishedPort ? { published: p.PublishedPort } : {}), target: p.TargetPort, protocol: p.Protocol, mode: p.PublishMode })),
    };
  });
}

/** The swarm as `host` (default: the learner's, hosts[0]) sees it. */
export function swarmView(world: World, host: HostState | undefined = world.hosts[0]): SwarmView {
  const m = host ? membership(host) : null;
  const cluster = host ? clusterOfHost(world, host) : null;
  return { role: m?.role ?? null, nodeId: m?.nodeId ?? null, services: cluster ? services(world, cluster) : [] };
}
