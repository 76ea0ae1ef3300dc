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
import type { Engine } from '../core/engine';
import { runLoopIterations } from './run-process';
import { launch } from './start';
import type { ContainerRecord, ProcessState } from './types';
import { skipIterations } from './loop-skip';
import { containerList } from './container-list';

function earlier(a: number | null, b: number | null | undefined): number | null {
  return b === null || b === undefined ? a : a === null || b < a ? b : a;
}

function due(c: ContainerRecord): number | null {
  if (c.state.Restarting) return c.restartAt;
  if (!c.state.Running || c.state.Paused) return null;
  let d: number | null = c.healthAt;
  const proc = c.proc;
  if (proc) {
    d = earlier(d, proc.exitAt);
    d = earlier(d, proc.oomAt);
    if (proc.loop) d = earlier(d, proc.loop.nextAt);
  }
  return d;
}

export const containersHook: TickHook = {
  name: 'containers',
  nextDue(world: World) {
    let d: number | null = null;
    for (const h of world.hosts) {
      const list = containerList(h);
      for (let i = 0; i < list.length; i++) d = earlier(d, due(list[i]!));
    }
    return d;
  },
  run(world: World, rt: Runtime, now: number, until: number) {
    for (const h of world.hosts) {
      const eng = { world, rt, host: h.name };
      for (const c of containerList(h)) {
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
        if (loop && loop.nextAt <= now) runLoop(eng, c, loop, Math.min(until, c.proc.exitAt ?? until, c.healthAt ?? until));
        if (c.healthAt !== null && c.healthAt <= now) {
          runHealthProbe(eng, c);
          if (c.healthAt !== null && c.healthAt <= now) c.healthAt = now + 1;
        }
        if (c.proc?.oomAt !== undefined && c.proc.oomAt <= now) finishContainer(eng, c, 137, { oomKilled: true });
        else if (c.proc && c.proc.exitAt !== null && c.proc.exitAt <= now) finishContainer(eng, c, c.proc.exitCode);
      }
    }
  },
};

/**
 * A `while true` loop runs every interval up to `until` in one batch (its output keeps each
 * iteration's timestamp). After a long jump only the last MAX_LOG_LINES iterations are replayed:
 * earlier output would fall out of the capped log anyway.
 */
function runLoop(eng: Engine, c: ContainerRecord, loop: NonNullable<ProcessState['loop']>, until: number): void {
  const due = Math.floor((until - loop.nextAt) / loop.interval) + 1;
  if (due > MAX_LOG_LINES) {
    loop.nextAt += (due - MAX_LOG_LINES) * loop.interval;
    if (loop.vars) loop.vars = skipIterations(loop.script, loop.vars, due - MAX_LOG_LINES);
  }
  const times: number[] = [];
  for (let t = loop.nextAt; t <= until; t += loop.interval) times.push(t);
  if (times.length === 0) times.push(loop.nextAt);
  runLoopIterations(eng, c, loop.script, times, loop);
  loop.nextAt = times[times.length - 1]! + loop.interval;
}
