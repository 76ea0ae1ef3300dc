/**
 * Running a program inside a container "in the background" of simulated time: the ProcessRunner
 * executes it on the container's machine with a process-local clock, so a `sleep 5` inside only
 * tells us when the process ends — the world clock does not jump.
 */
import type { Engine, ProcessResult } from '../core/engine';
import type { FileSystem } from '../fs/types';
import { appendLog } from './logs';
import type { ContainerRecord } from './types';
import { machineFor, programFor, type ResolvedUser } from './view';

export interface BackgroundRun {
  result: ProcessResult;
  /** Simulated ms the program took. */
  elapsed: number;
}

export function runInBackground(eng: Engine, c: ContainerRecord, argv: readonly string[], opts: { stdin?: string; start?: number; log?: boolean; fs?: FileSystem; resolved?: ResolvedUser } = {}): BackgroundRun {
  const start = opts.start ?? eng.world.clock;
  let t = start;
  const machine = machineFor(eng, c, { clock: { now: () => t, advance: (ms: number) => void (t += Math.max(0, ms)) }, ...(opts.fs ? { fs: opts.fs, ...(opts.resolved ? { resolved: opts.resolved } : {}) } : {}) });
  const cwd = c.config.WorkingDir || '/';
  const program = [programFor(machine.fs, argv[0] ?? '', cwd), ...argv.slice(1)];
  const result = eng.rt.runner(machine, program, { cwd, env: { ...machine.env }, tty: c.config.Tty, ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}) });
  if (opts.log !== false) {
    appendLog(c, 'stdout', result.stdout, t);
    appendLog(c, 'stderr', result.stderr, t);
  }
  return { result, elapsed: t - start };
}

/** Shell variables a loop carries from one iteration to the next (`i=$((i+1))`). */
export type LoopVars = Record<string, string>;

const MARK = '\u0001DLSTATE\u0001';
const SEP = '\u0001';

/** Names a script assigns (`i=0`, `n=$((n+1))`, `read line`-style forms are not tracked). */
export function assignedNames(script: string): string[] {
  const names = new Set<string>();
  for (const m of script.matchAll(/(?:^|[;&|\s(])([A-Za-z_][A-Za-z0-9_]*)=/g)) names.add(m[1]!);
  return [...names];
}

/** The script with the carried variables set first and their values printed last (behind a marker). */
function withState(script: string, vars: LoopVars, names: readonly string[]): string {
  const quote = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
  const head = Object.entries(vars).map(([k, v]) => `${k}=${quote(v)}\n`).join('');
  if (names.length === 0) return head + script;
  return `${head}${script}\nprintf '${MARK}'; printf '%s${SEP}' ${names.map((n) => `"$${n}"`).join(' ')}`;
}

/** Split a run's stdout into what the program printed and the carried variables (null: not reached). */
function splitState(stdout: string, names: readonly string[]): { out: string; vars: LoopVars | null } {
  const at = stdout.lastIndexOf(MARK);
  if (at < 0) return { out: stdout, vars: null };
  const values = stdout.slice(at + MARK.length).split(SEP);
  const vars: LoopVars = {};
  names.forEach((n, k) => (vars[n] = values[k] ?? ''));
  return { out: stdout.slice(0, at), vars };
}

/**
 * Run a loop's body at each of `times` on one machine, logging each run; variables the prefix or
 * body assign persist across iterations in `state.vars` (a loop is one long-running shell).
 */
export function runLoopIterations(eng: Engine, c: ContainerRecord, script: string, times: readonly number[], state: { vars?: LoopVars } = {}): void {
  let t = times[0] ?? eng.world.clock;
  const machine = machineFor(eng, c, { clock: { now: () => t, advance: (ms: number) => void (t += Math.max(0, ms)) } });
  const io = { cwd: c.config.WorkingDir || '/', env: { ...machine.env }, tty: c.config.Tty };
  const names = [...new Set([...Object.keys(state.vars ?? {}), ...assignedNames(script)])];
  for (const at of times) {
    t = at;
    const r = eng.rt.runner(machine, ['sh', '-c', withState(script, state.vars ?? {}, names)], io);
    const { out, vars } = splitState(r.stdout, names);
    if (vars) state.vars = vars;
    appendLog(c, 'stdout', out, t);
    appendLog(c, 'stderr', r.stderr, t);
  }
}
