/**
 * Running a program inside a container "in the background" of simulated time: the ProcessRunner
 * executes it on the container's machine with a process-local clock, so a `sleep 5` inside only
 * tells us when the process ends — the world clock does not jump.
 */
import type { Engine, ProcessResult } from '../core/engine';
import type { FileSystem } from '../fs/types';
import { appendLog } from './logs';
import type { ContainerRecord } from './types';
import { machineFor, programFor } from './view';

export interface BackgroundRun {
  result: ProcessResult;
  /** Simulated ms the program took. */
  elapsed: number;
}

export function runInBackground(eng: Engine, c: ContainerRecord, argv: readonly string[], opts: { stdin?: string; start?: number; log?: boolean; fs?: FileSystem } = {}): BackgroundRun {
  const start = opts.start ?? eng.world.clock;
  let t = start;
  const machine = machineFor(eng, c, { clock: { now: () => t, advance: (ms: number) => void (t += Math.max(0, ms)) }, ...(opts.fs ? { fs: opts.fs } : {}) });
  const program = [programFor(machine.fs, argv[0] ?? ''), ...argv.slice(1)];
  const result = eng.rt.runner(machine, program, { cwd: c.config.WorkingDir || '/', env: { ...machine.env }, tty: c.config.Tty, ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}) });
  if (opts.log !== false) {
    appendLog(c, 'stdout', result.stdout, t);
    appendLog(c, 'stderr', result.stderr, t);
  }
  return { result, elapsed: t - start };
}

/** Run the same script at each of `times` on one machine (a loop's iterations), logging each run. */
export function runLoopIterations(eng: Engine, c: ContainerRecord, script: string, times: readonly number[]): void {
  let t = times[0] ?? eng.world.clock;
  const machine = machineFor(eng, c, { clock: { now: () => t, advance: (ms: number) => void (t += Math.max(0, ms)) } });
  const io = { cwd: c.config.WorkingDir || '/', env: { ...machine.env }, tty: c.config.Tty };
  for (const at of times) {
    t = at;
    const r = eng.rt.runner(machine, ['sh', '-c', script], io);
    appendLog(c, 'stdout', r.stdout, t);
    appendLog(c, 'stderr', r.stderr, t);
  }
}
