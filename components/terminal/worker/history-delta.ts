/**
 * The shell history crosses from the worker to the page as a change, not a copy: after a command the
 * page's copy drops lines from its front (the history is capped) and appends what is new. Anything
 * else (`history -c`, `history -d 3`) is sent as a replacement.
 */

export type HistoryDelta =
  /** Drop `drop` lines from the front of the copy, then append `add`. */
  | { drop: number; add: readonly string[] }
  /** The whole history. */
  | { all: readonly string[] };

/** How `next` differs from `prev`, the page's copy (the smallest drop whose rest `next` starts with). */
export function historyDelta(prev: readonly string[], next: readonly string[]): HistoryDelta {
  for (let drop = 0; drop <= prev.length; drop++) {
    const kept = prev.length - drop;
    if (kept > next.length) continue;
    let same = true;
    for (let i = 0; i < kept && same; i++) same = prev[drop + i] === next[i];
    if (same) return kept === 0 && drop > 0 ? { all: [...next] } : { drop, add: next.slice(kept) };
  }
  return { all: [...next] };
}

/** The page's copy after `delta`. */
export function applyHistoryDelta(prev: readonly string[], delta: HistoryDelta): readonly string[] {
  if ('all' in delta) return delta.all;
  if (delta.drop === 0 && delta.add.length === 0) return prev;
  return [...prev.slice(delta.drop), ...delta.add];
}
