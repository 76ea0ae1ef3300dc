/**
 * Headers and default `table` formats of docker's other listings (network, volume, stats,
 * history, system df), as constants apart from data, plus docker stats' value formatting.
 * The verb builds a FormatContext whose methods are the fields named here.
 */
import { HeaderMap } from './formatter';
import { bytesSize, humanSizeWithPrecision } from './units';
import { formatGoFloat } from './go-float';

export const DEFAULT_NETWORK_TABLE_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
export const NETWORK_HEADERS = new HeaderMap([
  ['ID', 'NETWORK ID'],
  ['Name', 'NAME'],
  ['Driver', 'DRIVER'],
  ['Scope', 'SCOPE'],
  ['IPv4', 'IPV4'],
  ['IPv6', 'IPV6'],
  ['Internal', 'INTERNAL'],
  ['Labels', 'LABELS'],
  ['CreatedAt', 'CREATED AT'],
]);

export const DEFAULT_VOLUME_TABLE_FORMAT = 'table {{.Driver}}\t{{.Name}}';
export const DEFAULT_VOLUME_QUIET_FORMAT = '{{.Name}}';
export const VOLUME_HEADERS = new HeaderMap([
  ['ID', 'ID'],
  ['Name', 'VOLUME NAME'],
  ['Group', 'GROUP'],
  ['Driver', 'DRIVER'],
  ['Scope', 'SCOPE'],
  ['Availability', 'AVAILABILITY'],
  ['Mountpoint', 'MOUNTPOINT'],
  ['Labels', 'LABELS'],
  ['Links', 'LINKS'],
  ['Size', 'SIZE'],
  ['Status', 'STATUS'],
]);

export const DEFAULT_STATS_TABLE_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
export const STATS_HEADERS = new HeaderMap([
  ['Container', 'CONTAINER'],
  ['ID', 'CONTAINER ID'],
  ['Name', 'NAME'],
  ['CPUPerc', 'CPU %'],
  ['MemUsage', 'MEM USAGE / LIMIT'],
  ['MemPerc', 'MEM %'],
  ['NetIO', 'NET I/O'],
  ['BlockIO', 'BLOCK I/O'],
  ['PIDs', 'PIDS'],
]);

export const DEFAULT_HISTORY_TABLE_FORMAT = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
export const NON_HUMAN_HISTORY_TABLE_FORMAT = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
export const HISTORY_HEADERS = new HeaderMap([
  ['ID', 'IMAGE'],
  ['CreatedSince', 'CREATED'],
  ['CreatedAt', 'CREATED AT'],
  ['CreatedBy', 'CREATED BY'],
  ['Size', 'SIZE'],
  ['Comment', 'COMMENT'],
]);

export const DEFAULT_DISK_USAGE_TABLE_FORMAT = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
export const DISK_USAGE_HEADERS = new HeaderMap([
  ['Type', 'TYPE'],
  ['TotalCount', 'TOTAL'],
  ['Active', 'ACTIVE'],
  ['Size', 'SIZE'],
  ['Reclaimable', 'RECLAIMABLE'],
]);
export const DISK_USAGE_VERBOSE_FORMATS = {
  images: 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}',
  containers: 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}',
  volumes: 'table {{.Name}}\t{{.Links}}\t{{.Size}}',
  buildCache: 'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}',
};

/** docker stats: `12.34%` (strconv 'f' with 2 decimals, Go rounding). */
export const statsPercentage = (value: number) => formatGoFloat(value, 'f', 2) + '%';

/** docker stats MEM USAGE / LIMIT: `12.5MiB / 1.944GiB` (binary units). */
export const statsMemUsage = (used: number, limit: number) => `${bytesSize(used)} / ${bytesSize(limit)}`;

/** docker stats NET I/O and BLOCK I/O: `1.2kB / 648B` (decimal units, 3 significant digits). */
export const statsIO = (read: number, written: number) => `${humanSizeWithPrecision(read, 3)} / ${humanSizeWithPrecision(written, 3)}`;

/**
 * docker's CPU% on Linux: (container CPU delta / system CPU delta) × online CPUs × 100.
 * Inputs are cumulative nanoseconds from two consecutive samples.
 */
export function statsCpuPercent(prev: { cpu: number; system: number }, cur: { cpu: number; system: number }, onlineCpus: number): number {
  const cpuDelta = cur.cpu - prev.cpu;
  const systemDelta = cur.system - prev.system;
  return systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * onlineCpus * 100 : 0;
}

/** docker's MEM % on Linux (cgroup v2: usage minus inactive_file, over the limit). */
export const statsMemPercent = (used: number, limit: number) => (limit !== 0 ? (used / limit) * 100 : 0);
