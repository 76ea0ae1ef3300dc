/**
 * The network stack a tool sees from where it runs: interfaces (lo, eth0…, the host's docker0,
 * br-… bridges and veth ends), IPv4 routes and the resolver. Derived from engine state on each
 * call; indexes are stable for a given state (lo 1, host eth0 2, docker0 3, bridges, veth pairs).
 */
import { findNetwork, hostOf, type ContainerRecord, type Engine, type NetworkRecord, type Origin } from '../../sim/index';
import { intToIp, ipToInt, parseCidr } from '../../sim/networks/ipam';

export interface Addr {
  ip: string;
  prefix: number;
  scope: 'host' | 'global';
}

export interface Iface {
  index: number;
  name: string;
  /** Index of the other end of a veth pair (`eth0@if7`), or of a macvlan parent. */
  link?: number;
  flags: string;
  mtu: number;
  state: 'UP' | 'DOWN' | 'UNKNOWN';
  mac: string;
  loopback: boolean;
  addrs: Addr[];
  /** Bridge a host-side veth is plugged into. */
  master?: string;
  /** A veth whose peer lives in a container's namespace (`link-netnsid N`). */
  netnsid?: number;
  /** Kind of link for `ip link show type …` (veth, bridge…). */
  kind?: 'veth' | 'bridge' | 'macvlan';
}

export interface Route {
  dst: string;
  via?: string;
  dev: string;
  /** `kernel` (connected subnets), `dhcp` (the host's lease); unset inside containers. */
  proto?: 'kernel' | 'dhcp';
  scope?: 'link';
  src?: string;
  metric?: number;
  linkdown?: boolean;
}

export const HOST_IP = '10.0.2.15';
export const HOST_GATEWAY = '10.0.2.2';
export const HOST_MAC = '52:54:00:12:34:56';
export const HOST_NAMESERVER = '127.0.0.53';

const LO: Omit<Iface, 'index'> = { name: 'lo', flags: 'LOOPBACK,UP,LOWER_UP', mtu: 65536, state: 'UNKNOWN', mac: '00:00:00:00:00:00', loopback: true, addrs: [{ ip: '127.0.0.1', prefix: 8, scope: 'host' }] };

const hex = (s: string, n: number) => s.replace(/[^0-9a-f]/g, '').slice(0, n).padEnd(n, '0');
const macFromId = (id: string) => '02:42:' + hex(id, 8).match(/../g)!.join(':');
/** A random-looking locally administered MAC (host-side veth ends), stable for an id. */
const vethMac = (id: string) => hex(id.slice(8), 12).match(/../g)!.map((b, i) => (i === 0 ? ((parseInt(b, 16) & 0xfc) | 0x02).toString(16).padStart(2, '0') : b)).join(':');

export const isBridgeLike = (n: NetworkRecord) => n.driver === 'bridge';

/** Name of the Linux bridge behind a bridge network (`docker0`, `br-<id12>`, or the configured name). */
export function bridgeName(n: NetworkRecord): string {
  return n.options['com.docker.network.bridge.name'] ?? `br-${n.id.slice(0, 12)}`;
}

export function broadcast(ip: string, prefix: number): string {
  const n = ipToInt(ip) ?? 0;
  const hostBits = prefix >= 32 ? 0 : 2 ** (32 - prefix) - 1;
  return intToIp(((n | hostBits) >>> 0) >>> 0);
}

function running(eng: Engine): ContainerRecord[] {
  return Object.values(hostOf(eng).containers).filter((c) => c.state.Running);
}

/** Veth pairs of running containers on bridge networks, in a stable order. */
function vethPairs(eng: Engine): Array<{ c: ContainerRecord; net: NetworkRecord; netName: string; nsid: number }> {
  const host = hostOf(eng);
  const out: Array<{ c: ContainerRecord; net: NetworkRecord; netName: string; nsid: number }> = [];
  running(eng).forEach((c, nsid) => {
    for (const [netName, ep] of Object.entries(c.networks)) {
      const net = findNetwork(host, ep.networkId);
      if (net && isBridgeLike(net) && ep.ipAddress) out.push({ c, net, netName, nsid });
    }
  });
  return out;
}

function bridges(eng: Engine): NetworkRecord[] {
  return Object.values(hostOf(eng).networks).filter(isBridgeLike);
}

/** Index of the container-side end of each veth: after lo, eth0 and the bridges, two per pair. */
function vethBase(eng: Engine): number {
  return 3 + bridges(eng).length;
}

export function hostInterfaces(eng: Engine): Iface[] {
  const pairs = vethPairs(eng);
  const out: Iface[] = [{ index: 1, ...LO }, { index: 2, name: 'eth0', flags: 'BROADCAST,MULTICAST,UP,LOWER_UP', mtu: 1500, state: 'UP', mac: HOST_MAC, loopback: false, addrs: [{ ip: HOST_IP, prefix: 24, scope: 'global' }] }];
  bridges(eng).forEach((n, i) => {
    const used = pairs.some((p) => p.net.id === n.id);
    const cfg = n.ipam.Config[0];
    const cidr = cfg ? parseCidr(cfg.Subnet) : null;
    const addrs: Addr[] = cfg?.Gateway && cidr ? [{ ip: cfg.Gateway, prefix: cidr.prefix, scope: 'global' }] : [];
    out.push({ index: 3 + i, name: bridgeName(n), flags: used ? 'BROADCAST,MULTICAST,UP,LOWER_UP' : 'NO-CARRIER,BROADCAST,MULTICAST,UP', mtu: 1500, state: used ? 'UP' : 'DOWN', mac: macFromId(n.id), loopback: false, addrs, kind: 'bridge' });
  });
  const base = vethBase(eng);
  pairs.forEach((p, i) => {
    const ep = p.c.networks[p.netName]!;
    out.push({ index: base + 2 * i + 1, link: base + 2 * i, name: 'veth' + hex(ep.endpointId, 7), flags: 'BROADCAST,MULTICAST,UP,LOWER_UP', mtu: 1500, state: 'UP', mac: vethMac(ep.endpointId), loopback: false, addrs: [], master: bridgeName(p.net), netnsid: p.nsid, kind: 'veth' });
  });
  return out;
}

/** The container whose namespace `c` uses (itself, or the target of --network container:x). */
export function netOwner(eng: Engine, c: ContainerRecord): ContainerRecord {
  const m = c.hostConfig.NetworkMode;
  return m.startsWith('container:') ? (hostOf(eng).containers[m.slice(10)] ?? c) : c;
}

export const usesHostNetwork = (eng: Engine, c: ContainerRecord) => netOwner(eng, c).hostConfig.NetworkMode === 'host';

export function containerInterfaces(eng: Engine, c0: ContainerRecord): Iface[] {
  if (usesHostNetwork(eng, c0)) return hostInterfaces(eng);
  const c = netOwner(eng, c0);
  const host = hostOf(eng);
  const out: Iface[] = [{ index: 1, ...LO }];
  if (!c.state.Running) return out;
  const pairs = vethPairs(eng);
  const base = vethBase(eng);
  let eth = 0;
  for (const [netName, ep] of Object.entries(c.networks)) {
    const net = findNetwork(host, ep.networkId);
    if (!net || !ep.ipAddress) continue;
    const i = pairs.findIndex((p) => p.c.id === c.id && p.netName === netName);
    const index = i >= 0 ? base + 2 * i : base + 2 * pairs.length + eth;
    const link = i >= 0 ? index + 1 : 2;
    out.push({ index, link, name: `eth${eth++}`, flags: 'BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN', mtu: 1500, state: 'UP', mac: ep.macAddress, loopback: false, addrs: [{ ip: ep.ipAddress, prefix: ep.ipPrefixLen, scope: 'global' }], ...(i < 0 ? { kind: 'macvlan' as const } : {}) });
  }
  return out;
}

export function interfacesOf(eng: Engine, origin: Origin): Iface[] {
  if (origin.kind === 'host') return hostInterfaces(eng);
  const c = hostOf(eng).containers[origin.id];
  return c ? containerInterfaces(eng, c) : [{ index: 1, ...LO }];
}

export function hostRoutes(eng: Engine): Route[] {
  const ifs = hostInterfaces(eng);
  const out: Route[] = [
    { dst: 'default', via: HOST_GATEWAY, dev: 'eth0', proto: 'dhcp', src: HOST_IP, metric: 100 },
    { dst: '10.0.2.0/24', dev: 'eth0', proto: 'kernel', scope: 'link', src: HOST_IP, metric: 100 },
    { dst: HOST_GATEWAY, dev: 'eth0', proto: 'dhcp', scope: 'link', src: HOST_IP, metric: 100 },
  ];
  for (const n of bridges(eng)) {
    const cfg = n.ipam.Config[0];
    if (!cfg?.Gateway) continue;
    const br = ifs.find((i) => i.name === bridgeName(n));
    out.push({ dst: cfg.Subnet, dev: bridgeName(n), proto: 'kernel', scope: 'link', src: cfg.Gateway, ...(br?.state === 'DOWN' ? { linkdown: true } : {}) });
  }
  return out;
}

export function routesOf(eng: Engine, origin: Origin): Route[] {
  if (origin.kind === 'host') return hostRoutes(eng);
  const c0 = hostOf(eng).containers[origin.id];
  if (!c0) return [];
  if (usesHostNetwork(eng, c0)) return hostRoutes(eng);
  const c = netOwner(eng, c0);
  const ifs = containerInterfaces(eng, c);
  const out: Route[] = [];
  const host = hostOf(eng);
  let gw: Route | undefined;
  const subnets: Route[] = [];
  let eth = 0;
  for (const ep of Object.values(c.networks)) {
    if (!ep.ipAddress || !findNetwork(host, ep.networkId)) continue;
    const dev = `eth${eth++}`;
    if (!ifs.some((i) => i.name === dev)) continue;
    const cidr = parseCidr(`${ep.ipAddress}/${ep.ipPrefixLen}`);
    if (!gw && ep.gateway) gw = { dst: 'default', via: ep.gateway, dev };
    if (cidr) subnets.push({ dst: `${intToIp(cidr.base)}/${cidr.prefix}`, dev, proto: 'kernel', scope: 'link', src: ep.ipAddress });
  }
  if (gw) out.push(gw);
  return [...out, ...subnets];
}

/** First IPv4 address of the origin's main interface (hostname -i inside a container). */
export function primaryAddress(eng: Engine, origin: Origin): string | null {
  const ifs = interfacesOf(eng, origin).filter((i) => !i.loopback);
  return ifs.flatMap((i) => i.addrs).find((a) => a.scope === 'global')?.ip ?? null;
}
