/**
 * Simulated time inside the shell. A background job (`sleep 30 &`) runs at once, but the time its
 * commands take is its own: `sleep` in it adds to the job's timeline instead of moving the clock,
 * and the job stays Running until the clock reaches its end. In the foreground, time passes on the
 * machine's clock, and background jobs due by then finish.
 */
import type { Interp } from '../interp';

/** The simulated time a background job (and what it runs) has taken so far, in ms. */
export interface Timeline {
  elapsed: number;
}

/** The time this process is at: the clock, plus what its background job has taken so far. */
export function shellNow(sh: Interp): number {
  return sh.machine.clock.now() + (sh.hooks.timeline?.elapsed ?? 0);
}

/** Let `ms` of simulated time pass for this process. */
export function passTime(sh: Interp, ms: number): void {
  if (ms <= 0) return;
  const t = sh.hooks.timeline;
  if (t) {
    t.elapsed += ms;
    return;
  }
  sh.machine.clock.advance(ms);
  sh.hooks.jobs?.tick();
}

/** Let time pass until `at` (nothing when it is already past). */
export function passUntil(sh: Interp, at: number): void {
  passTime(sh, at - shellNow(sh));
}
