/**
 * cp mv ln: copying trees through the FileSystem interface, renames, symbolic links.
 * (`ln` without -s makes an independent copy: the simulated filesystem has no hard links.)
 */
import type { FileSystem } from '../../sim/fs/types';
import { basename } from '../../sim/fs/path';
import type { Cmd, ShellCommandContext } from '../context';
import { abs, errText, fail, parseArgs, usageError } from './common';
import { busybox } from './fileops';

function isDir(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path)?.type === 'dir';
  } catch {
    return false;
  }
}

/** Copy a file, link or tree from `src` to `dst` (dst must not be inside src). */
export function copyTree(fs: FileSystem, src: string, dst: string, preserve: boolean): void {
  const st = fs.lstat(src);
  if (!st) return;
  if (st.type === 'symlink') {
    if (fs.lstat(dst)) fs.rm(dst);
    fs.symlink(fs.readlink(src), dst);
  } else if (st.type === 'dir') {
    if (!isDir(fs, dst)) fs.mkdir(dst, { mode: st.mode });
    for (const name of fs.readdir(src)) copyTree(fs, `${src === '/' ? '' : src}/${name}`, `${dst}/${name}`, preserve);
  } else {
    fs.writeFile(dst, fs.readFile(src), { mode: st.mode });
    if (preserve) fs.chmod(dst, st.mode);
  }
}

/** Resolve `sources… target` into (src, dst) pairs, with coreutils' operand errors. */
function plan(ctx: ShellCommandContext, operands: string[], verb: 'cp' | 'mv'): { src: string; dst: string; shown: string; shownDst: string }[] | number {
  if (operands.length === 0) return usageError(ctx, 'missing file operand');
  if (operands.length === 1) return usageError(ctx, `missing destination file operand after '${operands[0]}'`);
  const target = operands[operands.length - 1] as string;
  const sources = operands.slice(0, -1);
  const targetPath = abs(ctx, target);
  const intoDir = isDir(ctx.fs, targetPath);
  if (sources.length > 1 && !intoDir) return fail(ctx, `target '${target}' is not a directory`);
  void verb;
  return sources.map(s => {
    const dst = intoDir ? `${targetPath === '/' ? '' : targetPath}/${basename(s)}` : targetPath;
    return { src: abs(ctx, s), dst, shown: s, shownDst: intoDir ? `${target.replace(/\/$/, '')}/${basename(s)}` : target };
  });
}

export const cp: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'rRafpvinuLPd', long: { recursive: 'r', archive: 'a', force: 'f', verbose: 'v', 'no-clobber': 'n', interactive: 'i', preserve: 'p' } });
  if (typeof p === 'number') return p;
  const recursive = p.flags.has('r') || p.flags.has('R') || p.flags.has('a');
  const pairs = plan(ctx, p.operands, 'cp');
  if (typeof pairs === 'number') return pairs;
  let status = 0;
  for (const { src, dst, shown, shownDst } of pairs) {
    try {
      const st = ctx.fs.stat(src);
      if (!st) {
        status = busybox(ctx) ? fail(ctx, `can't stat '${shown}': No such file or directory`) : fail(ctx, `cannot stat '${shown}': No such file or directory`);
        continue;
      }
      if (st.type === 'dir' && !recursive) {
        status = busybox(ctx) ? fail(ctx, `omitting directory '${shown}'`) : fail(ctx, `-r not specified; omitting directory '${shown}'`);
        continue;
      }
      if (src === dst) {
        status = fail(ctx, `'${shown}' and '${shownDst}' are the same file`);
        continue;
      }
      if (st.type === 'dir' && (dst + '/').startsWith(src + '/')) {
        status = fail(ctx, `cannot copy a directory, '${shown}', into itself, '${shownDst}'`);
        continue;
      }
      if (p.flags.has('n') && ctx.fs.lstat(dst)) continue;
      if (st.type !== 'dir' && isDir(ctx.fs, dst)) {
        status = fail(ctx, `cannot overwrite directory '${shownDst}' with non-directory`);
        continue;
      }
      copyTree(ctx.fs, src, dst, p.flags.has('a') || p.flags.has('p'));
      if (p.flags.has('v')) ctx.stdout(`'${shown}' -> '${shownDst}'\n`);
    } catch (e) {
      status = fail(ctx, `cannot create regular file '${shownDst}': ${errText(e)}`);
    }
  }
  return status;
};

export const mv: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'fvinuT', long: { force: 'f', verbose: 'v', 'no-clobber': 'n', interactive: 'i' } });
  if (typeof p === 'number') return p;
  const pairs = plan(ctx, p.operands, 'mv');
  if (typeof pairs === 'number') return pairs;
  let status = 0;
  for (const { src, dst, shown, shownDst } of pairs) {
    try {
      if (!ctx.fs.lstat(src)) {
        status = busybox(ctx) ? fail(ctx, `can't rename '${shown}': No such file or directory`) : fail(ctx, `cannot stat '${shown}': No such file or directory`);
        continue;
      }
      if (src === dst) {
        status = fail(ctx, `'${shown}' and '${shownDst}' are the same file`);
        continue;
      }
      if (p.flags.has('n') && ctx.fs.lstat(dst)) continue;
      if (isDir(ctx.fs, src) && (dst + '/').startsWith(src + '/')) {
        status = fail(ctx, `cannot move '${shown}' to a subdirectory of itself, '${shownDst}'`);
        continue;
      }
      ctx.fs.rename(src, dst);
      if (p.flags.has('v')) ctx.stdout(`renamed '${shown}' -> '${shownDst}'\n`);
    } catch (e) {
      status = fail(ctx, `cannot move '${shown}' to '${shownDst}': ${errText(e)}`);
    }
  }
  return status;
};

export const ln: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'sfnvrT', long: { symbolic: 's', force: 'f', verbose: 'v', 'no-dereference': 'n' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return usageError(ctx, 'missing file operand');
  const ops = p.operands.length === 1 ? [p.operands[0] as string, '.'] : p.operands;
  const target = ops[ops.length - 1] as string;
  const targetPath = abs(ctx, target);
  const intoDir = isDir(ctx.fs, targetPath) && !(p.flags.has('n') && ctx.fs.lstat(targetPath)?.type === 'symlink');
  const sources = ops.slice(0, -1);
  if (sources.length > 1 && !intoDir) return fail(ctx, `target '${target}' is not a directory`);
  let status = 0;
  for (const s of sources) {
    const shownDst = intoDir ? `${target === '.' ? '.' : target.replace(/\/$/, '')}/${basename(s)}` : target;
    const dst = intoDir ? `${targetPath === '/' ? '' : targetPath}/${basename(s)}` : targetPath;
    try {
      if (p.flags.has('f') && ctx.fs.lstat(dst)) ctx.fs.rm(dst);
      if (p.flags.has('s')) ctx.fs.symlink(s, dst);
      else {
        const st = ctx.fs.stat(abs(ctx, s));
        if (!st) {
          status = fail(ctx, `failed to access '${s}': No such file or directory`);
          continue;
        }
        if (st.type === 'dir') {
          status = fail(ctx, `${s}: hard link not allowed for directory`);
          continue;
        }
        if (ctx.fs.lstat(dst)) throw new Error('exists');
        copyTree(ctx.fs, abs(ctx, s), dst, true);
      }
      if (p.flags.has('v')) ctx.stdout(`'${shownDst}' -> '${s}'\n`);
    } catch (e) {
      const why = e instanceof Error && e.message === 'exists' ? 'File exists' : errText(e);
      status = fail(ctx, p.flags.has('s') ? `failed to create symbolic link '${shownDst}': ${why}` : `failed to create hard link '${shownDst}': ${why}`);
    }
  }
  return status;
};
