/**
 * Simulated time. `advance` moves the world clock forward, stopping at every moment a tick hook
 * has work (a health probe, a container exiting, a restart backoff ending…) so effects happen in
 * order and at the right timestamps. Bounded: hooks skip ahead over long idle periods themselves,
 * and a hard cap on steps keeps a huge jump from hanging.
 */
import type { Engine, Runtime } from './engine';
import type { World } from './world';

export const MAX_STEPS_PER_ADVANCE = 20_000;

export function advance(eng: Engine, ms: number): void {
  advanceTo(eng.world, eng.rt, eng.world.clock + Math.max(0, ms));
}

export function advanceTo(world: World, rt: Runtime, target: number): void {
  const dues: Array<number | null> = [];
  for (let steps = 0; steps < MAX_STEPS_PER_ADVANCE; steps++) {
    const hooks = rt.hooks;
    let due: number | null = null;
    // Plain loops (this runs for every command); hooks a hook installs join on the next pass.
    for (let i = 0, n = hooks.length; i < n; i++) {
      const d = hooks[i]!.nextDue(world, rt);
      dues[i] = d;
      if (d !== null && (due === null || d < due)) due = d;
    }
    if (due === null || due > target) break;
    world.clock = Math.max(world.clock, due);
    for (let i = 0, n = hooks.length; i < n; i++) {
      const d = dues[i];
      if (d !== null && d !== undefined && d <= world.clock) hooks[i]!.run(world, rt, world.clock, target);
    }
  }
  world.clock = Math.max(world.clock, target);
}

/** Run hooks whose work is due now without moving the clock (after an operation changed state). */
export function settle(eng: Engine): void {
  advanceTo(eng.world, eng.rt, eng.world.clock);
}
