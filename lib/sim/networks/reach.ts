/**
 * Who can talk to whom: name resolution (embedded DNS on user-defined networks only, /etc/hosts,
 * the host's loopback), and connection routing honouring networks, isolation, --internal,
 * published ports (host → localhost:published), host and none network modes, paused containers.
 */
import { hostOf, onHost, type ConnectError, type Engine } from '../core/engine';
import type { HostState } from '../core/world';
import { behaviourByName } from '../containers/behaviours/index';
import type { Listener } from '../containers/behaviours/types';
import { containerFs } from '../containers/view';
import { peekCtx } from '../containers/processes';
import type { ContainerRecord } from '../containers/types';
import { containerList } from '../containers/container-list';
import type { FileSystem } from '../fs/types';
import { findNetwork } from './manage';
import { isUserDefined } from './attach';
import { publicHost, publicHostByIp } from './internet';

export type Origin = { kind: 'host' } | { kind: 'container'; id: string };

export type Target =
  /** `host`: the host the container lives on when it is not the caller's (swarm nodes). */
  | { kind: 'container'; c: ContainerRecord; port: number; listener: Listener; clientIp: string; host?: string; /** The view the listener was found in (the request is served from it). */ fs: FileSystem }
  | { kind: 'internet'; name: string; ip: string };

export type Connect = { ok: true; target: Target } | { ok: false; error: ConnectError };

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function running(host: HostState): ContainerRecord[] {
  return containerList(host).filter((c) => c.state.Running && !c.state.Restarting);
}

/** The container whose network stack `c` uses (itself, or the target of --network container:x). */
function netOwner(host: HostState, c: ContainerRecord): ContainerRecord {
  const m = c.hostConfig.NetworkMode;
  return m.startsWith('container:') ? (host.containers[m.slice(10)] ?? c) : c;
}

const onHostNetwork = (host: HostState, c: ContainerRecord) => netOwner(host, c).hostConfig.NetworkMode === 'host';

/** Resolve a host name as seen from `from`: an IPv4 address, or null (curl: Could not resolve host). */
export function resolveName(eng: Engine, from: Origin, name: string): string | null {
  const host = hostOf(eng);
  if (IPV4.test(name)) return name;
  if (name === 'localhost') return '127.0.0.1';
  for (const ext of eng.rt.routes ?? []) {
    const ip = ext.resolve?.(eng, from, name);
    if (ip) return ip;
  }
  if (from.kind === 'host' || onHostNetwork(host, host.containers[from.id]!)) {
    if (name === host.name) return '127.0.1.1';
    return publicHost(name)?.ip ?? null;
  }
  const c = netOwner(host, host.containers[from.id]!);
  if (name === c.config.Hostname) return Object.values(c.networks).find((e) => e.ipAddress)?.ipAddress ?? '127.0.0.1';
  for (const h of c.hostConfig.ExtraHosts ?? []) {
    const i = h.indexOf(':');
    if (h.slice(0, i) === name) return h.slice(i + 1) === 'host-gateway' ? '172.17.0.1' : h.slice(i + 1);
  }
  for (const [netName, ep] of Object.entries(c.networks)) {
    const net = findNetwork(host, ep.networkId);
    if (!net || !isUserDefined(net) || !ep.ipAddress) continue;
    for (const other of running(host)) {
      const oep = other.networks[netName];
      if (oep?.ipAddress && oep.dnsNames.includes(name)) return oep.ipAddress;
    }
  }
  const external = Object.entries(c.networks).some(([, ep]) => {
    const net = findNetwork(host, ep.networkId);
    return net && !net.internal && net.driver !== 'null' && ep.ipAddress;
  });
  return external ? (publicHost(name)?.ip ?? null) : null;
}

export function listenersOf(eng: Engine, c: ContainerRecord, fs?: FileSystem): Listener[] {
  const b = c.proc?.behaviour ? behaviourByName(c.proc.behaviour) : undefined;
  if (!b) return [];
  if (c.proc?.readyAt !== undefined && c.proc.readyAt > eng.world.clock) return [];
  return b.listeners(peekCtx(eng, c, fs ?? containerFs(eng, c)));
}

function toContainer(eng: Engine, c: ContainerRecord, port: number, clientIp: string): Connect {
  if (c.state.Paused) return { ok: false, error: 'timeout' };
  const fs = containerFs(eng, c);
  const listener = listenersOf(eng, c, fs).find((l) => l.port === port && l.proto === 'tcp');
  return listener ? { ok: true, target: { kind: 'container', c, port, listener, clientIp, fs } } : { ok: false, error: 'refused' };
}

/** The host's side: published ports and containers on the host network. */
function toHostPort(eng: Engine, host: HostState, port: number, loopback: boolean): Connect {
  for (const c of running(host)) {
    if (onHostNetwork(host, c)) {
      const r = toContainer(eng, c, port, '127.0.0.1');
      if (r.ok) return r;
      continue;
    }
    for (const [key, binds] of Object.entries(c.ports)) {
      if (!key.endsWith('/tcp')) continue;
      const hit = (binds ?? []).find((b) => Number(b.HostPort) === port && (b.HostIp === '0.0.0.0' || b.HostIp === '::' || (loopback && b.HostIp === '127.0.0.1')));
      if (!hit) continue;
      const gw = Object.values(c.networks).find((e) => e.gateway)?.gateway ?? '172.17.0.1';
      return toContainer(eng, c, Number(key.split('/')[0]), gw);
    }
  }
  return { ok: false, error: 'refused' };
}

/** A connection a route extension (swarm) claimed, in reach.ts's terms. */
function routed(eng: Engine, from: Origin, ip: string, port: number): Connect | null {
  for (const ext of eng.rt.routes ?? []) {
    const r = ext.connect?.(eng, from, ip, port);
    if (!r) continue;
    if ('error' in r) return { ok: false, error: r.error };
    const there = r.host === eng.host ? eng : onHost(eng, r.host);
    const c = toContainer(there, r.container, r.port, r.clientIp);
    return c.ok && c.target.kind === 'container' ? { ok: true, target: { ...c.target, host: r.host } } : c;
  }
  return null;
}

export function connect(eng: Engine, from: Origin, ip: string, port: number): Connect {
  const viaExtension = eng.rt.routes?.length ? routed(eng, from, ip, port) : null;
  if (viaExtension) return viaExtension;
  const host = hostOf(eng);
  const isGateway = (addr: string) => Object.values(host.networks).some((n) => n.ipam.Config.some((c) => !!c.Gateway && c.Gateway === addr));
  const byIp = (addr: string) => running(host).find((c) => Object.values(c.networks).some((e) => e.ipAddress === addr));
  if (from.kind === 'host' || onHostNetwork(host, host.containers[from.id]!)) {
    if (ip.startsWith('127.') || ip === '0.0.0.0' || isGateway(ip)) return toHostPort(eng, host, port, ip.startsWith('127.'));
    const c = byIp(ip);
    if (c) {
      const viaMacvlan = Object.entries(c.networks).every(([, e]) => e.ipAddress !== ip || findNetwork(host, e.networkId)?.driver === 'macvlan');
      if (viaMacvlan) return { ok: false, error: 'timeout' };
      const gw = Object.values(c.networks).find((e) => e.ipAddress === ip)?.gateway || '172.17.0.1';
      return toContainer(eng, c, port, gw);
    }
    const pub = publicHostByIp(ip);
    return pub ? { ok: true, target: { kind: 'internet', name: '', ip } } : { ok: false, error: 'timeout' };
  }
  const self = netOwner(host, host.containers[from.id]!);
  if (ip.startsWith('127.')) return toContainer(eng, self, port, '127.0.0.1');
  const mine = Object.values(self.networks).filter((e) => e.ipAddress);
  if (mine.some((e) => e.ipAddress === ip)) return toContainer(eng, self, port, ip);
  const other = byIp(ip);
  if (other) {
    const shared = mine.find((e) => Object.values(other.networks).some((o) => o.networkId === e.networkId && o.ipAddress === ip));
    if (!shared) return { ok: false, error: 'timeout' };
    return toContainer(eng, other, port, shared.ipAddress);
  }
  const internalOnly = mine.every((e) => findNetwork(host, e.networkId)?.internal);
  if (isGateway(ip)) return internalOnly ? { ok: false, error: 'timeout' } : toHostPort(eng, host, port, false);
  if (mine.length === 0 || internalOnly) return { ok: false, error: 'timeout' };
  const pub = publicHostByIp(ip);
  return pub ? { ok: true, target: { kind: 'internet', name: '', ip } } : { ok: false, error: 'timeout' };
}
