/**
 * `docker network ls` rows (cli/command/network/formatter.go): the networkContext fields
 * (ID, Name, Driver, Scope, IPv4, IPv6, Internal, Labels, Label, CreatedAt) and the format
 * resolution (`table`, `raw`, quiet).
 */
import type { NetworkRecord } from '../../../sim/index';
import { DEFAULT_QUIET_FORMAT, FormatContext, RAW_FORMAT_KEY, TABLE_FORMAT_KEY } from '../../format/formatter';
import { DEFAULT_NETWORK_TABLE_FORMAT } from '../../format/docker-formats';
import { goTimeString } from '../../format/go-time';
import { GO_TYPE } from '../../format/template';
import { truncateID } from '../../format/text-width';

export function networkFormat(source: string, quiet: boolean): string {
  if (source === TABLE_FORMAT_KEY || source === '') return quiet ? DEFAULT_QUIET_FORMAT : DEFAULT_NETWORK_TABLE_FORMAT;
  if (source === RAW_FORMAT_KEY) return quiet ? 'network_id: {{.ID}}' : 'network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n';
  return source;
}

export class NetworkContext extends FormatContext {
  readonly [GO_TYPE] = '*network.networkContext';

  constructor(
    private readonly n: NetworkRecord,
    private readonly trunc: boolean,
  ) {
    super();
  }

  ID(): string {
    return this.trunc ? truncateID(this.n.id) : this.n.id;
  }
  Name(): string {
    return this.n.name;
  }
  Driver(): string {
    return this.n.driver;
  }
  Scope(): string {
    return this.n.scope;
  }
  IPv4(): string {
    return 'true';
  }
  IPv6(): string {
    return String(this.n.enableIPv6);
  }
  Internal(): string {
    return String(this.n.internal);
  }
  Labels(): string {
    return Object.entries(this.n.labels)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  }
  Label(name: string): string {
    return this.n.labels[name] ?? '';
  }
  CreatedAt(): string {
    return goTimeString(this.n.created);
  }
}

/** sortorder.NaturalLess: digit runs compare as numbers. */
export function naturalLess(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const xa = a.match(re) ?? [];
  const xb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
    const [pa, pb] = [xa[i]!, xb[i]!];
    if (pa === pb) continue;
    const na = /^\d/.test(pa);
    const nb = /^\d/.test(pb);
    if (na && nb) {
      const d = Number(pa) - Number(pb);
      if (d !== 0) return d;
      return pa.length - pb.length;
    }
    return pa < pb ? -1 : 1;
  }
  return xa.length - xb.length;
}
