/**
 * Swarm networking state: the `ingress` overlay and the `docker_gwbridge` bridge every node gets,
 * overlay networks kept identical (same id) on every manager and copied to the nodes that run a
 * task on them, subnets from the default address pool (10.0.0.0/8 in /24s), and cluster-wide
 * address allocation on overlays (tasks on different nodes share one subnet).
 */
import { hostOf, onHost, type Engine } from '../core/engine';
import type { HostState, World } from '../core/world';
import { allocate, cidrString, intToIp, ipToInt, parseCidr } from '../networks/ipam';
import { createNetwork } from '../networks/manage';
import type { NetworkRecord } from '../networks/types';
import { hostByName, managers } from './state';
import type { ClusterRecord } from './types';

export const INGRESS = 'ingress';
export const GWBRIDGE = 'docker_gwbridge';

const isOverlay = (n: NetworkRecord) => n.driver === 'overlay';

/** The n-th /24 of the cluster's default address pool (10.0.0.0/24 is the ingress network). */
export function poolSubnet(cluster: ClusterRecord, n: number): string {
  const base = parseCidr(cluster.defaultAddrPool[0] ?? '10.0.0.0/8')!;
  return cidrString({ base: base.base + n * 2 ** (32 - cluster.subnetSize), prefix: cluster.subnetSize });
}

/** `docker_gwbridge` on a node joining a swarm (kept when it leaves, as dockerd does). */
export function ensureGwBridge(node: Engine): void {
  const host = hostOf(node);
  if (Object.values(host.networks).some((n) => n.name === GWBRIDGE)) return;
  createNetwork(node, {
    name: GWBRIDGE,
    driver: 'bridge',
    options: {
      'com.docker.network.bridge.enable_icc': 'false',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.name': GWBRIDGE,
    },
  });
}

/** The ingress network, created on the first manager at `swarm init`. */
export function createIngress(manager: Engine, cluster: ClusterRecord): NetworkRecord {
  const net = createNetwork(manager, {
    name: INGRESS,
    driver: 'overlay',
    subnet: poolSubnet(cluster, 0),
    ingress: true,
    options: { 'com.docker.network.driver.overlay.vxlanid_list': '4096' },
  });
  register(cluster, net, manager.host);
  cluster.nextSubnet = Math.max(cluster.nextSubnet, 1);
  return net;
}

function register(cluster: ClusterRecord, net: NetworkRecord, holder: string): void {
  cluster.networks[net.id] = { name: net.name, holders: [holder] };
  net.userSubnet = true; // the swarm allocator hands out task addresses itself
  cluster.ipam[net.id] ??= { cursor: 1, used: [] };
}

/** A copy of a cluster network on another host (same id), if that host does not have it yet. */
export function copyNetworkTo(world: World, cluster: ClusterRecord, netId: string, target: HostState): NetworkRecord | null {
  if (target.networks[netId]) return target.networks[netId]!;
  const source = findClusterNetwork(world, cluster, netId);
  if (!source) return null;
  const copy: NetworkRecord = JSON.parse(JSON.stringify(source)) as NetworkRecord;
  target.networks[netId] = copy;
  return copy;
}

/** A cluster network's record on any member host. */
export function findClusterNetwork(world: World, cluster: ClusterRecord, netId: string): NetworkRecord | null {
  for (const n of Object.values(cluster.nodes)) {
    const net = hostByName(world, n.hostname)?.networks[netId];
    if (net) return net;
  }
  return null;
}

/** A cluster network by name or id (prefix), as `--network` names it. */
export function findOverlay(world: World, cluster: ClusterRecord, term: string): NetworkRecord | null {
  const ids = Object.keys(cluster.networks);
  const id = ids.find((i) => i === term) ?? ids.find((i) => cluster.networks[i]!.name === term) ?? (term.length > 0 ? ids.filter((i) => i.startsWith(term)) : []).at(0);
  return id ? findClusterNetwork(world, cluster, id) : null;
}

/**
 * Keep managers' overlay networks in step: adopt overlays created on a manager (giving them a
 * subnet from the swarm pool when the user set none), copy them to every manager, and forget one
 * a manager that held it no longer has (`docker network rm` there).
 */
export function syncNetworks(world: World, cluster: ClusterRecord): void {
  const mgrHosts = managers(cluster)
    .map((n) => hostByName(world, n.hostname))
    .filter((h): h is HostState => !!h);
  for (const h of mgrHosts) {
    for (const net of Object.values(h.networks)) {
      if (!isOverlay(net) || cluster.networks[net.id]) continue;
      if (!net.userSubnet || !parseCidr(net.ipam.Config[0]?.Subnet ?? '')) {
        const s = poolSubnet(cluster, cluster.nextSubnet++);
        net.ipam.Config = [{ Subnet: s, Gateway: intToIp(parseCidr(s)!.base + 1) }];
      }
      register(cluster, net, h.name);
    }
  }
  for (const [id, entry] of Object.entries(cluster.networks)) {
    if (entry.holders.some((name) => mgrHosts.some((h) => h.name === name && !h.networks[id]))) {
      dropNetwork(world, cluster, id);
      continue;
    }
    for (const h of mgrHosts) copyNetworkTo(world, cluster, id, h);
    entry.holders = mgrHosts.map((h) => h.name);
  }
}

function dropNetwork(world: World, cluster: ClusterRecord, id: string): void {
  delete cluster.networks[id];
  delete cluster.ipam[id];
  for (const n of Object.values(cluster.nodes)) {
    const h = hostByName(world, n.hostname);
    if (h?.networks[id] && !Object.values(h.containers).some((c) => Object.values(c.networks).some((e) => e.networkId === id))) delete h.networks[id];
  }
}

/** Remove the swarm's overlay networks from a host leaving the swarm. */
export function removeNodeNetworks(node: Engine, cluster: ClusterRecord | null): void {
  const host = hostOf(node);
  for (const net of Object.values(host.networks)) {
    if (isOverlay(net) && (!cluster || cluster.networks[net.id] || net.ingress)) delete host.networks[net.id];
  }
}

/** The next free address on an overlay network, cluster-wide. */
export function allocAddress(world: World, cluster: ClusterRecord, netId: string): string | null {
  const net = findClusterNetwork(world, cluster, netId);
  const cfg = net?.ipam.Config[0];
  const subnet = cfg ? parseCidr(cfg.Subnet) : null;
  const pool = (cluster.ipam[netId] ??= { cursor: 1, used: [] });
  if (!subnet || !cfg) return null;
  const used = new Set<number>(pool.used.map((ip) => ipToInt(ip) ?? -1));
  if (cfg.Gateway) used.add(ipToInt(cfg.Gateway) ?? -1);
  const got = allocate(subnet, null, used, pool.cursor);
  if (!got) return null;
  pool.cursor = got.cursor;
  const ip = intToIp(got.ip);
  pool.used.push(ip);
  return `${ip}/${subnet.prefix}`;
}

export function releaseAddress(cluster: ClusterRecord, netId: string, addr: string): void {
  const pool = cluster.ipam[netId];
  if (!pool) return;
  const ip = addr.split('/')[0]!;
  pool.used = pool.used.filter((u) => u !== ip);
}

/** The engine handle of a node's host. */
export function nodeEngine(eng: Engine, hostname: string): Engine {
  return hostname === eng.host ? eng : onHost(eng, hostname);
}
