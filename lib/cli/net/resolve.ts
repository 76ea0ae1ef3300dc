/**
 * Name lookups as the tools see them: every address a name has (aliases shared by several
 * containers answer with all of them, as Docker's embedded DNS does) and the resolver in use.
 */
import { findNetwork, hostOf, resolveName, type Engine, type Origin } from '../../sim/index';
import { HOST_NAMESERVER, netOwner, usesHostNetwork } from './view';

const userDefined = (driver: string, predefined: boolean) => !predefined && ['bridge', 'overlay', 'macvlan', 'ipvlan'].includes(driver);

/** All IPv4 addresses for `name` from `origin`, first the one the resolver picks; [] when unknown. */
export function lookupAll(eng: Engine, origin: Origin, name: string): string[] {
  const first = resolveName(eng, origin, name);
  if (!first) return [];
  if (origin.kind === 'host') return [first];
  const host = hostOf(eng);
  const self = host.containers[origin.id];
  if (!self || usesHostNetwork(eng, self)) return [first];
  const c = netOwner(eng, self);
  const found: string[] = [];
  for (const [netName, ep] of Object.entries(c.networks)) {
    const net = findNetwork(host, ep.networkId);
    if (!net || !userDefined(net.driver, net.predefined) || !ep.ipAddress) continue;
    for (const other of Object.values(host.containers)) {
      if (!other.state.Running || other.state.Restarting) continue;
      const oep = other.networks[netName];
      if (oep?.ipAddress && oep.dnsNames.includes(name) && !found.includes(oep.ipAddress)) found.push(oep.ipAddress);
    }
  }
  return found.includes(first) ? [first, ...found.filter((ip) => ip !== first)] : [first];
}

/** The nameserver in /etc/resolv.conf (127.0.0.11 on user-defined networks, the host's otherwise). */
export function nameserver(eng: Engine, origin: Origin, resolvConf: string | null): string {
  if (origin.kind === 'host') return HOST_NAMESERVER;
  const m = /^nameserver\s+(\S+)/m.exec(resolvConf ?? '');
  if (m) return m[1]!;
  const c = hostOf(eng).containers[origin.id];
  return c && usesHostNetwork(eng, c) ? HOST_NAMESERVER : '127.0.0.11';
}

export function readOr(fs: { readFile(p: string): string }, path: string): string | null {
  try {
    return fs.readFile(path);
  } catch {
    return null;
  }
}
