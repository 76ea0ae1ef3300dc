/**
 * The loop the per-area benchmarks share: a mix of command lines replayed through one session
 * (after a warm-up), timing each line. Prints commands/s and latency percentiles.
 */
import type { ShellSession } from '../../lib/shell/types';
import { summarise } from '../bench-sim/mix';

export interface MixOptions {
  rounds: number;
  /** What the commands are, in the printed line ("docker commands", "image commands"…). */
  label: string;
  /** Lines that are meant to fail (usage errors, unknown images); any other failure stops the run. */
  mayFail?: (line: string) => boolean;
}

export function benchMix(session: ShellSession, mix: readonly string[], opts: MixOptions): void {
  const run = (line: string) => {
    const t = performance.now();
    const res = session.run(line);
    const ms = performance.now() - t;
    if (res.exitCode !== 0 && !opts.mayFail?.(line)) throw new Error(`${line}: ${res.stderr}`);
    return ms;
  };
  for (let i = 0; i < 20; i++) for (const line of mix) run(line); // warm-up
  const lat: number[] = [];
  const t0 = performance.now();
  for (let r = 0; r < opts.rounds; r++) for (const line of mix) lat.push(run(line));
  const total = performance.now() - t0;
  const s = summarise({ commands: lat.length, wallMs: total, latencies: lat });
  console.log(`${lat.length} ${opts.label} in ${total.toFixed(0)} ms — ${Math.round(s.perSecond)} commands/s`);
  console.log(`latency p50 ${s.p50.toFixed(3)} ms, p90 ${s.p90.toFixed(3)} ms, p99 ${s.p99.toFixed(3)} ms, max ${s.max.toFixed(2)} ms`);
}
