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

class LsRow extends FormatContext {
  readonly [GO_TYPE] = 'commands.lsContext';
  constructor(private readonly node: boolean) {
    super();
  }
  Name(): string {
    return this.node ? ' \\_ default' : 'default*';
  }
  DriverEndpoint(): string {
    return this.node ? ' \\_ default' : 'docker';
  }
  Status(): string {
    return this.node ? 'running' : '';
  }
  Buildkit(): string {
    return this.node ? DAEMON_BUILDKIT : '';
  }
  Platforms(): string {
    return this.node ? 'linux/amd64 (+3), linux/386' : '';
  }
  LastActivity(): string {
    return '';
  }
}

export function buildxLs(format: string): string {
  return formatWrite(format || LS_FORMAT, LS_HEADERS, [new LsRow(false), new LsRow(true)]);
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
