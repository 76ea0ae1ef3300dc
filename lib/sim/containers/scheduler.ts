/**
 * The containers' tick hook: processes that end at a known time, `while true` loops printing
 * periodically, restart-policy backoffs and health probes, all driven by the simulated clock.
 * Long jumps are compressed: loops and probes skip ahead instead of replaying thousands of runs.
 */
import type { Runtime, TickHook } from '../core/engine';
import type { World } from '../core/world';
import { finishContainer } from './finish';
import { runHealthProbe } from './health';
import { MAX_LOG_LINES } from './logs';
import { runInBackground } from './run-process';
import { launch } from './start';
import type { ContainerRecord } from './types';

function due(c: ContainerRecord): number | null {
  let d: number | null = null;
  const take = (t: number | null | undefined) => {
    if (t !== null && t !== undefined && (d === null || t < d)) d = t;
  };
  if (c.state.Restarting) take(c.restartAt);
  else if (c.state.Running && !c.state.Paused) {
    take(c.proc?.exitAt);
    take(c.proc?.loop?.nextAt);
    take(c.healthAt);
  }
  return d;
}

const MAX_CATCH_UP = 50;

export const containersHook: TickHook = {
  name: 'containers',
  nextDue(world: World) {
    let d: number | null = null;
    for (const h of world.hosts) for (const c of Object.values(h.containers)) {
      const t = due(c);
      if (t !== null && (d === null || t < d)) d = t;
    }
    return d;
  },
  run(world: World, rt: Runtime, now: number) {
    for (const h of world.hosts) {
      const eng = { world, rt, host: h.name };
      for (const c of Object.values(h.containers)) {
        if (c.state.Restarting && c.restartAt !== null && c.restartAt <= now) {
          c.restartAt = null;
          c.restartCount++;
          try {
            launch(eng, c);
          } catch {
            Object.assign(c.state, { Running: false, Restarting: false, Status: 'exited' as const });
          }
          continue;
        }
        if (!c.state.Running || c.state.Paused || !c.proc) continue;
        const loop = c.proc.loop;
        if (loop && loop.nextAt <= now) {
          const behind = Math.floor((now - loop.nextAt) / loop.interval);
          if (behind > MAX_CATCH_UP) loop.nextAt += (behind - Math.min(MAX_CATCH_UP, MAX_LOG_LINES)) * loop.interval;
          while (loop.nextAt <= now) {
            runInBackground(eng, c, ['/bin/sh', '-c', loop.script], { start: loop.nextAt });
            loop.nextAt += loop.interval;
          }
        }
        if (c.healthAt !== null && c.healthAt <= now) {
          runHealthProbe(eng, c);
          if (c.healthAt !== null && c.healthAt <= now) c.healthAt = now + 1;
        }
        if (c.proc && c.proc.exitAt !== null && c.proc.exitAt <= now) finishContainer(eng, c, c.proc.exitCode);
      }
    }
  },
};
