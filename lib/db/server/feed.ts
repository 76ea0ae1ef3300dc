/**
 * Wake-ups for live streams. After a commit that appended to a room's log, the writer signals the room;
 * every stream of that room on every instance re-reads the log from its own cursor. Signals carry no
 * data, only a hint (seq, whether learners care), so a lost or doubled signal costs at most a query —
 * streams also re-read on their heartbeat.
 * In-process fan-out is here; PostgreSQL carries signals between instances (postgres.ts, LISTEN/NOTIFY).
 */

export interface FeedSignal {
  workshopId: string;
  seq: number;
  /** True when an entry for the whole room was appended (learner streams ignore the rest). */
  roomWide: boolean;
  /** The room was deleted or expired: streams say goodbye and end. */
  gone?: 'deleted' | 'expired';
}

export type FeedListener = (signal: FeedSignal) => void;

export class LocalFeed {
  private readonly rooms = new Map<string, Set<FeedListener>>();

  subscribe(workshopId: string, fn: FeedListener): () => void {
    let set = this.rooms.get(workshopId);
    if (!set) this.rooms.set(workshopId, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.rooms.delete(workshopId);
    };
  }

  deliver(signal: FeedSignal): void {
    for (const fn of this.rooms.get(signal.workshopId) ?? []) {
      try {
        fn(signal);
      } catch {
        // one broken stream must not starve the others
      }
    }
  }

  get listeners(): number {
    let n = 0;
    for (const set of this.rooms.values()) n += set.size;
    return n;
  }
}

/** Signals travel as compact JSON (NOTIFY payloads are limited to 8000 bytes; ours are ~60). */
export function encodeSignal(s: FeedSignal): string {
  return JSON.stringify([s.workshopId, s.seq, s.roomWide ? 1 : 0, s.gone ?? null]);
}

export function decodeSignal(payload: string): FeedSignal | null {
  try {
    const v: unknown = JSON.parse(payload);
    if (!Array.isArray(v) || typeof v[0] !== 'string' || typeof v[1] !== 'number') return null;
    const gone = v[3] === 'deleted' || v[3] === 'expired' ? v[3] : undefined;
    return { workshopId: v[0], seq: v[1], roomWide: v[2] === 1, ...(gone ? { gone } : {}) };
  } catch {
    return null;
  }
}
