/**
 * `docker buildx prune` (and `docker builder prune`, which docker forwards to it): the
 * confirmation prompt, `--all`, `--filter until=…`, and the table buildx prints through a Go
 * tabwriter padded with tabs (each row flushed on its own, as buildx does).
 */
import type { Engine } from '../../../sim/core/engine';
import { pruneCache, type CacheRecord } from '../../../sim/build/cache';
import { parseGoDuration } from '../../flags';
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

export interface PruneFlags {
  all: boolean;
  filter: readonly string[];
  force: boolean;
}

function untilFilter(filters: readonly string[]): number | undefined {
  let until: number | undefined;
  for (const f of filters) {
    const eq = f.indexOf('=');
    const key = (eq < 0 ? f : f.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : f.slice(eq + 1);
    if (key === 'until' || key === 'unused-for') {
      try {
        until = parseGoDuration(value) / 1e6;
      } catch (e) {
        throw new Error(`"${key}" filter expects a duration (e.g., '24h'): ${(e as Error).message}`);
      }
    }
  }
  return until;
}

function row(r: CacheRecord, now: number): string[] {
  const id = r.mutable ? r.id + '*' : r.id;
  return [id.padEnd(40), 'true '.padEnd(5), humanSize(r.size).padEnd(10), `${humanDuration(now - r.lastUsedAt)} ago`];
}

/** Run the prune; `answer` is the confirmation read from stdin. Returns stdout text. */
export function runPrune(eng: Engine, o: PruneFlags, answer: string): string {
  const olderThan = untilFilter(o.filter);
  let out = '';
  if (!o.force) {
    out += `${o.all ? PRUNE_ALL_WARNING : PRUNE_WARNING} [y/N] `;
    // no input: the learner pressed Enter (the default answer, No)
    if (answer === '') return out + '\n';
    if (!/^[yY]/.test(answer.trim())) return out;
  }
  const removed = pruneCache(eng, { all: o.all, ...(olderThan !== undefined ? { olderThan } : {}) });
  const now = eng.world.clock;
  removed.forEach((r, i) => {
    out += i === 0 ? tabBlock([['ID', 'RECLAIMABLE', 'SIZE', 'LAST ACCESSED'], row(r, now)]) : tabBlock([row(r, now)]);
  });
  const total = removed.reduce((n, r) => n + r.size, 0);
  return out + tabBlock([['Total:', humanSize(total)]]);
}
