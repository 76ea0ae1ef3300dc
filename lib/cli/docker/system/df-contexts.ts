/**
 * `docker system df` rows (cli/command/formatter/disk_usage.go): one summary row per object type
 * with docker's Reclaimable rule (`size (pct%)` only when the total is not zero), and the build
 * cache records of the verbose view.
 */
import type { CacheRecord } from '../../../sim/build/index';
import { FormatContext, HeaderMap } from '../../format/formatter';
import { goTimeString } from '../../format/go-time';
import { GO_TYPE } from '../../format/template';
import { humanDuration, humanSize, humanSizeWithPrecision } from '../../format/units';

export const BUILD_CACHE_HEADERS = new HeaderMap([
  ['ID', 'CACHE ID'],
  ['CacheType', 'CACHE TYPE'],
  ['Parent', 'PARENT'],
  ['Description', 'DESCRIPTION'],
  ['Size', 'SIZE'],
  ['CreatedSince', 'CREATED'],
  ['CreatedAt', 'CREATED AT'],
  ['LastUsedSince', 'LAST USED'],
  ['LastUsedAt', 'LAST USED AT'],
  ['UsageCount', 'USAGE'],
  ['InUse', 'IN USE'],
  ['Shared', 'SHARED'],
]);

/** `12.3MB (45%)`, or just the size when there is nothing at all. */
export function reclaimable(bytes: number, total: number): string {
  return total > 0 ? `${humanSize(bytes)} (${Math.trunc((bytes * 100) / total)}%)` : humanSize(bytes);
}

export class DiskUsageRow extends FormatContext {
  readonly [GO_TYPE] = '*formatter.diskUsageContext';

  constructor(
    private readonly type: string,
    private readonly total: number,
    private readonly active: number,
    private readonly size: number,
    private readonly reclaim: string,
  ) {
    super();
  }

  Type(): string {
    return this.type;
  }
  TotalCount(): string {
    return String(this.total);
  }
  Active(): string {
    return String(this.active);
  }
  Size(): string {
    return humanSize(this.size);
  }
  Reclaimable(): string {
    return this.reclaim;
  }
}

export class BuildCacheContext extends FormatContext {
  readonly [GO_TYPE] = '*formatter.buildCacheContext';

  constructor(
    private readonly r: CacheRecord,
    private readonly trunc: boolean,
    private readonly now: number,
  ) {
    super();
  }

  ID(): string {
    return this.trunc ? this.r.id.slice(0, 12) : this.r.id;
  }
  Parent(): string {
    return '';
  }
  CacheType(): string {
    return this.r.type;
  }
  Description(): string {
    return this.r.description;
  }
  Size(): string {
    return humanSizeWithPrecision(this.r.size, 3);
  }
  CreatedAt(): string {
    return goTimeString(this.r.createdAt);
  }
  CreatedSince(): string {
    return humanDuration(this.now - this.r.createdAt) + ' ago';
  }
  LastUsedAt(): string {
    return goTimeString(this.r.lastUsedAt);
  }
  LastUsedSince(): string {
    return humanDuration(this.now - this.r.lastUsedAt) + ' ago';
  }
  UsageCount(): string {
    return String(this.r.usageCount);
  }
  InUse(): string {
    return 'false';
  }
  Shared(): string {
    return 'false';
  }
}
