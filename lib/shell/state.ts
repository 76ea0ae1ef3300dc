/**
 * The shell's mutable state as plain data (JSON/structuredClone-able), so a whole session can be
 * snapshotted and restored. A Frame is one shell process: variables, cwd, functions, options.
 * The session keeps a stack of frames (host shell, then nested shells such as `docker exec -it … sh`).
 */
import type { Command } from './ast';
import type { Machine } from './types';
import type { Job } from './jobs/table';
import { envChanged, keepEnvironment, keptEnvironment } from './env-cache';

export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
}

export interface Frame {
  /** All shell variables (exported or not). */
  vars: Record<string, string>;
  /** Indexed arrays: name → index (as a string) → value. Arrays are never exported. */
  arrays: Record<string, Record<string, string>>;
  /** Names of exported variables (value true). */
  exported: Record<string, true>;
  cwd: string;
  lastExit: number;
  /** $0 */
  argv0: string;
  /** $1, $2, … */
  positional: string[];
  functions: Record<string, Command>;
  aliases: Record<string, string>;
  options: ShellOptions;
  /** $$ */
  pid: number;
  /** $! (0 when no background job yet). */
  lastBgPid: number;
  /** Identifies the machine this frame runs on, for snapshots (Machine.hostname unless given). */
  machineId: string;
}

export interface SessionState {
  /** Host shell first, innermost nested shell last. */
  frames: Frame[];
  history: string[];
  /** Seeded PRNG state for $RANDOM. */
  rng: number;
  /** Next simulated pid to hand out. */
  nextPid: number;
  /** Background jobs (`cmd &`) not yet reported as finished; absent in older snapshots. */
  jobs?: Job[];
}

export function defaultOptions(): ShellOptions {
  return { errexit: false, nounset: false, xtrace: false, pipefail: false, noglob: false };
}

/**
 * A fresh top-level frame for `machine`, starting in `cwd`. `shell` false: the frame only launches a
 * program from an argv (a container's main process, `docker exec c env`): no shell ran, so nothing
 * exports PWD — the program sees just the environment it was given.
 */
export function newFrame(machine: Machine, cwd: string, pid: number, extraEnv: Readonly<Record<string, string>> = NO_ENV, shell = true): Frame {
  const vars: Record<string, string> = {};
  const exported: Record<string, true> = {};
  exportAll(vars, exported, machine.env);
  exportAll(vars, exported, extraEnv);
  if (!('HOME' in vars)) exportOne(vars, exported, 'HOME', machine.user.home);
  if (!('PATH' in vars)) exportOne(vars, exported, 'PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  if (!('HOSTNAME' in vars)) define(vars, 'HOSTNAME', machine.hostname);
  if (shell) exportOne(vars, exported, 'PWD', cwd);
  const uid = String(machine.user.uid);
  define(vars, 'UID', uid);
  define(vars, 'EUID', uid);
  define(vars, 'PPID', String(Math.max(1, pid - 1)));
  return {
    vars,
    arrays: {},
    exported,
    cwd,
    lastExit: 0,
    argv0: machine.shellName === 'sh' ? 'sh' : 'bash',
    positional: [],
    functions: {},
    aliases: {},
    options: defaultOptions(),
    pid,
    lastBgPid: 0,
    machineId: machine.hostname,
  };
}

const NO_ENV: Readonly<Record<string, string>> = {};

function exportOne(vars: Record<string, string>, exported: Record<string, true>, name: string, value: string): void {
  define(vars, name, value);
  define(exported, name, true);
}

function exportAll(vars: Record<string, string>, exported: Record<string, true>, env: Readonly<Record<string, string>>): void {
  const names = Object.keys(env);
  for (let i = 0; i < names.length; i++) exportOne(vars, exported, names[i]!, env[names[i]!] as string);
}

/** A subshell's copy: changes inside `( … )`, pipelines and $( … ) do not leak out. */
export function forkFrame(frame: Frame): Frame {
  return {
    ...frame,
    vars: { ...frame.vars },
    arrays: copyArrays(frame.arrays ?? {}),
    exported: { ...frame.exported },
    positional: [...frame.positional],
    functions: { ...frame.functions },
    aliases: { ...frame.aliases },
    options: { ...frame.options },
  };
}

function copyArrays(arrays: Frame['arrays']): Frame['arrays'] {
  const out: Frame['arrays'] = {};
  for (const name of Object.keys(arrays)) define(out, name, { ...arrays[name] });
  return out;
}

export function getVar(frame: Frame, name: string): string | undefined {
  if (Object.hasOwn(frame.vars, name)) return frame.vars[name];
  const arr = getArray(frame, name);
  return arr ? arr['0'] : undefined;
}

export function setVar(frame: Frame, name: string, value: string, exportIt = false): void {
  if (exportIt || frame.exported[name] === true) envChanged(frame);
  const arr = getArray(frame, name);
  if (arr) {
    define(arr, '0', value);
    return;
  }
  define(frame.vars, name, value);
  if (exportIt) define(frame.exported, name, true);
}

export function unsetVar(frame: Frame, name: string): void {
  if (frame.exported[name] === true) envChanged(frame);
  delete frame.vars[name];
  delete frame.exported[name];
  if (frame.arrays) delete frame.arrays[name];
}

/**
 * `obj[key] = value` as an own data property. Plain assignment does exactly that for every name but
 * `__proto__` (a valid shell variable name), whose assignment would set the prototype instead.
 */
function define<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * A shell starting (bash, BusyBox ash) counts itself: SHLVL is the inherited one plus 1 (0 when it
 * was unset, not a number or negative), exported.
 */
export function bumpShellLevel(frame: Frame, inherited: string | undefined): void {
  const n = /^\s*\d+\s*$/.test(inherited ?? '') ? Number(inherited) : 0;
  define(frame.vars, 'SHLVL', String(n + 1));
  define(frame.exported, 'SHLVL', true);
}

export function getArray(frame: Frame, name: string): Record<string, string> | undefined {
  return frame.arrays && Object.hasOwn(frame.arrays, name) ? frame.arrays[name] : undefined;
}

/** Elements in index order. */
export function arrayValues(arr: Record<string, string>): string[] {
  return Object.keys(arr)
    .sort((a, b) => Number(a) - Number(b))
    .map(k => arr[k] as string);
}

/** `name=(…)` (or `name+=(…)` with append). A scalar of the same name becomes element 0. */
export function setArray(frame: Frame, name: string, values: readonly string[], append = false): void {
  frame.arrays ??= {};
  const hasScalar = Object.hasOwn(frame.vars, name);
  const arr: Record<string, string> = {};
  let next = 0;
  if (append) {
    const old = getArray(frame, name) ?? (hasScalar ? { 0: frame.vars[name] as string } : {});
    for (const k of Object.keys(old)) {
      arr[k] = old[k] as string;
      next = Math.max(next, Number(k) + 1);
    }
  }
  for (const v of values) arr[next++] = v;
  if (frame.exported[name] === true) envChanged(frame);
  if (hasScalar) delete frame.vars[name];
  define(frame.arrays, name, arr);
}

/** `name[i]=value`. */
export function setElement(frame: Frame, name: string, index: number, value: string): void {
  frame.arrays ??= {};
  let arr = getArray(frame, name);
  if (!arr) {
    const scalar = Object.hasOwn(frame.vars, name) ? frame.vars[name] : undefined;
    setArray(frame, name, scalar !== undefined ? [scalar] : []);
    arr = getArray(frame, name) as Record<string, string>;
  }
  if (index === 0 && frame.exported[name] === true) envChanged(frame);
  define(arr, String(index), value);
}

/** `unset 'name[i]'`. */
export function unsetElement(frame: Frame, name: string, index: string): void {
  const arr = getArray(frame, name);
  if (!arr) return;
  if (index === '0' && frame.exported[name] === true) envChanged(frame);
  delete arr[index];
}

/** `export name` / `export -n name` (the value is left as it is). */
export function setExported(frame: Frame, name: string, on: boolean): void {
  envChanged(frame);
  if (on) define(frame.exported, name, true);
  else delete frame.exported[name];
}

/**
 * The environment a command sees: exported variables, plus `VAR=x cmd` prefixes. Read-only:
 * without prefixes it is the frame's shared, frozen copy.
 */
export function environment(frame: Frame, extra?: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  if (extra === undefined || !hasKeys(extra)) return keptEnvironment(frame) ?? keepEnvironment(frame, buildEnvironment(frame));
  return buildEnvironment(frame, extra);
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

function buildEnvironment(frame: Frame, extra?: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of Object.keys(frame.exported)) {
    const v = getVar(frame, name);
    if (v !== undefined) define(env, name, v);
  }
  if (extra) for (const name of Object.keys(extra)) define(env, name, extra[name] as string);
  return env;
}

/** A child process's frame (a script, `bash -c`): exported variables only, fresh options and functions. */
export function childFrame(parent: Frame, env: Readonly<Record<string, string>>, pid: number, argv0: string, args: string[]): Frame {
  const vars: Record<string, string> = {};
  const exported: Record<string, true> = {};
  const all = environment(parent, env);
  for (const [k, v] of Object.entries(all)) {
    define(vars, k, v);
    define(exported, k, true);
  }
  for (const k of ['UID', 'EUID', 'HOSTNAME']) {
    const v = getVar(parent, k);
    if (v !== undefined && !(k in vars)) define(vars, k, v);
  }
  vars.PPID = String(parent.pid);
  // A shell sets and exports PWD as it starts, even when it was launched without one (`docker run alpine sh -c env`).
  if (!('PWD' in vars)) {
    define(vars, 'PWD', parent.cwd);
    define(exported, 'PWD', true);
  }
  return {
    vars,
    arrays: {},
    exported,
    cwd: parent.cwd,
    lastExit: 0,
    argv0,
    positional: args,
    functions: {},
    aliases: {},
    options: defaultOptions(),
    pid,
    lastBgPid: 0,
    machineId: parent.machineId,
  };
}

/** Deep copy of plain data (JSON-safe by design: that is what makes snapshots possible). */
export function clonePlain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
