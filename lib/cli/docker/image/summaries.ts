/**
 * The daemon side of `docker images` as the client receives it: `--filter` values (with the
 * client's `until` timestamps resolved) → the engine's list → API image summaries.
 */
import { listImages, parseImageFilters, type Engine, type ImageSummary as EngineSummary } from '../../../sim/index';
import { EngineError } from '../../../sim/index';
import type { ImageSummary } from '../../format/image-context';
import { parseTimestamp } from '../container/timestamp';

/** `until` values are timestamps or durations (the daemon's GetTimestamp); the rest go to the engine. */
export function imageFilters(eng: Engine, raw: readonly string[]) {
  let until: number | undefined;
  const rest: string[] = [];
  for (const item of raw) {
    if (!item.startsWith('until=')) {
      rest.push(item);
      continue;
    }
    let t: number;
    try {
      t = parseTimestamp(item.slice(6), eng.world.clock);
    } catch (e) {
      throw new EngineError('invalidParameter', (e as Error).message);
    }
    until = until === undefined ? t : Math.min(until, t);
  }
  return { ...parseImageFilters(rest), ...(until !== undefined ? { until } : {}) };
}

export function apiSummary(s: EngineSummary): ImageSummary {
  return { Id: s.id, RepoTags: s.repoTags, RepoDigests: s.repoDigests, Created: Math.floor(s.created / 1000), Size: s.size, SharedSize: -1, Containers: -1 };
}

export function imageSummaries(eng: Engine, o: { all: boolean; filters: readonly string[] }): { api: ImageSummary[]; engine: EngineSummary[] } {
  const engine = listImages(eng, { all: o.all, filters: imageFilters(eng, o.filters) });
  return { api: engine.map(apiSummary), engine };
}
