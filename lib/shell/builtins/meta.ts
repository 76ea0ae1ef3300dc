/**
 * Builtins about commands and the shell itself: type command eval source/. exec alias unalias
 * hash history time trap wait.
 */
import { FS_ERROR_TEXT, FsError } from '../../sim/fs/types';
import { resolvePath } from '../../sim/fs/path';
import type { Cmd, ShellCommandContext } from '../context';
import { ExitSignal } from '../errors';
import { invoke, resolveCommand, runCmd, searchPath, searchPathAll } from '../invoke';
import { sourceText } from '../script';
import { builtinError } from './core';
import { timeReport } from '../time-report';

export const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);

function describe(ctx: ShellCommandContext, name: string, mode: 'type' | 'v' | 'V' | 't' | 'p'): boolean {
  const sh = ctx.sh;
  const alias = Object.hasOwn(sh.frame.aliases, name) ? sh.frame.aliases[name] : undefined;
  const out = (long: string, short: string, v: string) => {
    ctx.stdout((mode === 't' ? short : mode === 'v' ? v : long) + '\n');
    return true;
  };
  if (alias !== undefined && mode !== 'p') return out(`${name} is aliased to \`${alias}'`, 'alias', `alias ${name}='${alias}'`);
  if (KEYWORDS.has(name) && mode !== 'p') return out(`${name} is a shell keyword`, 'keyword', name);
  const found = resolveCommand(sh, name);
  if (!found) return false;
  if (mode === 'p') {
    if (found.kind === 'command' || found.kind === 'file') ctx.stdout(found.path + '\n');
    return true;
  }
  switch (found.kind) {
    case 'function':
      return out(`${name} is a function`, 'function', name);
    case 'builtin':
      return out(`${name} is a shell builtin`, 'builtin', name);
    case 'command':
    case 'file':
      return out(`${name} is ${found.path}`, 'file', found.path);
  }
}

export const type: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  let mode: 'type' | 't' | 'p' = 'type';
  let all = false;
  while (args[0]?.startsWith('-')) {
    const f = args.shift() as string;
    if (f === '-t') mode = 't';
    else if (f === '-p' || f === '-P') mode = 'p';
    else if (f === '-a') all = true;
    else return builtinError(ctx, 'type', `${f}: invalid option`, 2);
  }
  let status = 0;
  for (const name of args) {
    if (all && mode === 'type') {
      const found = describe(ctx, name, mode);
      const files = searchPathAll(ctx.sh, name);
      const first = resolveCommand(ctx.sh, name);
      for (const f of files) if (!(first && (first.kind === 'command' || first.kind === 'file') && first.path === f)) ctx.stdout(`${name} is ${f}\n`);
      if (!found && files.length === 0) status = builtinError(ctx, 'type', `${name}: not found`);
      continue;
    }
    if (!describe(ctx, name, mode)) {
      if (mode === 'type') builtinError(ctx, 'type', `${name}: not found`);
      status = 1;
    }
  }
  return status;
};

export const command: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  let mode: 'v' | 'V' | null = null;
  while (args[0]?.startsWith('-')) {
    const f = args.shift() as string;
    if (f === '-v') mode = 'v';
    else if (f === '-V') mode = 'V';
    else if (f !== '-p') return builtinError(ctx, 'command', `${f}: invalid option`, 2);
  }
  if (args.length === 0) return 0;
  if (mode) {
    let status = 0;
    for (const name of args) {
      if (!describe(ctx, name, mode === 'V' ? 'type' : 'v')) {
        if (mode === 'V') builtinError(ctx, 'command', `${name}: not found`);
        status = 1;
      }
    }
    return status;
  }
  const found = resolveCommand(ctx.sh, args[0] as string, { functions: false });
  if (found && (found.kind === 'builtin' || found.kind === 'command')) return runCmd(ctx.sh, found.fn, args, ctx.io, {});
  return invoke(ctx.sh, args, ctx.io);
};

export const evalCmd: Cmd = ctx => {
  const text = ctx.argv.slice(1).join(' ');
  if (text.trim() === '') return 0;
  return ctx.sh.runSource(text, ctx.io);
};

export const source: Cmd = ctx => {
  const name = ctx.argv[1];
  if (name === undefined) {
    return builtinError(ctx, ctx.argv[0] as string, `filename argument required\n${ctx.argv[0]}: usage: ${ctx.argv[0]} filename [arguments]`, 2);
  }
  const path = name.includes('/') ? resolvePath(ctx.cwd, name) : (searchPath(ctx.sh, name) ?? resolvePath(ctx.cwd, name));
  let text: string;
  try {
    text = ctx.fs.readFile(path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    ctx.stderr(`${ctx.sh.errPrefix()}${name}: ${FS_ERROR_TEXT[e.code]}\n`);
    return 1;
  }
  return sourceText(ctx.sh, text, name, ctx.argv.length > 2 ? ctx.argv.slice(2) : null, ctx.io);
};

export const exec: Cmd = ctx => {
  if (ctx.argv.length < 2) return 0;
  throw new ExitSignal(invoke(ctx.sh, ctx.argv.slice(1), ctx.io));
};

export const alias: Cmd = ctx => {
  const aliases = ctx.sh.frame.aliases;
  const args = ctx.argv.slice(1).filter(a => a !== '-p');
  if (args.length === 0) {
    for (const n of Object.keys(aliases).sort()) ctx.stdout(`alias ${n}='${aliases[n]}'\n`);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) aliases[a.slice(0, eq)] = a.slice(eq + 1);
    else if (Object.hasOwn(aliases, a)) ctx.stdout(`alias ${a}='${aliases[a]}'\n`);
    else status = builtinError(ctx, 'alias', `${a}: not found`);
  }
  return status;
};

export const unalias: Cmd = ctx => {
  const aliases = ctx.sh.frame.aliases;
  let status = 0;
  for (const a of ctx.argv.slice(1)) {
    if (a === '-a') for (const k of Object.keys(aliases)) delete aliases[k];
    else if (Object.hasOwn(aliases, a)) delete aliases[a];
    else status = builtinError(ctx, 'unalias', `${a}: not found`);
  }
  return status;
};

export const hash: Cmd = ctx => {
  if (ctx.argv.length === 1) ctx.stdout('hash: hash table empty\n');
  return 0;
};

export const history: Cmd = ctx => {
  const arg = ctx.argv[1];
  if (arg === '-c') {
    ctx.sh.hooks.clearHistory();
    return 0;
  }
  const all = ctx.sh.hooks.history();
  let start = 0;
  if (arg !== undefined) {
    if (arg.startsWith('-')) {
      return builtinError(ctx, 'history', `${arg}: invalid option\nhistory: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]`, 2);
    }
    if (!/^[0-9]+$/.test(arg)) return builtinError(ctx, 'history', `${arg}: numeric argument required`);
    start = Math.max(0, all.length - Number(arg));
  }
  let out = '';
  for (let i = start; i < all.length; i++) out += `${String(i + 1).padStart(5)}  ${all[i]}\n`;
  ctx.stdout(out);
  return 0;
};

/** `time` where it is not the keyword (alone, or after a `|`); the keyword is time-report.ts. */
export const time: Cmd = ctx => {
  const clock = ctx.machine.clock;
  const start = clock.now();
  const posix = ctx.argv[1] === '-p';
  const argv = ctx.argv.slice(posix ? 2 : 1);
  const status = argv.length > 0 ? invoke(ctx.sh, argv, ctx.io) : 0;
  ctx.stderr(timeReport(clock.now() - start, posix ? 'posix' : 'bash'));
  return status;
};

/** Signals do not exist in the simulator: traps are accepted and never fire. */
export const trap: Cmd = () => 0;
