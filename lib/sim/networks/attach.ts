/**
 * Container ↔ network attachments: endpoints get an address when the container starts (or on
 * connect while running) and lose it when it stops; `docker network connect/disconnect`.
 */
import { hostOf, newId, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { EngineError, forbidden, invalid } from '../core/errors';
import type { HostState } from '../core/world';
import type { ContainerRecord } from '../containers/types';
import { requireContainer } from '../containers/names';
import { containerList } from '../containers/container-list';
import { allocate, intToIp, ipToInt, macFor, parseCidr } from './ipam';
import { NO_USER_SUBNET, requireNetwork } from './manage';
import type { EndpointRecord, NetworkRecord } from './types';

export function isUserDefined(net: NetworkRecord): boolean {
  return !net.predefined && (net.driver === 'bridge' || net.driver === 'overlay' || net.driver === 'macvlan' || net.driver === 'ipvlan');
}

export function blankEndpoint(net: NetworkRecord, aliases: string[] = [], requestedIp?: string): EndpointRecord {
  return { networkId: net.id, endpointId: '', ipAddress: '', ipPrefixLen: 0, gateway: '', macAddress: '', aliases, dnsNames: [], ...(requestedIp ? { requestedIp } : {}) };
}

function usedIps(host: HostState, net: NetworkRecord): Set<number> {
  const used = new Set<number>();
  const gw = net.ipam.Config[0]?.Gateway;
  if (gw) used.add(ipToInt(gw) ?? -1);
  for (const c of containerList(host)) {
    const ip = c.networks[net.name]?.ipAddress;
    if (ip) used.add(ipToInt(ip) ?? -1);
  }
  return used;
}

/** Give the container a live endpoint on the network (address, MAC, DNS names). */
export function activateEndpoint(eng: Engine, c: ContainerRecord, net: NetworkRecord): EndpointRecord {
  const host = hostOf(eng);
  const ep = c.networks[net.name] ?? blankEndpoint(net);
  ep.networkId = net.id;
  if (net.driver === 'host' || net.driver === 'null') {
    ep.endpointId = newId(eng);
    c.networks[net.name] = ep;
    return ep;
  }
  const cfg = net.ipam.Config[0];
  const subnet = cfg ? parseCidr(cfg.Subnet) : null;
  if (!subnet || !cfg) throw new EngineError('system', `network ${net.name} has no IPv4 subnet`);
  const used = usedIps(host, net);
  let ip: number;
  if (ep.requestedIp) {
    const want = ipToInt(ep.requestedIp);
    if (want === null || want < subnet.base || want >= subnet.base + 2 ** (32 - subnet.prefix)) throw invalid(`invalid endpoint settings:\nno configured subnet or ip-range contain the IP address ${ep.requestedIp}`);
    if (used.has(want)) throw forbidden(`Address already in use`);
    ip = want;
  } else {
    const got = allocate(subnet, cfg.IPRange ? parseCidr(cfg.IPRange) : null, used, net.allocCursor);
    if (!got) throw new EngineError('system', `no available IPv4 addresses on this network's address pools: ${net.name} (${net.id})`);
    ip = got.ip;
    net.allocCursor = got.cursor;
  }
  ep.endpointId = newId(eng);
  ep.ipAddress = intToIp(ip);
  ep.ipPrefixLen = subnet.prefix;
  ep.gateway = net.internal ? '' : (cfg.Gateway ?? '');
  ep.macAddress = macFor(ip);
  ep.dnsNames = isUserDefined(net) ? [c.name, c.id.slice(0, 12), ...ep.aliases] : [];
  c.networks[net.name] = ep;
  return ep;
}

export function deactivateEndpoint(c: ContainerRecord, netName: string): void {
  const ep = c.networks[netName];
  if (!ep) return;
  Object.assign(ep, { endpointId: '', ipAddress: '', ipPrefixLen: 0, gateway: '', macAddress: '', dnsNames: [] });
}

export interface ConnectOptions {
  ip?: string;
  aliases?: string[];
}

export function connectNetwork(eng: Engine, netTerm: string, containerTerm: string, o: ConnectOptions = {}): void {
  const net = requireNetwork(eng, netTerm);
  const c = requireContainer(eng, containerTerm);
  const mode = c.hostConfig.NetworkMode;
  if (mode === 'host' || net.driver === 'host') throw forbidden('container cannot be disconnected from host network or connected to host network');
  if (mode === 'none' || net.driver === 'null') throw forbidden('container cannot be connected to multiple networks with one of the networks in private (none) mode');
  if (mode.startsWith('container:')) throw forbidden('container sharing network namespace with another container or host cannot be connected to any other network');
  if (c.networks[net.name]) throw forbidden(`endpoint with name ${c.name} already exists in network ${net.name}`);
  if (o.ip && !isUserDefined(net)) throw forbidden('user specified IP address is supported on user defined networks only');
  if (o.ip && net.userSubnet === false) throw invalid(NO_USER_SUBNET);
  if (o.aliases?.length && !isUserDefined(net)) throw forbidden('network-scoped alias is supported only for containers in user defined networks');
  c.networks[net.name] = blankEndpoint(net, o.aliases ?? [], o.ip);
  if (c.state.Running && !c.state.Restarting) {
    try {
      activateEndpoint(eng, c, net);
    } catch (e) {
      delete c.networks[net.name];
      throw e;
    }
  }
  emit(eng.world, eng.host, 'network', 'connect', net.id, { container: c.id, name: net.name, type: net.driver });
}

export function disconnectNetwork(eng: Engine, netTerm: string, containerTerm: string, force = false): void {
  const c = requireContainer(eng, containerTerm);
  let net: NetworkRecord | undefined;
  try {
    net = requireNetwork(eng, netTerm);
  } catch (e) {
    if (!force) throw e;
  }
  const name = net?.name ?? netTerm;
  if (!c.networks[name]) throw new EngineError('unknown', `container ${c.id} is not connected to the network ${name}`);
  if (c.hostConfig.NetworkMode === 'host') throw forbidden('container cannot be disconnected from host network or connected to host network');
  delete c.networks[name];
  if (net) emit(eng.world, eng.host, 'network', 'disconnect', net.id, { container: c.id, name: net.name, type: net.driver });
}
