/**
 * `du`: disk usage in 1 KiB blocks as ext4 allocates them (4 KiB per started block, 4 KiB per
 * directory), so a file with a declared size (a `docker save` archive) counts in full. GNU and
 * BusyBox print the same `N<TAB>path` lines; -h differs (GNU rounds up: 184M; BusyBox keeps one
 * decimal: 183.1M). Options: -s -a -c -h -k -m -d/--max-depth.
 */
import type { FileSystem } from '../../sim/fs/types';
import type { Cmd } from '../context';
import { abs, parseArgs, usageError } from './common';
import { busyboxHuman } from './df-busybox';
import { humanSize } from './ls-format';

/** KiB used by one node (not following links; a symlink takes no data block). */
function ownKb(fs: FileSystem, path: string): number {
  const st = fs.lstat(path);
  if (!st) return 0;
  if (st.type === 'dir') return 4;
  if (st.type === 'file') return Math.ceil(st.size / 4096) * 4;
  return 0;
}

export const du: Cmd = ctx => {
  const a = parseArgs(ctx, { bool: 'sachkmxL', value: 'd', long: { summarize: 's', all: 'a', total: 'c', 'human-readable': 'h', 'max-depth=': 'd' } });
  if (typeof a === 'number') return a;
  if (a.flags.has('s') && a.flags.has('a')) return usageError(ctx, 'cannot both summarize and show all entries');
  const busybox = ctx.machine.shellName === 'sh';
  const depthText = a.values.get('d');
  const maxDepth = a.flags.has('s') ? 0 : depthText === undefined ? Infinity : Number(depthText);
  if (Number.isNaN(maxDepth)) return usageError(ctx, `invalid maximum depth ‘${depthText}’`);
  const show = (kb: number): string => {
    if (a.flags.has('h')) return busybox ? busyboxHuman(kb * 1024) : humanSize(kb * 1024);
    if (a.flags.has('m')) return String(Math.ceil(kb / 1024));
    return String(kb);
  };
  let out = '';
  let status = 0;
  let total = 0;
  const walk = (path: string, shown: string, depth: number): number => {
    const st = ctx.fs.lstat(path);
    if (!st) return 0;
    let kb = ownKb(ctx.fs, path);
    if (st.type === 'dir') {
      let names: string[] = [];
      try {
        names = ctx.fs.readdir(path);
      } catch {
        ctx.stderr(`du: cannot read directory '${shown}': Permission denied\n`);
        status = 1;
      }
      for (const n of names) kb += walk(path === '/' ? `/${n}` : `${path}/${n}`, shown.endsWith('/') ? shown + n : `${shown}/${n}`, depth + 1);
      if (depth <= maxDepth) out += `${show(kb)}\t${shown}\n`;
    } else if (depth === 0 || (a.flags.has('a') && depth <= maxDepth)) out += `${show(kb)}\t${shown}\n`;
    return kb;
  };
  const operands = a.operands.length > 0 ? a.operands : ['.'];
  for (const op of operands) {
    const path = abs(ctx, op);
    if (!ctx.fs.lstat(path)) {
      ctx.stderr(busybox ? `du: ${op}: No such file or directory\n` : `du: cannot access '${op}': No such file or directory\n`);
      status = 1;
      continue;
    }
    total += walk(path, op, 0);
  }
  if (a.flags.has('c')) out += `${show(total)}\ttotal\n`;
  ctx.stdout(out);
  return status;
};
