/**
 * Service networking for networks/reach.ts: the routing mesh (a published ingress port on any
 * node's address, or localhost on a node, reaches a running task of the service, round robin),
 * service discovery on overlay networks (the service name → its VIP, or a task address for
 * dnsrr; `tasks.<name>` → a task address) and the VIP load balancer, and task addresses across
 * nodes (one overlay subnet spans the cluster).
 */
import { hostOf, type Engine, type RouteExtension, type RoutedTarget } from '../core/engine';
import type { ContainerRecord } from '../containers/types';
import { systemIps } from './addresses';
import { clustersOf, hostByName, membership, swarmWorld } from './state';
import type { ClusterRecord, ServiceRecord, TaskRecord } from './types';

type From = { kind: 'host' } | { kind: 'container'; id: string };

const ipOf = (addr: string) => addr.split('/')[0]!;

function clusterOf(eng: Engine): ClusterRecord | null {
  const m = membership(hostOf(eng));
  return m ? (swarmWorld(eng.world).clusters[m.clusterId] ?? null) : null;
}

/** A running task's container (on whichever node), or null. */
function taskContainer(eng: Engine, cluster: ClusterRecord, t: TaskRecord): { host: string; c: ContainerRecord } | null {
  if (t.status.state !== 'running' || t.desiredState !== 'running' || !t.nodeId || !t.status.containerId) return null;
  const node = cluster.nodes[t.nodeId];
  const host = node ? hostByName(eng.world, node.hostname) : undefined;
  const c = host?.containers[t.status.containerId];
  return host && c?.state.Running ? { host: host.name, c } : null;
}

/** The next running task of the service (round robin, the IPVS balancer's rr). */
function pickTask(eng: Engine, cluster: ClusterRecord, s: ServiceRecord): { host: string; c: ContainerRecord; t: TaskRecord } | null {
  const running = Object.values(cluster.tasks)
    .filter((t) => t.serviceId === s.id)
    .sort((a, b) => a.slot - b.slot || a.createdAt - b.createdAt)
    .map((t) => ({ t, at: taskContainer(eng, cluster, t) }))
    .filter((x) => x.at !== null);
  if (running.length === 0) return null;
  const pick = running[s.lb % running.length]!;
  s.lb = (s.lb + 1) % 1_000_000;
  return { host: pick.at!.host, c: pick.at!.c, t: pick.t };
}

/** The overlay networks the calling container is attached to (ids). */
function callerNetworks(eng: Engine, from: From): string[] {
  if (from.kind === 'host') return [];
  const c = hostOf(eng).containers[from.id];
  return c ? Object.values(c.networks).map((e) => e.networkId) : [];
}

function resolve(eng: Engine, from: From, name: string): string | null {
  const cluster = clusterOf(eng);
  const nets = callerNetworks(eng, from);
  if (!cluster || nets.length === 0) return null;
  const tasksOf = name.startsWith('tasks.') ? name.slice(6) : null;
  for (const s of Object.values(cluster.services)) {
    if (s.spec.Name !== (tasksOf ?? name)) continue;
    const shared = (s.spec.TaskTemplate.Networks ?? []).map((n) => n.Target).filter((id) => nets.includes(id));
    if (shared.length === 0) continue;
    const vip = s.endpoint.vips.find((v) => v.NetworkID === shared[0]);
    if (!tasksOf && vip && (s.spec.EndpointSpec?.Mode ?? 'vip') === 'vip') return ipOf(vip.Addr);
    const picked = pickTask(eng, cluster, s);
    const addr = picked?.t.networks.find((a) => a.networkId === shared[0])?.addr;
    return addr ? ipOf(addr) : null;
  }
  return null;
}

function nodeIps(eng: Engine, cluster: ClusterRecord): Set<string> {
  const ips = new Set<string>();
  for (const n of Object.values(cluster.nodes)) {
    ips.add(n.addr);
    const h = hostByName(eng.world, n.hostname);
    if (h) for (const ip of systemIps(h)) ips.add(ip);
  }
  return ips;
}

function toTask(eng: Engine, cluster: ClusterRecord, s: ServiceRecord, port: number, clientIp: string): RoutedTarget | { error: 'refused' } {
  const picked = pickTask(eng, cluster, s);
  return picked ? { host: picked.host, container: picked.c, port, clientIp } : { error: 'refused' };
}

function connect(eng: Engine, from: From, ip: string, port: number): RoutedTarget | { error: 'refused' | 'timeout' } | null {
  const cluster = clusterOf(eng);
  if (!cluster) return null;
  const viaHost = from.kind === 'host';
  if ((viaHost && (ip.startsWith('127.') || ip === '0.0.0.0')) || nodeIps(eng, cluster).has(ip)) {
    for (const s of Object.values(cluster.services)) {
      const p = s.endpoint.ports.find((q) => q.PublishMode === 'ingress' && q.PublishedPort === port && q.Protocol === 'tcp');
      if (p) return toTask(eng, cluster, s, p.TargetPort, '10.0.0.2');
    }
    return null;
  }
  for (const s of Object.values(cluster.services)) {
    if (s.endpoint.vips.some((v) => ipOf(v.Addr) === ip)) {
      const ingress = s.endpoint.ports.find((q) => q.TargetPort === port);
      return toTask(eng, cluster, s, ingress?.TargetPort ?? port, '10.0.1.2');
    }
  }
  for (const t of Object.values(cluster.tasks)) {
    if (!t.networks.some((a) => ipOf(a.addr) === ip)) continue;
    const at = taskContainer(eng, cluster, t);
    if (!at || at.host === eng.host) return null;
    return { host: at.host, container: at.c, port, clientIp: '10.0.1.2' };
  }
  return null;
}

export const meshRoutes: RouteExtension = {
  name: 'swarm',
  resolve: (eng, from, name) => (clustersOf(eng.world) ? resolve(eng, from, name) : null),
  connect: (eng, from, ip, port) => (clustersOf(eng.world) ? connect(eng, from, ip, port) : null),
};
