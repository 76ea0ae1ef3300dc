/**
 * What `[internal] load build context` sends: only the paths COPY/ADD (and RUN bind mounts)
 * use from the context (BuildKit's include patterns), and only what changed since the last
 * transfer of that directory (fsutil sends a small stat record per file plus changed content).
 */
import { hasWildcard, goMatch } from './go-match';
import type { BuildContext, ContextEntry } from './load';

const STAT_RECORD = 40;

function matches(pattern: string, rel: string): boolean {
  const p = pattern.split('/').filter((x) => x !== '' && x !== '.');
  const r = rel.split('/');
  if (p.length === 0) return true;
  if (r.length < p.length) return false;
  return p.every((part, i) => (hasWildcard(part) ? goMatch(part, r[i]!) : part === r[i]));
}

/** Context entries under any of the sources (`.` is everything). */
export function usedEntries(ctx: BuildContext, sources: readonly string[]): ContextEntry[] {
  return [...ctx.entries.values()].filter((e) => sources.some((s) => matches(s, e.rel)));
}

/** Bytes sent now, updating `seen` (path → digest of what was sent before). */
export function transferBytes(entries: readonly ContextEntry[], seen: Record<string, string>): number {
  let bytes = 0;
  for (const e of entries) {
    bytes += STAT_RECORD;
    if (seen[e.rel] !== e.digest) bytes += e.size;
    seen[e.rel] = e.digest;
  }
  return Math.max(2, bytes);
}
