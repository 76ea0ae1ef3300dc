/** docker history's formatter (cli/command/image/formatter_history.go): headers, formats, fields. */
import type { HistoryRow } from '../../../sim/index';
import { DEFAULT_QUIET_FORMAT, FormatContext } from '../../format/formatter';
import { DEFAULT_HISTORY_TABLE_FORMAT, NON_HUMAN_HISTORY_TABLE_FORMAT } from '../../format/docker-formats';
import { GO_TYPE } from '../../format/template';
import { ellipsis, truncateID } from '../../format/text-width';
import { humanDuration, humanSizeWithPrecision } from '../../format/units';

export { HISTORY_HEADERS } from '../../format/docker-formats';

/** Dates before 2000 are shown as N/A (reproducible builds stamp 1970). */
const EPOCH = Date.UTC(2000, 0, 1) / 1000;

export function historyFormat(source: string, quiet: boolean, human: boolean): string {
  if (source !== 'table') return source;
  if (quiet) return DEFAULT_QUIET_FORMAT;
  return human ? DEFAULT_HISTORY_TABLE_FORMAT : NON_HUMAN_HISTORY_TABLE_FORMAT;
}

/** Go's time.RFC3339 in UTC (the simulated host's zone). */
function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class HistoryContext extends FormatContext {
  readonly [GO_TYPE] = '*image.historyContext';
  private readonly created: number;

  constructor(
    private readonly h: HistoryRow,
    private readonly trunc: boolean,
    private readonly human: boolean,
    private readonly now: number,
  ) {
    super();
    this.created = Math.floor(h.created / 1000);
  }

  ID(): string {
    return this.trunc ? truncateID(this.h.id) : this.h.id;
  }
  CreatedAt(): string {
    return rfc3339(this.created);
  }
  CreatedSince(): string {
    if (!this.human) return this.CreatedAt();
    if (this.created <= EPOCH) return 'N/A';
    return humanDuration(this.now - this.created * 1000) + ' ago';
  }
  CreatedBy(): string {
    const by = this.h.createdBy.replaceAll('\t', ' ');
    return this.trunc ? ellipsis(by, 45) : by;
  }
  Size(): string {
    return this.human ? humanSizeWithPrecision(this.h.size, 3) : String(this.h.size);
  }
  Comment(): string {
    return this.h.comment;
  }
}
