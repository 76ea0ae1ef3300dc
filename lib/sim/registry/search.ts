/**
 * The daemon's `docker search` (registry.Service.Search): filter validation (is-official, stars,
 * the deprecated is-automated), the limit (default 25, 1–100, applied before filtering, like Hub's
 * `n` parameter), then Docker Hub's answer from the index: official images first, then by stars.
 */
import { EngineError, invalid } from '../core/errors';
import { HUB_INDEX, type HubRepository } from './hub-index';

const ACCEPTED = new Set(['is-automated', 'is-official', 'stars']);

function boolFilter(key: string, values: readonly string[]): boolean {
  const isTrue = values.some((v) => v === 'true' || v === '1');
  const isFalse = values.some((v) => v === 'false' || v === '0');
  if (isTrue === isFalse) throw invalid(`invalid filter '${key}=[${values.join(' ')}]'`);
  return isTrue;
}

export function searchHub(term: string, o: { limit?: number; filters?: Record<string, string[]> } = {}): HubRepository[] {
  const filters = o.filters ?? {};
  for (const key of Object.keys(filters)) if (!ACCEPTED.has(key)) throw invalid(`invalid filter '${key}'`);
  if (filters['is-automated'] && boolFilter('is-automated', filters['is-automated'])) return [];
  const officialOnly = filters['is-official'] ? boolFilter('is-official', filters['is-official']) : undefined;
  let minStars = 0;
  for (const s of filters['stars'] ?? []) {
    if (!/^[+-]?\d+$/.test(s)) throw invalid(`invalid filter 'stars=${s}': strconv.Atoi: parsing "${s}": invalid syntax`);
    minStars = Math.max(minStars, Number(s));
  }
  if (/^[a-z]+:\/\//i.test(term)) throw invalid(`invalid repository name: repository name (${term}) should not have a scheme`);
  const limit = o.limit === undefined || o.limit === 0 ? 25 : o.limit;
  if (limit < 1 || limit > 100) throw invalid(`limit ${limit} is outside the range of [1, 100]`);
  const q = term.toLowerCase().replace(/^(docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '');
  const hits = HUB_INDEX.filter((r) => r.name.includes(q) || (q.length > 2 && r.description.toLowerCase().includes(q)))
    .sort((a, b) => Number(b.official) - Number(a.official) || Number(b.name === q) - Number(a.name === q) || b.stars - a.stars)
    .slice(0, limit);
  return hits.filter((r) => (officialOnly === undefined || r.official === officialOnly) && r.stars >= minStars);
}

/** Searching another registry: registries speak no search API (`Unexpected status code 404`). */
export function searchUnsupported(): never {
  throw new EngineError('unknown', 'Unexpected status code 404');
}
