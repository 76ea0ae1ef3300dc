/**
 * Running shell text as a new process (scripts with a shebang, `bash file`, `sh -c '…'`) or in the
 * current shell (`source file`, `eval`).
 */
import { basename } from '../sim/fs/path';
import { ExitSignal, LimitError, ReturnSignal } from './errors';
import type { Io } from './io';
import { Interp, type InterpMode } from './interp';
import { bumpShellLevel, childFrame, type ShellOptions } from './state';
import { LIMITS } from './context';
import type { Machine } from './types';

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash']);

function flavourFor(sh: Interp, program: string): Machine['shellName'] {
  if (program === 'bash') return 'bash';
  if (SHELLS.has(program)) return sh.machine.shellName;
  return sh.machine.shellName;
}

/** Run a script file's text as a child process, honouring `#!`. */
export function runScriptText(sh: Interp, text: string, argv: string[], io: Io, env: Record<string, string>, shown: string): number {
  let flavour = sh.machine.shellName;
  if (text.startsWith('#!')) {
    const nl = text.indexOf('\n');
    const [interp = '', ...iargs] = text.slice(2, nl < 0 ? undefined : nl).trim().split(/\s+/);
    let program = basename(interp);
    if (program === 'env') {
      program = iargs[0] ?? '';
      if (!SHELLS.has(program)) {
        io.err(`/usr/bin/env: ‘${program}’: No such file or directory\n`);
        return 127;
      }
    } else if (!SHELLS.has(program) || !exists(sh, interp)) {
      io.err(`${sh.errPrefix()}${shown}: ${interp}: bad interpreter: No such file or directory\n`);
      return 126;
    }
    flavour = flavourFor(sh, program);
  }
  return runChild(sh, text, { kind: 'script', name: shown }, flavour, argv[0] ?? shown, argv.slice(1), io, env);
}

function exists(sh: Interp, path: string): boolean {
  try {
    return sh.fs.stat(path) !== null;
  } catch {
    return false;
  }
}

/** A child shell process on the same machine. */
export function runChild(
  sh: Interp,
  text: string,
  mode: InterpMode,
  flavour: Machine['shellName'],
  argv0: string,
  args: string[],
  io: Io,
  env: Record<string, string>,
  options: Partial<ShellOptions> = {},
): number {
  if (sh.depth + 1 > LIMITS.maxDepth) throw new LimitError('maximum nesting exceeded');
  const machine = flavour === sh.machine.shellName ? sh.machine : { ...sh.machine, shellName: flavour };
  const frame = childFrame(sh.frame, env, sh.hooks.nextPid(), argv0, args);
  // bash and BusyBox ash count shell levels; dash (`sh` where the machine's shell is bash) does not.
  if (flavour === 'bash' || sh.machine.shellName === 'sh') bumpShellLevel(frame, frame.vars.SHLVL);
  Object.assign(frame.options, options);
  const child = new Interp(machine, sh.fs, frame, sh.hooks, sh.budget, sh.depth + 1, mode);
  try {
    return child.runSource(text, io);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    if (e instanceof ReturnSignal) return e.code;
    throw e;
  }
}

/** `source file args…`: run text in the current shell's frame (variables and cwd changes stay). */
export function sourceText(sh: Interp, text: string, name: string, args: string[] | null, io: Io): number {
  if (sh.depth + 1 > LIMITS.maxDepth) throw new LimitError('maximum nesting exceeded');
  const inner = new Interp(sh.machine, sh.fs, sh.frame, sh.hooks, sh.budget, sh.depth + 1, sh.interactive ? { kind: 'script', name } : sh.mode);
  inner.localScopes.push(...sh.localScopes);
  inner.sourcing = true;
  const saved = sh.frame.positional;
  if (args) sh.frame.positional = args;
  try {
    return inner.runSource(text, io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.code;
    if (e instanceof ExitSignal && e.fromError && sh.interactive) return e.code;
    throw e;
  } finally {
    if (args) sh.frame.positional = saved;
  }
}
