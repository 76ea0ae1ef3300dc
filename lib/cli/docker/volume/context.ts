/**
 * `docker volume ls` rows (cli/command/formatter/volume.go): volumeContext fields and the
 * format resolution (`table`, `raw`, quiet). Links/Size are N/A outside `system df -v`.
 */
import type { VolumeRecord } from '../../../sim/index';
import { mountpoint } from '../../../sim/volumes/volumes';
import { FormatContext, RAW_FORMAT_KEY, TABLE_FORMAT_KEY } from '../../format/formatter';
import { DEFAULT_VOLUME_QUIET_FORMAT, DEFAULT_VOLUME_TABLE_FORMAT } from '../../format/docker-formats';
import { GO_TYPE } from '../../format/template';
import { humanSize } from '../../format/units';

export function volumeFormat(source: string, quiet: boolean): string {
  if (source === TABLE_FORMAT_KEY || source === '') return quiet ? DEFAULT_VOLUME_QUIET_FORMAT : DEFAULT_VOLUME_TABLE_FORMAT;
  if (source === RAW_FORMAT_KEY) return quiet ? 'name: {{.Name}}' : 'name: {{.Name}}\\ndriver: {{.Driver}}\\n';
  return source;
}

export class VolumeContext extends FormatContext {
  readonly [GO_TYPE] = '*formatter.volumeContext';

  constructor(
    private readonly v: VolumeRecord,
    private readonly usage: { size: number; links: number } | null = null,
  ) {
    super();
  }

  Name(): string {
    return this.v.name;
  }
  Driver(): string {
    return this.v.driver;
  }
  Scope(): string {
    return 'local';
  }
  Mountpoint(): string {
    return mountpoint(this.v.name);
  }
  Labels(): string {
    return Object.entries(this.v.labels)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  }
  Label(name: string): string {
    return this.v.labels[name] ?? '';
  }
  Links(): string {
    return this.usage ? String(this.usage.links) : 'N/A';
  }
  Size(): string {
    return this.usage ? humanSize(this.usage.size) : 'N/A';
  }
  Group(): string {
    return 'N/A';
  }
  Availability(): string {
    return 'N/A';
  }
  Status(): string {
    return 'N/A';
  }
}
