/**
 * Running a command name: functions, then bash builtins, then the machine's commands (docker…),
 * then the shell's utilities (ls, grep…), then executable files on $PATH (scripts, simulated
 * binaries). Paths with a slash run files directly. Not found → `bash: x: command not found` (127).
 */
import type { Command } from './ast';
import { FS_ERROR_TEXT, FsError } from '../sim/fs/types';
import { resolvePath } from '../sim/fs/path';
import { binaryCommand } from '../sim/fs/seed';
import { CommandCtx } from './command-context';
import { LIMITS, type Cmd } from './context';
import { ExitSignal, ExpansionError, LimitError, LoopSignal, ReturnSignal } from './errors';
import type { Io } from './io';
import type { Interp } from './interp';
import { notFound } from './messages';
import { childFrame, environment, getVar, setVar, unsetVar } from './state';
import { BUILTINS } from './builtins/index';
import { UTILITIES, GATED_UTILITIES } from './utils/index';
import { runScriptText } from './script';

export type Resolved =
  | { kind: 'function'; body: Command }
  | { kind: 'builtin'; fn: Cmd }
  | { kind: 'command'; fn: Cmd; path: string }
  | { kind: 'file'; path: string }
  | null;

/** What `name` would run (for invoke, `type`, `which`, `command -v`). */
export function resolveCommand(sh: Interp, name: string, opts: { functions?: boolean } = ALL_KINDS): Resolved {
  if (opts.functions !== false && Object.hasOwn(sh.frame.functions, name)) return { kind: 'function', body: sh.frame.functions[name] as Command };
  if (Object.hasOwn(BUILTINS, name)) return { kind: 'builtin', fn: BUILTINS[name] as Cmd };
  // Programs live in the standard directories: with a PATH that has none of them, only files found
  // on PATH run (so `PATH=/nowhere ls` fails as in bash).
  // An unset PATH means execvp's default search path (/bin:/usr/bin).
  const standard = hasStandardDir(getVar(sh.frame, 'PATH') ?? '/usr/bin:/bin');
  const machineCmd = Object.hasOwn(sh.machine.commands, name) ? sh.machine.commands[name] : undefined;
  if (machineCmd && (standard || searchPath(sh, name))) return new LazyProgram(machineCmd, sh, name, true);
  if (Object.hasOwn(UTILITIES, name)) {
    const fn = UTILITIES[name] as Cmd;
    if (!GATED_UTILITIES.has(name) && (standard || searchPath(sh, name))) return new LazyProgram(fn, sh, name, false);
    const onPath = searchPath(sh, name);
    if (onPath) return { kind: 'command', fn, path: onPath };
  }
  const file = searchPath(sh, name);
  return file ? { kind: 'file', path: file } : null;
}

const ALL_KINDS: { functions?: boolean } = {};

/**
 * A program whose path is only looked up when someone asks (`type`, `which`): running it needs no
 * PATH walk. Not found on PATH: /usr/bin for the machine's own commands, else the shell's default directory.
 */
class LazyProgram {
  readonly kind = 'command';
  private cached: string | undefined;
  constructor(
    readonly fn: Cmd,
    private readonly sh: Interp,
    private readonly name: string,
    private readonly machineCommand: boolean,
  ) {}
  get path(): string {
    return (this.cached ??= searchPath(this.sh, this.name) ?? (this.machineCommand ? `/usr/bin/${this.name}` : defaultPath(this.sh, this.name)));
  }
}

const STANDARD_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** The last PATH asked about: it rarely changes between commands. */
let lastPath: { path: string; standard: boolean } | null = null;

function hasStandardDir(path: string): boolean {
  if (lastPath?.path !== path) lastPath = { path, standard: path.split(':').some(d => STANDARD_DIRS.includes(d.replace(/\/+$/, ''))) };
  return lastPath.standard;
}

/** Every executable called `name` on PATH, in order (`type -a`, `which -a`). */
export function searchPathAll(sh: Interp, name: string): string[] {
  const out: string[] = [];
  for (const dir of (getVar(sh.frame, 'PATH') ?? '').split(':')) {
    const full = resolvePath(sh.frame.cwd, (dir === '' ? '.' : dir) + '/' + name);
    const st = sh.fs.stat(full);
    if (st && st.type === 'file' && executable(sh, st) && !out.includes(full)) out.push(full);
  }
  return out;
}

function defaultPath(sh: Interp, name: string): string {
  return sh.shellName === 'sh' ? `/bin/${name}` : `/usr/bin/${name}`;
}

/** A PATH entry, and `dir/` when that is already normal (absolute, no `.`, `..` nor `//`). */
interface PathDir {
  dir: string;
  prefix: string | null;
}
/** The directories of the last PATH searched: it rarely changes between commands. */
let lastDirs: { path: string; dirs: PathDir[] } | null = null;

function pathDirs(path: string): PathDir[] {
  if (lastDirs?.path === path) return lastDirs.dirs;
  const dirs = path.split(':').map(d => {
    const dir = d === '' ? '.' : d;
    const normal = dir.startsWith('/') && !dir.includes('//') && !dir.includes('/.') && (dir === '/' || !dir.endsWith('/'));
    return { dir, prefix: normal ? (dir === '/' ? '/' : dir + '/') : null };
  });
  lastDirs = { path, dirs };
  return dirs;
}

/** First executable file called `name` in $PATH. */
export function searchPath(sh: Interp, name: string): string | null {
  const plainName = name !== '.' && name !== '..' && !name.includes('/');
  for (const { dir, prefix } of pathDirs(getVar(sh.frame, 'PATH') ?? '')) {
    const full = prefix !== null && plainName ? prefix + name : resolvePath(sh.frame.cwd, dir + '/' + name);
    try {
      const st = sh.fs.stat(full);
      if (st && st.type === 'file' && executable(sh, st)) return full;
    } catch {
      // unreadable directory on PATH: skip, as execvp does
    }
  }
  return null;
}

function executable(sh: Interp, st: { mode: number; uid: number; gid: number }): boolean {
  const { uid, gid } = sh.machine.user;
  if (uid === 0) return (st.mode & 0o111) !== 0;
  if (st.uid === uid) return (st.mode & 0o100) !== 0;
  if (st.gid === gid) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

export function invoke(sh: Interp, argv: string[], io: Io, env: Record<string, string> = {}): number {
  const name = argv[0] as string;
  if (name.includes('/')) return runFile(sh, name, argv, io, env);
  const found = resolveCommand(sh, name);
  if (!found) {
    io.err(notFound(sh.errPrefix(), sh.shellName, name));
    return 127;
  }
  switch (found.kind) {
    case 'function':
      return callFunction(sh, name, found.body, argv, io, env);
    case 'builtin':
      // `VAR=x builtin` sets VAR in the shell while the builtin runs; a builtin sees no extra environment.
      return hasKeys(env) ? withTempVars(sh, env, () => runCmd(sh, found.fn, argv, io, NO_ENV)) : runCmd(sh, found.fn, argv, io, NO_ENV);
    case 'command':
      return runCmd(sh, found.fn, argv, io, env);
    case 'file':
      return runFile(sh, found.path, argv, io, env);
  }
}

/** Call a Cmd with a fresh context; user-visible failures are statuses, internal bugs become messages. */
export function runCmd(sh: Interp, fn: Cmd, argv: string[], io: Io, env: Record<string, string>): number {
  const ctx = new CommandCtx(argv, environment(sh.frame, env), sh, io);
  try {
    return normalizeStatus(fn(ctx));
  } catch (e) {
    if (e instanceof ExitSignal || e instanceof ReturnSignal || e instanceof LoopSignal || e instanceof LimitError || e instanceof ExpansionError) throw e;
    if (e instanceof FsError) {
      io.err(`${argv[0]}: ${e.path}: ${FS_ERROR_TEXT[e.code]}\n`);
      return 1;
    }
    io.err(`${sh.errPrefix()}${argv[0]}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

const NO_ENV: Record<string, string> = {};

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

function normalizeStatus(status: number): number {
  return Number.isFinite(status) ? ((Math.trunc(status) % 256) + 256) % 256 : 1;
}

function withTempVars(sh: Interp, env: Record<string, string>, run: () => number): number {
  const names = Object.keys(env);
  if (names.length === 0) return run();
  const saved = names.map(n => [n, getVar(sh.frame, n)] as const);
  for (const n of names) setVar(sh.frame, n, env[n] as string);
  try {
    return run();
  } finally {
    for (const [n, v] of saved) {
      if (v === undefined) unsetVar(sh.frame, n);
      else setVar(sh.frame, n, v);
    }
  }
}

function callFunction(sh: Interp, name: string, body: Command, argv: string[], io: Io, env: Record<string, string>): number {
  if (sh.localScopes.length >= LIMITS.maxDepth) throw new LimitError(`${name}: maximum function nesting level exceeded (${LIMITS.maxDepth})`);
  const savedArgs = sh.frame.positional;
  sh.frame.positional = argv.slice(1);
  const scope = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries(env)) {
    scope.set(k, getVar(sh.frame, k));
    setVar(sh.frame, k, v);
  }
  sh.localScopes.push(scope);
  try {
    return sh.runCommand(body, io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.code;
    throw e;
  } finally {
    sh.localScopes.pop();
    for (const [k, v] of scope) {
      if (v === undefined) unsetVar(sh.frame, k);
      else setVar(sh.frame, k, v);
    }
    sh.frame.positional = savedArgs;
  }
}

/** Run an executable file: a simulated binary (its command) or a script (shebang respected). */
export function runFile(sh: Interp, path: string, argv: string[], io: Io, env: Record<string, string>): number {
  const abs = resolvePath(sh.frame.cwd, path);
  const fail = (msg: string, code: number) => {
    io.err(`${sh.errPrefix()}${path}: ${msg}\n`);
    return code;
  };
  let st;
  try {
    st = sh.fs.stat(abs);
  } catch (e) {
    if (e instanceof FsError) return fail(FS_ERROR_TEXT[e.code], 126);
    throw e;
  }
  if (!st) return sh.shellName === 'sh' ? fail('not found', 127) : fail('No such file or directory', 127);
  if (st.type === 'dir') return sh.shellName === 'sh' ? fail('Permission denied', 126) : fail('Is a directory', 126);
  if (!executable(sh, st)) return fail('Permission denied', 126);
  let text: string;
  try {
    text = sh.fs.readFile(abs);
  } catch (e) {
    if (e instanceof FsError) return fail(FS_ERROR_TEXT[e.code], 126);
    throw e;
  }
  const bin = binaryCommand(text);
  if (bin !== null) {
    const target = resolveCommand(sh, bin, { functions: false });
    if (target && (target.kind === 'builtin' || target.kind === 'command')) return runCmd(sh, target.fn, argv, io, env);
    return fail('cannot execute binary file: Exec format error', 126);
  }
  return runScriptText(sh, text, argv, io, env, path);
}

/** A child shell process running `text` (scripts, `bash file`, `sh -c`). */
export function spawnChild(sh: Interp, argv0: string, args: string[], env: Record<string, string>) {
  return childFrame(sh.frame, env, sh.hooks.nextPid(), argv0, args);
}
