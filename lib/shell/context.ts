/**
 * What the interpreter hands to commands, and what the session hands to the interpreter.
 * Builtins and the shell's own utilities are `Cmd`s: they receive a ShellCommandContext, a superset
 * of the public CommandContext (so a plain CommandFn from lib/shell/types.ts works the same way).
 */
import type { CommandContext, Machine, ShellControl } from './types';
import type { Io } from './io';
import type { JobHooks } from './jobs/control';
import type { Timeline } from './jobs/time';
import type { Interp } from './interp';

export interface ShellCommandContext extends CommandContext {
  /** The interpreter running this command (variables, functions, running other commands). */
  readonly sh: Interp;
  readonly machine: Machine;
  readonly io: Io;
}

export type Cmd = (ctx: ShellCommandContext) => number;

/** Services the session provides to every interpreter it creates. */
export interface SessionHooks {
  control: ShellControl;
  history(): readonly string[];
  clearHistory(): void;
  /** `clear` / Ctrl+L: the terminal should clear the screen. */
  requestClear(): void;
  nextPid(): number;
  /** 0…32767, from the session's seeded generator ($RANDOM). */
  random(): number;
  /** The interactive session's job table (`cmd &`, `jobs`, `kill %1`); absent elsewhere. */
  jobs?: JobHooks;
  /** In a background job: the simulated time it has taken (`sleep` adds to it; the clock stays). */
  timeline?: Timeline;
}

/** Shared guard rails for one top-level input. */
export interface Budget {
  /** Commands executed so far in this input. */
  steps: number;
}

export const LIMITS = {
  /** Commands per submitted input (stops endless loops with nested bodies). */
  maxSteps: 100_000,
  /** Iterations of one loop. */
  maxLoopIterations: 10_000,
  /** Nested function calls, subshells, sourced files and scripts. */
  maxDepth: 200,
  /** Submitted input size. */
  maxInput: 100 * 1024,
} as const;

/** Hook objects are never changed once made, so each one's detached form is made once and kept. */
const detachedOf = new WeakMap<SessionHooks, SessionHooks>();

const ignore = (): void => {};

/**
 * Hooks for a process without the learner's terminal (a tool's process, a background job `cmd &`):
 * it cannot open an interactive shell, attach the terminal or ask a question there. Made once per
 * hooks object (every container process and `docker exec` asked for a new pair of objects).
 */
export function detachedHooks(hooks: SessionHooks): SessionHooks {
  let detached = detachedOf.get(hooks);
  if (detached === undefined) {
    detached = { ...hooks, control: { ...hooks.control, enter: ignore, attach: ignore, ask: undefined } };
    detachedOf.set(hooks, detached);
  }
  return detached;
}

/**
 * Hooks for background job `pid`: detached, and a command that would hold the terminal
 * (`attach`) keeps running as the job instead, until `kill` calls its interrupt handler.
 */
export function backgroundHooks(hooks: SessionHooks, pid: number): SessionHooks {
  const detached = detachedHooks(hooks);
  const attach = (onInterrupt: () => { output: string; exitCode: number }) => hooks.jobs?.keep(pid, () => void onInterrupt());
  const exited = (status: number) => hooks.jobs?.exited(pid, status);
  return { ...detached, control: { ...detached.control, attach, exited } };
}
