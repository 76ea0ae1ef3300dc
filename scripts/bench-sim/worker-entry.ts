/**
 * The same mix inside a browser Web Worker — where the course runs the simulator. Answers one
 * message `{ phases }` with both phases' summaries (no CPU time or heap: a worker cannot read them).
 */
import { ROUND_SIZE, replay, startSession, summarise, type Phases } from './mix';

const scope = globalThis as unknown as { onmessage: (e: { data: { phases: Phases } }) => void; postMessage: (v: unknown) => void };
scope.onmessage = ({ data: { phases } }) => {
  try {
    const s = startSession();
    replay(s, 0, phases.coldWarmup, false);
    const cold = summarise(replay(s, phases.coldWarmup, phases.coldWarmup + phases.rounds, true));
    const steadyFrom = Math.max(phases.steadyWarmup, phases.coldWarmup + phases.rounds);
    replay(s, phases.coldWarmup + phases.rounds, steadyFrom, false);
    const steady = summarise(replay(s, steadyFrom, steadyFrom + phases.rounds, true));
    scope.postMessage({ cold, steady, steadyWarmupCommands: steadyFrom * ROUND_SIZE });
  } catch (e) {
    scope.postMessage({ error: String(e instanceof Error ? e.stack : e) });
  }
};
