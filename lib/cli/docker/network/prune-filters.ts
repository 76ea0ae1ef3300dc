/**
 * Prune filters as the daemon reads them: `until` (a timestamp or duration), `label` and
 * `label!`; anything else is `invalid filter 'key'`.
 */
import { EngineError } from '../../../sim/index';
import type { FilterArgs } from '../../flags';
import { parseTimestamp } from '../container/timestamp';

export interface PruneFilters {
  until?: number;
  labels?: string[];
}

export function pruneFilters(args: FilterArgs, now: number, accepted: readonly string[] = ['until', 'label', 'label!']): PruneFilters {
  const out: PruneFilters = {};
  for (const [key, values] of Object.entries(args)) {
    if (!accepted.includes(key)) throw new EngineError('invalidParameter', `invalid filter '${key}'`);
    for (const v of values) {
      if (key === 'until') {
        try {
          out.until = parseTimestamp(v, now);
        } catch (e) {
          throw new EngineError('invalidParameter', (e as Error).message);
        }
      } else (out.labels ??= []).push(key === 'label!' ? `!${v}` : v);
    }
  }
  return out;
}
