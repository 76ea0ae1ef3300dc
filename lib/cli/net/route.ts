/**
 * One TCP-level step shared by curl, wget and ping: resolve a name from where the tool runs and
 * route to the address. The host's own address (10.0.2.15) reaches published ports like any
 * host address (the engine knows only loopback and bridge gateways, so it is translated here).
 */
import { connect, findNetwork, hostOf, type Engine, type Origin } from '../../sim/index';
import { ipToInt, parseCidr } from '../../sim/networks/ipam';
import { lookupAll } from './resolve';
import { HOST_IP, usesHostNetwork } from './view';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export const isIpv4 = (s: string) => IPV4.test(s);

/** The address the engine should route to for `ip` (the host's own address → a host-side address). */
export function engineAddress(eng: Engine, origin: Origin, ip: string): string {
  if (ip !== HOST_IP) return ip;
  if (origin.kind === 'host') return '0.0.0.0';
  const c = hostOf(eng).containers[origin.id];
  if (!c || usesHostNetwork(eng, c)) return '0.0.0.0';
  return Object.values(c.networks).find((e) => e.gateway)?.gateway ?? ip;
}

/** First address of a name (or the address itself), null when it does not resolve. */
export function resolveFirst(eng: Engine, origin: Origin, name: string): string | null {
  if (isIpv4(name)) return name;
  return lookupAll(eng, origin, name)[0] ?? null;
}

/** ICMP-level reachability: the address answers (a refused TCP port still proves the route). */
export function reachable(eng: Engine, origin: Origin, ip: string): boolean {
  if (ip.startsWith('127.')) return true;
  if (origin.kind === 'host' && ip === HOST_IP) return true;
  const r = connect(eng, origin, engineAddress(eng, origin, ip), 9);
  return r.ok || r.error === 'refused';
}

/**
 * An address on one of the caller's own bridge subnets that nobody holds: ARP gets no answer and
 * connect() fails with EHOSTUNREACH after about 3 s (a cut-off address elsewhere times out).
 */
export function hostUnreachable(eng: Engine, origin: Origin, ip: string): boolean {
  const host = hostOf(eng);
  const n = ipToInt(ip);
  if (n === null) return false;
  const self = origin.kind === 'container' ? host.containers[origin.id] : undefined;
  if (self && usesHostNetwork(eng, self)) return false;
  const subnets = self
    ? Object.values(self.networks).filter((e) => e.ipAddress).map((e) => parseCidr(`${e.ipAddress}/${e.ipPrefixLen}`))
    : Object.values(host.networks).filter((net) => net.driver === 'bridge').flatMap((net) => net.ipam.Config.map((c) => parseCidr(c.Subnet)));
  const mine = subnets.some((c) => c !== null && n >= c.base && n < c.base + 2 ** (32 - c.prefix));
  if (!mine) return false;
  const held = Object.values(host.containers).some((c) => c.state.Running && Object.values(c.networks).some((e) => e.ipAddress === ip));
  const gateway = Object.values(host.networks).some((net) => net.ipam.Config.some((c) => c.Gateway === ip) && findNetwork(host, net.id));
  return !held && !gateway;
}
