/**
 * Commands that run other commands: env which sudo xargs bash/sh.
 */
import { FS_ERROR_TEXT, FsError } from '../../sim/fs/types';
import type { Machine } from '../types';
import type { Cmd, ShellCommandContext } from '../context';
import { Interp } from '../interp';
import { invoke, resolveCommand, runCmd, searchPath } from '../invoke';
import { runChild } from '../script';
import { forkFrame, getVar, setVar, unsetVar, type ShellOptions } from '../state';
import { abs, fail } from './common';

export const env: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  const sub = ctx.sh.fork();
  const frame = sub.frame;
  // `E=5 env`: the prefix assignments are in env's environment, not in the shell's variables.
  for (const k of Object.keys(ctx.env)) if (!Object.hasOwn(frame.exported, k) || getVar(frame, k) !== ctx.env[k]) setVar(frame, k, ctx.env[k] as string, true);
  while (args.length > 0) {
    const a = args[0] as string;
    if (a === '-i' || a === '-' || a === '--ignore-environment') {
      for (const k of Object.keys(frame.exported)) unsetVar(frame, k);
    } else if (a === '-u') {
      args.shift();
      unsetVar(frame, args[0] ?? '');
    } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
      const eq = a.indexOf('=');
      setVar(frame, a.slice(0, eq), a.slice(eq + 1), true);
    } else break;
    args.shift();
  }
  if (args.length === 0) {
    let out = '';
    for (const k of Object.keys(frame.exported)) {
      const v = getVar(frame, k);
      if (v !== undefined) out += `${k}=${v}\n`;
    }
    ctx.stdout(out);
    return 0;
  }
  const name = args[0] as string;
  if (!name.includes('/') && !resolveCommand(sub, name)) {
    ctx.stderr(`env: ‘${name}’: No such file or directory\n`);
    return 127;
  }
  return invoke(sub, args, ctx.io);
};

export const which: Cmd = ctx => {
  const args = ctx.argv.slice(1).filter(a => a !== '-a' && a !== '-s');
  let status = args.length === 0 ? 1 : 0;
  for (const name of args) {
    let path: string | null = null;
    if (name.includes('/')) path = ctx.fs.stat(abs(ctx, name))?.type === 'file' ? name : null;
    else {
      const found = resolveCommand(ctx.sh, name, { functions: false });
      if (found?.kind === 'command' || found?.kind === 'file') path = found.path;
      else if (found?.kind === 'builtin') path = searchPath(ctx.sh, name);
    }
    if (path === null) status = 1;
    else ctx.stdout(path + '\n');
  }
  return status;
};

/** The same machine seen as root (sudo). */
export function asRoot(machine: Machine): Machine {
  const fs = machine.fs.withUser ? machine.fs.withUser(0, 0) : machine.fs;
  return { ...machine, fs, user: { name: 'root', uid: 0, gid: 0, home: '/root' } };
}

function rootEnv(ctx: ShellCommandContext): Record<string, string> {
  const u = ctx.machine.user;
  return {
    HOME: '/root',
    USER: 'root',
    LOGNAME: 'root',
    SUDO_USER: u.name,
    SUDO_UID: String(u.uid),
    SUDO_GID: String(u.gid),
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin',
  };
}

export const sudo: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  let login = false;
  let shell = false;
  while (args[0]?.startsWith('-')) {
    const a = args.shift() as string;
    if (a === '-i') login = true;
    else if (a === '-s') shell = true;
    else if (a === '-u') {
      const who = args.shift();
      if (who !== 'root' && who !== '#0') return fail(ctx, `unknown user ${who ?? ''}`);
    } else if (a === '-k' || a === '-K' || a === '-v') return 0;
    else if (a === '-l') {
      ctx.stdout(`User ${ctx.machine.user.name} may run the following commands on ${ctx.machine.hostname}:\n    (ALL : ALL) ALL\n`);
      return 0;
    } else if (a !== '-E' && a !== '-H' && a !== '-n' && a !== '--') return fail(ctx, `invalid option -- '${a.replace(/^-+/, '')}'\nusage: sudo -h | -K | -k | -V`);
  }
  const root = asRoot(ctx.machine);
  const isSu = args[0] === 'su' && (args.length === 1 || args[1] === '-' || args[1] === 'root' || args[1] === '-l');
  if (login || shell || isSu || (args.length === 1 && (args[0] === 'bash' || args[0] === 'sh'))) {
    if (args.length > 0 && !isSu && args[0] !== 'bash' && args[0] !== 'sh') return runAsRoot(ctx, root, args);
    const home = login || (isSu && args[1] !== undefined);
    ctx.shell.enter(root, undefined, { cwd: home ? '/root' : ctx.cwd, env: rootEnv(ctx) });
    return 0;
  }
  if (args.length === 0) {
    ctx.stderr('usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command [arg ...]]\nusage: sudo [-ABbEHkNnPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]\n');
    return 1;
  }
  return runAsRoot(ctx, root, args);
};

function runAsRoot(ctx: ShellCommandContext, root: Machine, args: string[]): number {
  const frame = forkFrame(ctx.sh.frame);
  for (const [k, v] of Object.entries(rootEnv(ctx))) setVar(frame, k, v, true);
  frame.functions = {};
  const sub = new Interp(root, root.fs, frame, ctx.sh.hooks, ctx.sh.budget, ctx.sh.depth + 1, { kind: 'command' });
  const name = args[0] as string;
  const found = name.includes('/') ? { kind: 'file' as const } : resolveCommand(sub, name, { functions: false });
  if (!found || (found.kind === 'builtin' && searchPath(sub, name) === null)) {
    ctx.stderr(`sudo: ${name}: command not found\n`);
    return 1;
  }
  if (found.kind === 'builtin') return runCmd(sub, found.fn, args, ctx.io, {});
  return invoke(sub, args, ctx.io);
}

/** xargs: split stdin into words (quotes respected) and run the command with them. */
export const xargs: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  let perCall = Infinity;
  let replace: string | null = null;
  let trace = false;
  let noRunIfEmpty = false;
  let delim: string | null = null;
  while (args[0]?.startsWith('-')) {
    const a = args.shift() as string;
    if (a === '-n') perCall = Number(args.shift());
    else if (/^-n[0-9]+$/.test(a)) perCall = Number(a.slice(2));
    else if (a === '-I' || a === '-i') replace = a === '-i' ? '{}' : (args.shift() ?? '{}');
    else if (a.startsWith('-I')) replace = a.slice(2);
    else if (a === '-t') trace = true;
    else if (a === '-r' || a === '--no-run-if-empty') noRunIfEmpty = true;
    else if (a === '-0') delim = '\0';
    else if (a === '-d') delim = args.shift() ?? '\n';
    else if (a === '--') break;
    else return fail(ctx, `invalid option -- '${a.replace(/^-+/, '')}'\nUsage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...`);
  }
  const command = args.length > 0 ? args : ['echo'];
  const input = ctx.stdin;
  const items = replace !== null ? input.split('\n').filter(l => l.trim() !== '') : delim !== null ? input.split(delim).filter(Boolean) : splitWords(input);
  if (items.length === 0 && (noRunIfEmpty || replace !== null)) return 0;
  const batches: string[][] = [];
  if (replace !== null) for (const it of items) batches.push(command.map(c => c.split(replace as string).join(it)));
  else if (items.length === 0) batches.push([...command]);
  else for (let i = 0; i < items.length; i += perCall === Infinity ? items.length : perCall) batches.push([...command, ...items.slice(i, i + (perCall === Infinity ? items.length : perCall))]);
  let status = 0;
  const name = command[0] as string;
  if (!name.includes('/') && !resolveCommand(ctx.sh, name, { functions: false })) {
    ctx.stderr(`xargs: ${name}: No such file or directory\n`);
    return 127;
  }
  for (const argv of batches) {
    if (trace) ctx.stderr(argv.join(' ') + '\n');
    const sub = ctx.sh.fork();
    const code = invoke(sub, argv, { ...ctx.io, stdin: ctx.io.stdin });
    if (code === 127) return 127;
    if (code !== 0) status = 123;
  }
  return status;
};

function splitWords(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|((?:\\.|[^\s"'])+)/g;
  for (const m of text.matchAll(re)) out.push(m[1] ?? m[2] ?? (m[3] as string).replace(/\\(.)/g, '$1'));
  return out;
}

/** bash / sh: `-c 'text' [name args…]`, a script file, or (no operands) a nested interactive shell. */
export function shellCommand(flavour: 'bash' | 'sh'): Cmd {
  return ctx => {
    const args = ctx.argv.slice(1);
    const opts: string[] = [];
    let command: string | null = null;
    while (args[0]?.startsWith('-') && args[0] !== '-') {
      const a = args.shift() as string;
      if (/^-[a-z]*c[a-z]*$/.test(a)) {
        opts.push(a.replace('c', ''));
        command = args.shift() ?? null;
        if (command === null) return fail(ctx, '-c: option requires an argument', 2);
        break;
      }
      if (a === '--') break;
      opts.push(a);
    }
    const machine = flavour === ctx.machine.shellName ? ctx.machine : { ...ctx.machine, shellName: flavour };
    if (command !== null) return runChild(ctx.sh, command, { kind: 'command' }, flavour, args[0] ?? flavour, args.slice(1), ctx.io, { ...ctx.env }, optionsFrom(opts));
    if (args.length === 0) {
      ctx.shell.enter(machine, undefined, { cwd: ctx.cwd, env: { ...ctx.env } });
      return 0;
    }
    const file = args[0] as string;
    let text: string;
    try {
      text = ctx.fs.readFile(abs(ctx, file));
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      ctx.stderr(`${flavour}: ${file}: ${FS_ERROR_TEXT[e.code]}\n`);
      return e.code === 'ENOENT' ? 127 : 126;
    }
    return runChild(ctx.sh, text, { kind: 'script', name: file }, flavour, file, args.slice(1), ctx.io, { ...ctx.env }, optionsFrom(opts));
  };
}

function optionsFrom(flags: string[]): Partial<ShellOptions> {
  const letters = flags.filter(f => /^-[a-z]+$/.test(f)).join('');
  return { errexit: letters.includes('e'), xtrace: letters.includes('x'), nounset: letters.includes('u') };
}
