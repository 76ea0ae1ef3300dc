/**
 * The same mix inside a browser Web Worker — where the course runs the simulator. Answers one
 * message `{ phases }` with both phases' summaries (no CPU time or heap: a worker cannot read them).
 */
import { replay, runPhases, summarise, type Phases } from './mix';

const scope = globalThis as unknown as { onmessage: (e: { data: { phases: Phases } }) => void; postMessage: (v: unknown) => void };
scope.onmessage = ({ data: { phases } }) => {
  try {
    const { cold, steady, steadyWarmupCommands } = runPhases(phases, (s, from) => summarise(replay(s, from, from + phases.rounds, true)));
    scope.postMessage({ cold, steady, steadyWarmupCommands });
  } catch (e) {
    scope.postMessage({ error: String(e instanceof Error ? e.stack : e) });
  }
};
