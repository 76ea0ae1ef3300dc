/**
 * Network objects: the three predefined networks, create (subnet allocation from the default
 * pools), lookup by name / id / id prefix, remove, prune.
 */
import { hostOf, newId, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { conflict, EngineError, forbidden, invalid, notFound } from '../core/errors';
import type { HostState } from '../core/world';
import type { ContainerRecord } from '../containers/types';
import { cidrString, defaultPools, ipToInt, intToIp, overlaps, parseCidr, requireCidr, type Cidr } from './ipam';
import type { NetworkDriver, NetworkRecord } from './types';

export interface NetworkCreateOptions {
  name: string;
  driver?: string;
  subnet?: string;
  gateway?: string;
  ipRange?: string;
  internal?: boolean;
  attachable?: boolean;
  ingress?: boolean;
  ipv6?: boolean;
  labels?: Record<string, string>;
  options?: Record<string, string>;
  scope?: 'local' | 'swarm';
}

const DRIVERS: readonly NetworkDriver[] = ['bridge', 'host', 'null', 'macvlan', 'ipvlan', 'overlay'];
const PREDEFINED = ['bridge', 'host', 'none'];

/** The swarm engineer sets `host.ext.swarm = { role: 'manager' | 'worker', … }`. */
export function isSwarmManager(host: HostState): boolean {
  const swarm = host.ext['swarm'] as { role?: string } | undefined;
  return swarm?.role === 'manager';
}

export function ensureDefaultNetworks(eng: Engine): void {
  const host = hostOf(eng);
  if (Object.values(host.networks).some((n) => n.name === 'bridge')) return;
  const base = { created: eng.world.clock, enableIPv6: false, internal: false, attachable: false, ingress: false, labels: {}, predefined: true, allocCursor: 1, scope: 'local' as const };
  const add = (n: Omit<NetworkRecord, 'id'>) => {
    const id = newId(eng);
    host.networks[id] = { id, ...n };
  };
  add({
    ...base,
    name: 'bridge',
    driver: 'bridge',
    ipam: { Driver: 'default', Options: null, Config: [{ Subnet: '172.17.0.0/16', Gateway: '172.17.0.1' }] },
    options: {
      'com.docker.network.bridge.default_bridge': 'true',
      'com.docker.network.bridge.enable_icc': 'true',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
      'com.docker.network.bridge.name': 'docker0',
      'com.docker.network.driver.mtu': '1500',
    },
  });
  add({ ...base, name: 'host', driver: 'host', ipam: { Driver: 'default', Options: null, Config: [] }, options: {} });
  add({ ...base, name: 'none', driver: 'null', ipam: { Driver: 'default', Options: null, Config: [] }, options: {} });
}

export function listNetworks(eng: Engine): NetworkRecord[] {
  return Object.values(hostOf(eng).networks);
}

/** daemon.FindNetwork: full id, then exact name, then unique id prefix. */
/** By full id, else by name, else by id prefix (dockerd's order); ambiguous names or prefixes are refused. One pass over the records. */
export function findNetwork(host: HostState, term: string): NetworkRecord | undefined {
  const nets = host.networks;
  let byName: NetworkRecord | undefined;
  let names = 0;
  let byPrefix: NetworkRecord | undefined;
  let prefixes = 0;
  for (const k in nets) {
    const n = nets[k]!;
    if (n.id === term) return n;
    if (n.name === term && names++ === 0) byName = n;
    if (term !== '' && n.id.startsWith(term) && prefixes++ === 0) byPrefix = n;
  }
  if (names > 1) throw invalid(`network ${term} is ambiguous (${names} matches found on name)`);
  if (names === 1) return byName;
  if (prefixes > 1) throw invalid(`network ${term} is ambiguous (${prefixes} matches found based on ID prefix)`);
  return byPrefix;
}

export function requireNetwork(eng: Engine, term: string): NetworkRecord {
  const n = findNetwork(hostOf(eng), term);
  if (!n) throw notFound(`network ${term} not found`);
  return n;
}

/** Containers with a live endpoint on the network (running, paused or restarting). */
export function activeEndpoints(host: HostState, net: NetworkRecord): ContainerRecord[] {
  return Object.values(host.containers).filter((c) => c.networks[net.name]?.endpointId && c.state.Running);
}

export function createNetwork(eng: Engine, o: NetworkCreateOptions): NetworkRecord {
  const host = hostOf(eng);
  const driver = (o.driver ?? 'bridge') as NetworkDriver;
  if (PREDEFINED.includes(o.name)) throw forbidden(`operation is not permitted on predefined ${o.name} network `);
  if (!DRIVERS.includes(driver)) throw notFound(`plugin "${o.driver ?? ''}" not found`);
  if (Object.values(host.networks).some((n) => n.name === o.name)) throw conflict(`network with name ${o.name} already exists`);
  if (driver === 'host' || driver === 'null') throw forbidden(`only one instance of "${driver}" network is allowed`);
  if (driver === 'overlay' && !isSwarmManager(host)) {
    throw forbidden('This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
  }
  const subnet = o.subnet ? requireCidr(o.subnet) : freePool(host);
  if (o.subnet) {
    for (const n of Object.values(host.networks)) {
      for (const c of n.ipam.Config) {
        const other = parseCidr(c.Subnet);
        if (other && overlaps(other, subnet) && n.driver !== 'macvlan' && driver !== 'macvlan') throw forbidden('invalid pool request: Pool overlaps with other one on this address space');
      }
    }
  }
  if (o.gateway) {
    const gw = ipToInt(o.gateway);
    if (gw === null || gw < subnet.base || gw >= subnet.base + 2 ** (32 - subnet.prefix)) throw invalid(`no matching subnet for gateway ${o.gateway}`);
  }
  if (o.ipRange && !parseCidr(o.ipRange)) throw invalid(`invalid CIDR address: ${o.ipRange}`);
  const id = newId(eng);
  const gateway = o.gateway ?? intToIp(subnet.base + 1);
  const rec: NetworkRecord = {
    id,
    name: o.name,
    driver,
    scope: o.scope ?? (driver === 'overlay' ? 'swarm' : 'local'),
    created: eng.world.clock,
    enableIPv6: o.ipv6 ?? false,
    ipam: { Driver: 'default', Options: {}, Config: [{ Subnet: cidrString(subnet), ...(o.ipRange ? { IPRange: o.ipRange } : {}), Gateway: gateway }] },
    internal: o.internal ?? false,
    attachable: o.attachable ?? false,
    ingress: o.ingress ?? false,
    options: o.options ?? {},
    labels: o.labels ?? {},
    predefined: false,
    allocCursor: 1,
    userSubnet: o.subnet !== undefined,
  };
  host.networks[id] = rec;
  emit(eng.world, eng.host, 'network', 'create', id, { name: o.name, type: driver });
  return rec;
}

function freePool(host: HostState): Cidr {
  const taken = Object.values(host.networks).flatMap((n) => n.ipam.Config.map((c) => parseCidr(c.Subnet)).filter((c): c is Cidr => c !== null));
  for (const pool of defaultPools()) if (!taken.some((t) => overlaps(t, pool))) return pool;
  throw new EngineError('system', 'all predefined address pools have been fully subnetted');
}

/** The daemon's check for --ip: only on networks whose subnet the user configured. */
export const NO_USER_SUBNET = 'invalid endpoint settings:\nuser specified IP address is supported only when connecting to networks with user configured subnets';

/** docker network rm: returns the removed network. */
export function removeNetwork(eng: Engine, term: string): NetworkRecord {
  const host = hostOf(eng);
  const net = requireNetwork(eng, term);
  if (net.predefined) throw forbidden(`${net.name} is a pre-defined network and cannot be removed`);
  const active = activeEndpoints(host, net);
  if (active.length > 0) {
    const eps = active.map((c) => `name:"${c.name}" id:"${c.networks[net.name]!.endpointId.slice(0, 12)}"`);
    throw forbidden(`error while removing network: network ${net.name} has active endpoints (${eps.join(', ')})`);
  }
  delete host.networks[net.id];
  emit(eng.world, eng.host, 'network', 'destroy', net.id, { name: net.name, type: net.driver });
  return net;
}

/** docker network prune: user-defined networks without active endpoints. Returns removed names. */
export function pruneNetworks(eng: Engine, opts: { until?: number; labels?: string[] } = {}): string[] {
  const host = hostOf(eng);
  const removed: string[] = [];
  for (const net of Object.values(host.networks)) {
    if (net.predefined || activeEndpoints(host, net).length > 0) continue;
    if (opts.until !== undefined && net.created >= opts.until) continue;
    if (opts.labels && !matchLabels(net.labels, opts.labels)) continue;
    removeNetwork(eng, net.id);
    removed.push(net.name);
  }
  return removed;
}

/** `label=k`, `label=k=v`, `label!=k=v` filters as docker applies them. */
export function matchLabels(labels: Record<string, string>, filters: readonly string[]): boolean {
  return filters.every((f) => {
    const neg = f.startsWith('!');
    const [k, v] = (neg ? f.slice(1) : f).split('=', 2) as [string, string | undefined];
    const hit = v === undefined ? k in labels : labels[k] === v;
    return neg ? !hit : hit;
  });
}
