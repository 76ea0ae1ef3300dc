/**
 * Runs the mix in this Node process (started with --expose-gc by scripts/bench-sim.ts on the bundled
 * simulator) and prints one JSON line: both phases with CPU time, the heap around them and the world.
 */
import { DEFAULT_PHASES, replay, runPhases, summarise, type MixSession, type Phases } from './mix';

const phases: Phases = { ...DEFAULT_PHASES, ...(JSON.parse(process.argv[2] ?? '{}') as Partial<Phases>) };
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const timed = (s: MixSession, from: number) => {
  const cpu0 = process.cpuUsage();
  const stretch = replay(s, from, from + phases.rounds, true);
  const cpu = process.cpuUsage(cpu0);
  return { ...summarise(stretch), cpuMs: (cpu.user + cpu.system) / 1000 };
};

const heaps: number[] = [];
const { session: s, cold, steady, steadyWarmupCommands } = runPhases(phases, timed, () => heaps.push(heap()));
const [heapStart, heapAfterCold, heapEnd] = heaps as [number, number, number];
const host = s.engine.world.hosts[0]!;
console.log(
  JSON.stringify({
    runtime: `node ${process.versions.node} (V8 ${process.versions.v8.split('-')[0]})`,
    cold,
    steady,
    steadyWarmupCommands,
    heap: { start: heapStart, afterCold: heapAfterCold, end: heapEnd, exact: Boolean(gc) },
    world: { containers: Object.keys(host.containers).length, history: s.history().length },
  }),
);
