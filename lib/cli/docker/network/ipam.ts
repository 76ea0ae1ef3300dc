/**
 * The client side of `docker network create --subnet/--ip-range/--gateway`
 * (createIPAMConfig): every range and gateway must fall in a given subnet, one of each per
 * subnet, no overlapping subnets. Errors are the client's own (no daemon prefix).
 */
import { CliError } from '../../command';
import { parseCidr, type Cidr } from '../../../sim/networks/ipam';
import { ipToInt } from '../../../sim/networks/ipam';

export interface IpamRequest {
  subnets: readonly string[];
  ipRanges: readonly string[];
  gateways: readonly string[];
}

export interface IpamConfig {
  subnet: string;
  ipRange?: string;
  gateway?: string;
}

function cidrOf(s: string): Cidr {
  const c = parseCidr(s);
  if (!c) throw new CliError(`invalid subnet: invalid CIDR address: ${s}`);
  return c;
}

function contains(subnet: string, data: string): boolean {
  const s = cidrOf(subnet);
  const ip = data.includes('/') ? parseCidr(data)?.base ?? null : ipToInt(data);
  if (data.includes('/') && ip === null) throw new CliError(`invalid CIDR address: ${data}`);
  return ip !== null && ip >= s.base && ip < s.base + 2 ** (32 - s.prefix);
}

export function ipamConfigs(o: IpamRequest): IpamConfig[] {
  if (o.subnets.length < o.ipRanges.length || o.subnets.length < o.gateways.length) throw new CliError('every ip-range or gateway must have a corresponding subnet');
  const out = new Map<string, IpamConfig>();
  for (const s of o.subnets) {
    for (const k of out.keys()) if (contains(s, k) || contains(k, s)) throw new CliError('multiple overlapping subnet configuration is not supported');
    out.set(s, { subnet: s });
  }
  for (const r of o.ipRanges) {
    let match = false;
    for (const s of o.subnets) {
      if (!contains(s, r)) continue;
      const d = out.get(s)!;
      if (d.ipRange) throw new CliError(`cannot configure multiple ranges (${r}, ${d.ipRange}) on the same subnet (${s})`);
      d.ipRange = r;
      match = true;
    }
    if (!match) throw new CliError(`no matching subnet for range ${r}`);
  }
  for (const g of o.gateways) {
    let match = false;
    for (const s of o.subnets) {
      if (!contains(s, g)) continue;
      const d = out.get(s)!;
      if (d.gateway) throw new CliError(`cannot configure multiple gateways (${g}, ${d.gateway}) for the same subnet (${s})`);
      d.gateway = g;
      match = true;
    }
    if (!match) throw new CliError(`no matching subnet for gateway ${g}`);
  }
  return [...out.values()];
}
