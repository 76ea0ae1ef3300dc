/**
 * Non-interactive processes on a machine, for tools: `ShellControl.exec` (a script, like `sh -c`)
 * and `spawn` (an argv, like a container's main process), plus `which`.
 */
import type { Machine } from './types';
import { detachedHooks, type Budget, type SessionHooks } from './context';
import { withDevices } from './devfs';
import { ExitSignal } from './errors';
import { Interp } from './interp';
import { Stdin, type Sink } from './io';
import { invoke, resolveCommand, searchPath } from './invoke';
import { newFrame } from './state';

export interface ProcessIo {
  stdin?: string;
  env?: Record<string, string>;
  cwd?: string;
}

function interpFor(machine: Machine, io: ProcessIo, hooks: SessionHooks, budget: Budget, shell = true): Interp {
  const frame = newFrame(machine, io.cwd ?? '/', hooks.nextPid(), io.env ?? {}, shell);
  return new Interp(machine, withDevices(machine.fs), frame, detachedHooks(hooks), budget, 1, { kind: 'command' });
}

export function runProcess(
  machine: Machine,
  what: { script: string } | { argv: readonly string[] },
  io: ProcessIo,
  sinks: { out: Sink; err: Sink },
  hooks: SessionHooks,
  budget: Budget,
): number {
  const sh = interpFor(machine, io, hooks, budget, 'script' in what);
  const stdio = { stdin: new Stdin(io.stdin ?? ''), out: sinks.out, err: sinks.err, outTty: false };
  try {
    if ('script' in what) return sh.runSource(what.script, stdio);
    if (what.argv.length === 0) return 0;
    return invoke(sh, [...what.argv], stdio);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
}

/** The executable `name` resolves to on `machine`: a program path, or null (builtins are not programs). */
export function whichOnMachine(machine: Machine, name: string, hooks: SessionHooks): string | null {
  const sh = interpFor(machine, {}, hooks, { steps: 0 });
  if (name.includes('/')) {
    const st = sh.fs.stat(name.startsWith('/') ? name : '/' + name);
    return st && st.type === 'file' ? name : null;
  }
  const found = resolveCommand(sh, name, { functions: false });
  if (!found) return null;
  if (found.kind === 'command' || found.kind === 'file') return found.path;
  return searchPath(sh, name);
}
