/**
 * Runs the mix in this Node process (started with --expose-gc by scripts/bench-sim.ts on the bundled
 * simulator) and prints one JSON line: both phases with CPU time, the heap around them and the world.
 */
import { DEFAULT_PHASES, ROUND_SIZE, replay, startSession, summarise, type Phases } from './mix';

const phases: Phases = { ...DEFAULT_PHASES, ...(JSON.parse(process.argv[2] ?? '{}') as Partial<Phases>) };
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const timed = (s: ReturnType<typeof startSession>, from: number) => {
  const cpu0 = process.cpuUsage();
  const stretch = replay(s, from, from + phases.rounds, true);
  const cpu = process.cpuUsage(cpu0);
  return { ...summarise(stretch), cpuMs: (cpu.user + cpu.system) / 1000 };
};

const s = startSession();
replay(s, 0, phases.coldWarmup, false);
const heapStart = heap();
const cold = timed(s, phases.coldWarmup);
const heapAfterCold = heap();
const steadyFrom = Math.max(phases.steadyWarmup, phases.coldWarmup + phases.rounds);
replay(s, phases.coldWarmup + phases.rounds, steadyFrom, false);
const steady = timed(s, steadyFrom);
const heapEnd = heap();
const host = s.engine.world.hosts[0]!;
console.log(
  JSON.stringify({
    runtime: `node ${process.versions.node} (V8 ${process.versions.v8.split('-')[0]})`,
    cold,
    steady,
    steadyWarmupCommands: steadyFrom * ROUND_SIZE,
    heap: { start: heapStart, afterCold: heapAfterCold, end: heapEnd, exact: Boolean(gc) },
    world: { containers: Object.keys(host.containers).length, history: s.history().length },
  }),
);
