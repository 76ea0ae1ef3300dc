/**
 * mkdir rmdir touch rm — GNU coreutils wording on the host (‘’ quotes in UTF-8 locales where GNU
 * uses them), BusyBox wording in `sh` machines (alpine/busybox images).
 */
import { FsError } from '../../sim/fs/types';
import { dirname } from '../../sim/fs/path';
import type { Cmd, ShellCommandContext } from '../context';
import { abs, errText, fail, parseArgs, usageError } from './common';

/** Quote like GNU's locale quoting style: ‘x’ in UTF-8 locales, 'x' otherwise. */
export function lq(ctx: ShellCommandContext, s: string): string {
  const lang = ctx.env.LC_ALL || ctx.env.LC_MESSAGES || ctx.env.LANG || '';
  return /utf-?8/i.test(lang) ? `‘${s}’` : `'${s}'`;
}

export function busybox(ctx: ShellCommandContext): boolean {
  return ctx.machine.shellName === 'sh';
}

export const mkdir: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'pv', value: 'm', long: { parents: 'p', verbose: 'v', 'mode=': 'm' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return usageError(ctx, 'missing operand');
  const mode = p.values.has('m') ? parseInt(p.values.get('m') as string, 8) : undefined;
  let status = 0;
  for (const op of p.operands) {
    const path = abs(ctx, op);
    try {
      if (p.flags.has('p')) {
        const created = missingAncestors(ctx, path);
        ctx.fs.mkdir(path, { recursive: true, mode });
        if (p.flags.has('v')) for (const c of created) ctx.stdout(`mkdir: created directory '${c === path ? op : shownFrom(op, path, c)}'\n`);
      } else {
        ctx.fs.mkdir(path, { mode });
        if (p.flags.has('v')) ctx.stdout(`mkdir: created directory '${op}'\n`);
      }
      if (mode !== undefined) ctx.fs.chmod(path, mode);
    } catch (e) {
      const shown = p.flags.has('p') ? blockingComponent(ctx, op) : op;
      status = busybox(ctx) ? fail(ctx, `can't create directory '${shown}': ${errText(e)}`) : fail(ctx, `cannot create directory ${lq(ctx, shown)}: ${errText(e)}`);
    }
  }
  return status;
};

/** How an ancestor of `path` is shown relative to the operand `op` as typed. */
function shownFrom(op: string, path: string, ancestor: string): string {
  const up = path.slice(ancestor.length).split('/').filter(Boolean).length;
  let shown = op.replace(/\/+$/, '');
  for (let i = 0; i < up; i++) shown = dirname(shown);
  return shown;
}

/** With -p, GNU names the first component that could not be made (an existing file, an unwritable parent). */
function blockingComponent(ctx: ShellCommandContext, op: string): string {
  const parts = op.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (prefix === '') continue;
    const st = ctx.fs.stat(abs(ctx, prefix));
    if (!st || st.type !== 'dir') return prefix;
  }
  return op;
}

function missingAncestors(ctx: ShellCommandContext, path: string): string[] {
  const out: string[] = [];
  for (let p = path; p !== '/' && ctx.fs.stat(p) === null; p = dirname(p)) out.unshift(p);
  return out;
}

export const rmdir: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'pv', long: { parents: 'p', verbose: 'v', 'ignore-fail-on-non-empty': 'I' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return usageError(ctx, 'missing operand');
  let status = 0;
  for (const op of p.operands) {
    const targets = [op];
    if (p.flags.has('p')) for (let d = dirname(op); d !== '.' && d !== '/'; d = dirname(d)) targets.push(d);
    for (const t of targets) {
      const path = abs(ctx, t);
      try {
        const st = ctx.fs.lstat(path);
        if (!st) throw new FsError('ENOENT', path);
        if (st.type !== 'dir') throw new FsError('ENOTDIR', path);
        ctx.fs.rm(path);
        if (p.flags.has('v')) ctx.stdout(`rmdir: removing directory, '${t}'\n`);
      } catch (e) {
        if (e instanceof FsError && e.code === 'ENOTEMPTY' && p.flags.has('I')) break;
        status = busybox(ctx) ? fail(ctx, `'${t}': ${errText(e)}`) : fail(ctx, `failed to remove '${t}': ${errText(e)}`);
        break;
      }
    }
  }
  return status;
};

export const touch: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'acmh', value: 'dtr', long: { 'no-create': 'c', 'date=': 'd', 'reference=': 'r' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return usageError(ctx, 'missing file operand');
  let status = 0;
  for (const op of p.operands) {
    const path = abs(ctx, op);
    try {
      const st = ctx.fs.stat(path);
      if (st?.type === 'dir') continue;
      if (!st && p.flags.has('c')) continue;
      ctx.fs.writeFile(path, '', { append: true });
    } catch (e) {
      status = busybox(ctx) ? fail(ctx, `${op}: ${errText(e)}`) : fail(ctx, `cannot touch '${op}': ${errText(e)}`);
    }
  }
  return status;
};

export const rm: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'rRfivdI', long: { recursive: 'r', force: 'f', verbose: 'v', dir: 'd', 'no-preserve-root': 'N', interactive: 'i' } });
  if (typeof p === 'number') return p;
  const recursive = p.flags.has('r') || p.flags.has('R');
  const force = p.flags.has('f');
  if (p.operands.length === 0) return force ? 0 : usageError(ctx, 'missing operand');
  let status = 0;
  for (const op of p.operands) {
    const path = abs(ctx, op);
    if (recursive && path === '/' && !p.flags.has('N')) {
      status = fail(ctx, `it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe`);
      continue;
    }
    const cannot = (why: string) => (busybox(ctx) ? fail(ctx, `can't remove '${op}': ${why}`) : fail(ctx, `cannot remove '${op}': ${why}`));
    try {
      const st = ctx.fs.lstat(path);
      if (!st) {
        if (!force) status = cannot('No such file or directory');
        continue;
      }
      if (st.type === 'dir' && !recursive) {
        if (p.flags.has('d') && ctx.fs.readdir(path).length === 0) ctx.fs.rm(path);
        else status = cannot('Is a directory');
        continue;
      }
      if (op.replace(/\/+$/, '').split('/').pop() === '.' || op.replace(/\/+$/, '').split('/').pop() === '..') {
        status = fail(ctx, `refusing to remove '.' or '..' directory: skipping '${op}'`);
        continue;
      }
      if (p.flags.has('v')) ctx.stdout(removalLog(ctx, path, op.replace(/\/+$/, '')));
      ctx.fs.rm(path, { recursive: true });
    } catch (e) {
      status = cannot(errText(e));
    }
  }
  return status;
};

/** rm -v output for a tree: children first, as rm removes them. */
function removalLog(ctx: ShellCommandContext, path: string, shown: string): string {
  const st = ctx.fs.lstat(path);
  if (st?.type !== 'dir') return `removed '${shown}'\n`;
  let out = '';
  for (const name of ctx.fs.readdir(path)) out += removalLog(ctx, `${path === '/' ? '' : path}/${name}`, `${shown}/${name}`);
  return out + `removed directory '${shown}'\n`;
}
