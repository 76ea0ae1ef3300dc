/** Deterministic stand-ins for tests: a seeded byte source and a room log builder. */
import type { RoomEntry, RoomEntryData } from './entries';
import type { LearnerEvent } from './events';
import type { RandomBytes } from './ids';

/** xorshift32: a repeatable byte stream for a seed. */
export function seededBytes(seed = 42): RandomBytes {
  let x = seed >>> 0 || 1;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      out[i] = x & 255;
    }
    return out;
  };
}

/** Appends entries with increasing seq; times are minutes after t0 unless given. */
export class LogBuilder {
  readonly entries: RoomEntry[] = [];
  constructor(readonly t0 = Date.UTC(2025, 0, 6, 9, 0)) {}

  add(data: RoomEntryData, minute = this.entries.length): this {
    this.entries.push({ seq: this.entries.length + 1, at: this.t0 + minute * 60_000, data });
    return this;
  }

  join(learnerId: string, name: string, minute?: number): this {
    return this.add({ kind: 'joined', learnerId, name }, minute);
  }

  progress(learnerId: string, event: LearnerEvent, minute?: number): this {
    return this.add({ kind: 'progress', learnerId, event }, minute);
  }
}

export const L1 = '01-what-is-docker/01-containers-vs-vms';
export const L2 = '02-images-and-containers/01-running-containers';
