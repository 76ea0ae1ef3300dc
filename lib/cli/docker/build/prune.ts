/**
 * `docker buildx prune` (and `docker builder prune`, which docker forwards to it): the warnings
 * it asks with, `--all`, `--filter until=…`, and the table buildx prints through a Go tabwriter
 * padded with tabs (each row flushed on its own, as buildx does).
 */
import type { Engine } from '../../../sim/core/engine';
import { pruneCache, type CacheRecord } from '../../../sim/build/cache';
import { parseGoDuration, type FilterArgs } from '../../flags';
import { humanDuration, humanSize } from '../../format/units';

export const PRUNE_WARNING = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
export const PRUNE_ALL_WARNING = 'WARNING! This will remove all build cache. Are you sure you want to continue?';

/** Go tabwriter with minwidth 1, tabwidth 8, padding 1 and '\t' as padding (one flushed block). */
export function tabBlock(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, j) => {
      widths[j] = Math.max(widths[j] ?? 1, cell.length + 1);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, j) => {
          if (j === row.length - 1) return cell;
          const cellw = Math.ceil(widths[j]! / 8) * 8;
          return cell + '\t'.repeat(Math.ceil((cellw - cell.length) / 8));
        })
        .join(''),
    )
    .join('\n') + '\n';
}

/**
 * The keep duration of `--filter until=…` (or its old name `unused-for`) in ms, checked as buildx's
 * toBuildkitPruneInfo does before anything is asked; other keys go to BuildKit as filters.
 */
export function pruneKeepDuration(filters: FilterArgs): number | undefined {
  const until = filters['until'] ?? [];
  const unusedFor = filters['unused-for'] ?? [];
  if (until.length > 0 && unusedFor.length > 0) throw new Error('conflicting filters "until" and "unused-for"');
  const key = unusedFor.length > 0 ? 'unused-for' : 'until';
  const values = [...until, ...unusedFor];
  if (values.length > 1 || Object.entries(filters).some(([k, v]) => k !== key && v.length > 1)) throw new Error('filters expect only one value');
  if (values.length === 0) return undefined;
  try {
    return parseGoDuration(values[0]!) / 1e6;
  } catch (e) {
    throw new Error(`"${key}" filter expects a duration (e.g., '24h'): ${(e as Error).message}`);
  }
}

function row(r: CacheRecord, now: number): string[] {
  const id = r.mutable ? r.id + '*' : r.id;
  return [id.padEnd(40), 'true '.padEnd(5), humanSize(r.size).padEnd(10), `${humanDuration(now - r.lastUsedAt)} ago`];
}

/** Remove the cache and return what buildx prints: a row per record removed, then `Total:`. */
export function pruneReport(eng: Engine, all: boolean, olderThan: number | undefined): string {
  const removed = pruneCache(eng, { all, ...(olderThan !== undefined ? { olderThan } : {}) });
  const now = eng.world.clock;
  let out = '';
  removed.forEach((r, i) => {
    out += i === 0 ? tabBlock([['ID', 'RECLAIMABLE', 'SIZE', 'LAST ACCESSED'], row(r, now)]) : tabBlock([row(r, now)]);
  });
  const total = removed.reduce((n, r) => n + r.size, 0);
  return out + tabBlock([['Total:', humanSize(total)]]);
}
