/**
 * Core builtins: : true false echo pwd cd exit return break continue shift test [
 * Messages follow bash 5.2 (`bash: cd: nope: No such file or directory`) or BusyBox ash in `sh`.
 */
import { FS_ERROR_TEXT, FsError } from '../../sim/fs/types';
import { resolvePath } from '../../sim/fs/path';
import type { Cmd, ShellCommandContext } from '../context';
import { ExitSignal, ExpansionError, LoopSignal, ReturnSignal } from '../errors';
import { getVar, setVar } from '../state';
import { evalTest, TestError } from '../test-expr';

export function builtinError(ctx: ShellCommandContext, name: string, msg: string, status = 1): number {
  ctx.stderr(`${ctx.sh.errPrefix()}${name}: ${msg}\n`);
  return status;
}

export const colon: Cmd = () => 0;
export const trueCmd: Cmd = () => 0;
export const falseCmd: Cmd = () => 1;

/** Interpret echo -e escapes; `\c` stops all further output. */
export function echoEscapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[++i] as string;
    const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (n in simple) out += simple[n];
    else if (n === 'c') return { text: out, stop: true };
    else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCharCode(parseInt(m || '0', 8) & 0xff);
      i += m.length;
    } else if (n === 'x' && /^[0-9A-Fa-f]/.test(text.slice(i + 1))) {
      const m = /^[0-9A-Fa-f]{1,2}/.exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCharCode(parseInt(m, 16));
      i += m.length;
    } else if ((n === 'u' || n === 'U') && /^[0-9A-Fa-f]/.test(text.slice(i + 1))) {
      const m = new RegExp(`^[0-9A-Fa-f]{1,${n === 'u' ? 4 : 8}}`).exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCodePoint(Math.min(parseInt(m, 16), 0x10ffff));
      i += m.length;
    } else out += '\\' + n;
  }
  return { text: out, stop: false };
}

export const echo: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args.length > 0 && /^-[neE]+$/.test(args[0] as string)) {
    for (const f of (args.shift() as string).slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = args.join(' ');
  if (escapes) {
    const r = echoEscapes(text);
    if (r.stop) {
      ctx.stdout(r.text);
      return 0;
    }
    text = r.text;
  }
  ctx.stdout(newline ? text + '\n' : text);
  return 0;
};

export const pwd: Cmd = ctx => {
  ctx.stdout(ctx.sh.frame.cwd + '\n');
  return 0;
};

export const cd: Cmd = ctx => {
  const sh = ctx.sh;
  const args = ctx.argv.slice(1).filter(a => a !== '-L' && a !== '-P');
  if (args[0] === '--') args.shift();
  if (args.length > 1) return builtinError(ctx, 'cd', 'too many arguments');
  let target = args[0];
  let print = false;
  if (target === undefined || target === '') {
    target = getVar(sh.frame, 'HOME');
    if (target === undefined) return builtinError(ctx, 'cd', 'HOME not set');
  } else if (target === '-') {
    target = getVar(sh.frame, 'OLDPWD');
    if (target === undefined) return builtinError(ctx, 'cd', 'OLDPWD not set');
    print = true;
  }
  const path = resolvePath(sh.frame.cwd, target);
  const problem = cdProblem(ctx, path);
  if (problem) {
    if (sh.shellName === 'sh') return builtinError(ctx, 'cd', `can't cd to ${target}: ${problem}`, 2);
    return builtinError(ctx, 'cd', `${target}: ${problem}`);
  }
  setVar(sh.frame, 'OLDPWD', sh.frame.cwd, Object.hasOwn(sh.frame.exported, 'OLDPWD') || true);
  sh.frame.cwd = path;
  setVar(sh.frame, 'PWD', path);
  if (print) ctx.stdout(path + '\n');
  return 0;
};

function cdProblem(ctx: ShellCommandContext, path: string): string | null {
  try {
    const st = ctx.fs.stat(path);
    if (!st) return FS_ERROR_TEXT.ENOENT;
    if (st.type !== 'dir') return FS_ERROR_TEXT.ENOTDIR;
    const { uid, gid } = ctx.machine.user;
    const shift = uid === 0 ? -1 : st.uid === uid ? 6 : st.gid === gid ? 3 : 0;
    if (shift >= 0 && ((st.mode >> shift) & 1) === 0) return FS_ERROR_TEXT.EACCES;
    return null;
  } catch (e) {
    if (e instanceof FsError) return FS_ERROR_TEXT[e.code];
    throw e;
  }
}

function numericArg(ctx: ShellCommandContext, name: string, fallback: number): number | null {
  const arg = ctx.argv[1];
  if (arg === undefined) return fallback;
  if (!/^[-+]?[0-9]+$/.test(arg)) {
    builtinError(ctx, name, `${arg}: numeric argument required`, 2);
    return null;
  }
  return Number(arg);
}

export const exit: Cmd = ctx => {
  // Interactive bash says `exit` as it leaves; BusyBox ash leaves silently.
  if (ctx.sh.interactive && ctx.sh.depth === 0 && ctx.sh.shellName === 'bash') ctx.stderr('exit\n');
  if (ctx.argv.length > 2) throw new ExpansionError('exit: too many arguments', 1);
  const code = numericArg(ctx, 'exit', ctx.sh.frame.lastExit);
  throw new ExitSignal(code === null ? 2 : ((code % 256) + 256) % 256);
};

export const returnCmd: Cmd = ctx => {
  if (ctx.sh.localScopes.length === 0 && !ctx.sh.sourcing) {
    return builtinError(ctx, 'return', "can only `return' from a function or sourced script", 2);
  }
  const code = numericArg(ctx, 'return', ctx.sh.frame.lastExit);
  throw new ReturnSignal(code === null ? 2 : ((code % 256) + 256) % 256);
};

function loopControl(kind: 'break' | 'continue'): Cmd {
  return ctx => {
    const n = numericArg(ctx, kind, 1);
    if (n === null) return 1;
    if (n < 1) return builtinError(ctx, kind, `${ctx.argv[1]}: loop count out of range`);
    if (ctx.sh.loopDepth === 0) return builtinError(ctx, kind, "only meaningful in a `for', `while', or `until' loop", 0);
    throw new LoopSignal(kind, Math.min(n, ctx.sh.loopDepth));
  };
}

export const breakCmd = loopControl('break');
export const continueCmd = loopControl('continue');

export const shift: Cmd = ctx => {
  const n = numericArg(ctx, 'shift', 1);
  if (n === null) return 1;
  const frame = ctx.sh.frame;
  if (n < 0) return builtinError(ctx, 'shift', `${n}: shift count out of range`);
  if (n > frame.positional.length) return 1;
  frame.positional = frame.positional.slice(n);
  return 0;
};

function testCmd(name: 'test' | '['): Cmd {
  return ctx => {
    let args = ctx.argv.slice(1);
    if (name === '[') {
      if (args[args.length - 1] !== ']') return builtinError(ctx, '[', "missing `]'", 2);
      args = args.slice(0, -1);
    }
    try {
      const env = { fs: ctx.fs, cwd: ctx.cwd, uid: ctx.machine.user.uid, gid: ctx.machine.user.gid, cond: false };
      return evalTest(args.map(text => ({ text, op: true })), env) ? 0 : 1;
    } catch (e) {
      if (e instanceof TestError) return builtinError(ctx, name, e.message, 2);
      throw e;
    }
  };
}

export const test = testCmd('test');
export const bracket = testCmd('[');
