/**
 * chmod (octal and symbolic modes, -R) and chown (root only; user[:group] by name or id, -R).
 */
import { FsError, type FileSystem } from '../../sim/fs/types';
import type { Cmd, ShellCommandContext } from '../context';
import { abs, errText, fail, parseArgs, usageError } from './common';
import { CAP, capable } from './capable';
import { busybox, lq } from './fileops';

/** Apply a chmod mode string to `old`; null when the mode is invalid. */
export function applyMode(spec: string, old: number, isDir: boolean): number | null {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = old;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*)+)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' || (m[1] as string).includes('a') ? 'ugo' : (m[1] as string);
    for (const action of (m[2] as string).match(/[-+=][rwxXst]*/g) ?? []) {
      const op = action[0];
      let bits = 0;
      for (const perm of action.slice(1)) {
        for (const w of who) {
          const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
          if (perm === 'r') bits |= 4 << shift;
          if (perm === 'w') bits |= 2 << shift;
          if (perm === 'x' || (perm === 'X' && (isDir || (old & 0o111) !== 0))) bits |= 1 << shift;
          if (perm === 's' && w === 'u') bits |= 0o4000;
          if (perm === 's' && w === 'g') bits |= 0o2000;
          if (perm === 't') bits |= 0o1000;
        }
      }
      if (op === '+') mode |= bits;
      else if (op === '-') mode &= ~bits;
      else {
        let clear = 0;
        for (const w of who) clear |= w === 'u' ? 0o4700 : w === 'g' ? 0o2070 : 0o1007;
        mode = (mode & ~clear) | bits;
      }
    }
  }
  return mode;
}

function walk(fs: FileSystem, path: string, recursive: boolean, visit: (p: string) => void): void {
  visit(path);
  if (!recursive || fs.lstat(path)?.type !== 'dir') return;
  for (const name of fs.readdir(path)) walk(fs, `${path === '/' ? '' : path}/${name}`, true, visit);
}

export const chmod: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  const recursive = args.some(a => a === '-R' || a === '--recursive');
  const rest = args.filter(a => a !== '-R' && a !== '--recursive' && a !== '-v' && a !== '-f');
  if (rest.length === 0) return usageError(ctx, 'missing operand');
  const spec = rest[0] as string;
  if (rest.length === 1) return usageError(ctx, `missing operand after ${lq(ctx, spec)}`);
  if (applyMode(spec, 0o644, false) === null) return usageError(ctx, `invalid mode: ${lq(ctx, spec)}`);
  let status = 0;
  for (const op of rest.slice(1)) {
    try {
      const root = abs(ctx, op);
      if (!ctx.fs.stat(root)) {
        status = fail(ctx, `cannot access '${op}': No such file or directory`);
        continue;
      }
      walk(ctx.fs, root, recursive, p => {
        const st = ctx.fs.stat(p);
        if (!st) return;
        try {
          ctx.fs.chmod(p, applyMode(spec, st.mode, st.type === 'dir') as number);
        } catch (e) {
          status = fail(ctx, `changing permissions of '${p === root ? op : p}': ${errText(e)}`);
        }
      });
    } catch (e) {
      status = fail(ctx, `cannot access '${op}': ${errText(e)}`);
    }
  }
  return status;
};

function lookupId(ctx: ShellCommandContext, file: string, name: string): number | null {
  if (/^[0-9]+$/.test(name)) return Number(name);
  try {
    const line = ctx.fs.readFile(file).split('\n').find(l => l.split(':')[0] === name);
    return line ? Number(line.split(':')[2]) : null;
  } catch {
    return null;
  }
}

export const chown: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'Rvfh', long: { recursive: 'R', verbose: 'v' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return usageError(ctx, 'missing operand');
  const spec = p.operands[0] as string;
  if (p.operands.length === 1) return usageError(ctx, `missing operand after ${lq(ctx, spec)}`);
  const [userPart = '', groupPart] = spec.split(/[:.]/);
  const uid = userPart === '' ? null : lookupId(ctx, '/etc/passwd', userPart);
  if (userPart !== '' && uid === null) return fail(ctx, `invalid user: ${lq(ctx, spec)}`);
  const gid = groupPart === undefined || groupPart === '' ? null : lookupId(ctx, '/etc/group', groupPart);
  if (groupPart && gid === null) return fail(ctx, `invalid group: ${lq(ctx, spec)}`);
  let status = 0;
  for (const op of p.operands.slice(1)) {
    const root = abs(ctx, op);
    if (!ctx.fs.stat(root)) {
      status = fail(ctx, `cannot access '${op}': No such file or directory`);
      continue;
    }
    walk(ctx.fs, root, p.flags.has('R'), path => {
      const st = ctx.fs.stat(path);
      if (!st) return;
      const shown = path === root ? op : path;
      const changes = (uid ?? st.uid) !== st.uid || (gid ?? st.gid) !== st.gid;
      try {
        // Root without CAP_CHOWN (`--cap-drop CHOWN`) gets EPERM from the kernel.
        if (changes && ctx.machine.user.uid === 0 && !capable(ctx, CAP.CHOWN)) throw new FsError('EPERM', path);
        ctx.fs.chown(path, uid ?? st.uid, gid ?? st.gid);
      } catch (e) {
        status = fail(ctx, busybox(ctx) ? `${shown}: ${errText(e)}` : `changing ownership of '${shown}': ${errText(e)}`);
      }
    });
  }
  return status;
};
