/**
 * Addresses the swarm deals with: a machine's interfaces (the learner's host has eth0 10.0.2.15;
 * lab nodes get theirs from lab.ts), `--listen-addr`/`--advertise-addr` resolution with dockerd's
 * errors (daemon/cluster/listen_addr.go), and which node answers at an address.
 */
import { EngineError } from '../core/errors';
import type { HostState, World } from '../core/world';
import { labOf } from './state';

/** The learner's machine (see lib/cli/net/view.ts, which draws its `ip addr`). */
export const DEFAULT_IFACES: ReadonlyArray<{ iface: string; ip: string }> = [{ iface: 'eth0', ip: '10.0.2.15' }];
export const SWARM_PORT = '2377';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const configError = (message: string) => new EngineError('invalidParameter', message);

export function isIpv4(s: string): boolean {
  const m = IPV4.exec(s);
  return !!m && m.slice(1).every((p) => Number(p) <= 255);
}

export function interfacesOf(host: HostState): ReadonlyArray<{ iface: string; ip: string }> {
  return labOf(host)?.addrs ?? DEFAULT_IFACES;
}

/** The host's system addresses (every interface's IPv4). */
export function systemIps(host: HostState): string[] {
  return interfacesOf(host).map((a) => a.ip);
}

/** Go's net.SplitHostPort for the forms the CLI sends (`ip:port`, `[v6]:port`). */
export function splitHostPort(addr: string): { host: string; port: string } | null {
  const m = /^(?:\[([^\]]*)\]|([^:]*)):(\d*)$/.exec(addr);
  if (!m) return null;
  return { host: m[1] ?? m[2] ?? '', port: m[3]! };
}

/** resolveInputIPAddr: an interface name (its single IPv4) or a literal address. */
function resolveInput(host: HostState, input: string, unspecifiedOk: boolean): string | 'bad' {
  const ifaceAddrs = interfacesOf(host).filter((a) => a.iface === input);
  if (ifaceAddrs.length > 1) throw configError(`interface ${input} has more than one IPv4 address (${ifaceAddrs[0]!.ip} and ${ifaceAddrs[1]!.ip})`);
  if (ifaceAddrs.length === 1) return ifaceAddrs[0]!.ip;
  if (isIpv4(input) && (unspecifiedOk || input !== '0.0.0.0')) return input;
  return 'bad';
}

export function resolveListenAddr(host: HostState, addr: string): { ip: string; port: string } {
  const hp = splitHostPort(addr);
  if (!hp) throw configError(`could not parse listen address ${addr}`);
  const ip = resolveInput(host, hp.host, true);
  if (ip === 'bad') throw configError('listen address must be an IP address or network interface (with optional port number)');
  return { ip, port: hp.port };
}

/** The one address to advertise when none is given, or dockerd's error listing the candidates. */
export function systemAddr(host: HostState): string {
  const addrs = interfacesOf(host);
  if (addrs.length === 0) throw configError("could not find the system's IP address");
  if (addrs.length > 1) {
    const [a, b] = addrs as [{ iface: string; ip: string }, { iface: string; ip: string }];
    if (a.iface === b.iface) throw configError(`could not choose an IP address to advertise since this system has multiple addresses on interface ${a.iface} (${a.ip} and ${b.ip})`);
    throw configError(`could not choose an IP address to advertise since this system has multiple addresses on different interfaces (${a.ip} on ${a.iface} and ${b.ip} on ${b.iface})`);
  }
  return addrs[0]!.ip;
}

export function resolveAdvertiseAddr(host: HostState, advertise: string, listenPort: string): { ip: string; port: string } {
  if (advertise === '') return { ip: systemAddr(host), port: listenPort };
  const hp = splitHostPort(advertise) ?? { host: advertise, port: listenPort };
  const ip = resolveInput(host, hp.host, false);
  if (ip === 'bad') throw configError('advertise address must be a non-zero IP address or network interface (with optional port number)');
  return { ip, port: hp.port };
}

/** Init/join: the advertise address, checking that a local address can be determined. */
export function nodeAddress(host: HostState, listenAddr: string, advertiseAddr: string): { advertise: string; port: string } {
  const listen = resolveListenAddr(host, listenAddr);
  const adv = resolveAdvertiseAddr(host, advertiseAddr, listen.port);
  if (listen.ip === '0.0.0.0' && !systemIps(host).includes(adv.ip) && interfacesOf(host).length !== 1) {
    throw configError(
      "must specify a listening address because the address to advertise is not recognized as a system address, and a system's IP address to use could not be uniquely identified",
    );
  }
  return { advertise: adv.ip, port: adv.port };
}

/** The powered-on host answering at `ip` (an interface address or its advertised address). */
export function hostAtAddress(world: World, ip: string, advertised: (h: HostState) => string | undefined): HostState | undefined {
  return world.hosts.find((h) => systemIps(h).includes(ip) || advertised(h) === ip);
}
