/**
 * `docker buildx version`, `docker buildx ls` (the docker driver's default builder) and
 * `docker buildx du` (build cache records, one tabwriter block, then the summary), as buildx
 * v0.24 prints them.
 */
import { listRecords, type CacheRecord } from '../../../sim/build/cache';
import type { Engine } from '../../../sim/core/engine';
import { FormatContext, formatWrite, HeaderMap } from '../../format/formatter';
import { GO_TYPE } from '../../format/template';
import { humanDuration, humanSize } from '../../format/units';
import { goTimeString, type StoredBuilder } from './buildx-store';
import { tabBlock } from './prune';

export const BUILDX_VERSION_LINE = 'github.com/docker/buildx v0.24.0 d0e5e86';
/** The BuildKit inside dockerd 28.2. */
export const DAEMON_BUILDKIT = 'v0.22.0';

const LS_FORMAT = 'table {{.Name}}\t{{.DriverEndpoint}}\t{{.Status}}\t{{.Buildkit}}\t{{.Platforms}}';
const LS_HEADERS = new HeaderMap([
  ['Name', 'NAME/NODE'],
  ['DriverEndpoint', 'DRIVER/ENDPOINT'],
  ['LastActivity', 'LAST ACTIVITY'],
  ['Status', 'STATUS'],
  ['Buildkit', 'BUILDKIT'],
  ['Platforms', 'PLATFORMS'],
]);

/** One line of `buildx ls`: a builder (`name*` when current), or one of its nodes (` \_ node`). */
interface LsLine {
  name: string;
  driverEndpoint: string;
  status: string;
  buildkit: string;
  platforms: string;
  lastActivity: string;
}

class LsRow extends FormatContext {
  readonly [GO_TYPE] = 'commands.lsContext';
  constructor(private readonly line: LsLine) {
    super();
  }
  Name(): string {
    return this.line.name;
  }
  DriverEndpoint(): string {
    return this.line.driverEndpoint;
  }
  Status(): string {
    return this.line.status;
  }
  Buildkit(): string {
    return this.line.buildkit;
  }
  Platforms(): string {
    return this.line.platforms;
  }
  LastActivity(): string {
    return this.line.lastActivity;
  }
}

const line = (name: string, driverEndpoint: string, rest: Partial<LsLine> = {}): LsLine => ({ name, driverEndpoint, status: '', buildkit: '', platforms: '', lastActivity: '', ...rest });

/** Stored builders by name, then the default context's builder (builder.GetBuilders). */
export function buildxLs(format: string, stored: readonly StoredBuilder[], current: string): string {
  const lines: LsLine[] = [];
  for (const b of stored) {
    lines.push(line(b.Name + (b.Name === current ? '*' : ''), b.Driver, { lastActivity: b.LastActivity ? goTimeString(b.LastActivity) : '' }));
    for (const n of b.Nodes) lines.push(line(` \\_ ${n.Name}`, ` \\_ ${n.Endpoint}`, { status: 'inactive', platforms: (n.Platforms ?? []).join(', ') }));
  }
  lines.push(line(current === 'default' ? 'default*' : 'default', 'docker'));
  lines.push(line(' \\_ default', ' \\_ default', { status: 'running', buildkit: DAEMON_BUILDKIT, platforms: 'linux/amd64 (+3), linux/386' }));
  return formatWrite(format || LS_FORMAT, LS_HEADERS, lines.map((l) => new LsRow(l)));
}

function row(r: CacheRecord, now: number): string[] {
  return [(r.mutable ? r.id + '*' : r.id).padEnd(40), 'true '.padEnd(5), humanSize(r.size).padEnd(10), `${humanDuration(now - r.lastUsedAt)} ago`];
}

export function buildxDu(eng: Engine, verbose: boolean): string {
  const recs = listRecords(eng);
  const now = eng.world.clock;
  let out = '';
  if (verbose) {
    for (const r of recs) {
      const lines: Array<[string, string]> = [['ID:', r.id], ['Created at:', new Date(r.createdAt).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC')], ['Mutable:', String(r.mutable)], ['Reclaimable:', 'true'], ['Shared:', 'false'], ['Size:', humanSize(r.size)], ['Description:', r.description], ['Usage count:', String(r.usageCount)], ['Last used:', `${humanDuration(now - r.lastUsedAt)} ago`], ['Type:', r.type]];
      out += tabBlock(lines) + '\n';
    }
  } else out += tabBlock([['ID', 'RECLAIMABLE', 'SIZE', 'LAST ACCESSED'], ...recs.map((r) => row(r, now))]);
  const total = recs.reduce((n, r) => n + r.size, 0);
  return out + tabBlock([['Reclaimable:', humanSize(total)], ['Total:', humanSize(total)]]);
}
