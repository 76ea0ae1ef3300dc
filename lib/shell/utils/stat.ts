/**
 * `stat` (GNU coreutils layout; BusyBox prints the same fields): the default report or
 * -c/--format/--printf with %n %N %s %b %B %o %a %A %F %u %U %g %G %h %i %x %y %z %X %Y %Z %w %W.
 * Sizes are what the filesystem reports, declared sizes included (a `docker save` archive).
 * The simulated files have no inode numbers: %i is a stable number derived from the path.
 */
import type { Stat } from '../../sim/fs/types';
import type { Cmd } from '../context';
import { abs, idNames, parseArgs } from './common';
import { modeString } from './ls-format';

const kind = (st: Stat): string =>
  st.type === 'dir' ? 'directory' : st.type === 'symlink' ? 'symbolic link' : st.special === 'socket' ? 'socket' : st.size === 0 ? 'regular empty file' : 'regular file';

function inode(path: string): number {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619) >>> 0;
  return 100_000 + (h % 3_900_000);
}

const p2 = (n: number) => String(n).padStart(2, '0');
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String((ms % 1000) * 1_000_000).padStart(9, '0')} +0000`;
}

const blocks = (st: Stat) => (st.type === 'dir' ? 8 : st.type === 'file' ? Math.ceil(st.size / 4096) * 8 : 0);

const DEFAULT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Hd,%Ld\tInode: %-11i Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n';

export const stat: Cmd = ctx => {
  const a = parseArgs(ctx, { bool: 'L', value: 'c', long: { 'format=': 'c', 'printf=': 'printf', dereference: 'L' } });
  if (typeof a === 'number') return a;
  if (a.operands.length === 0) {
    ctx.stderr(`stat: missing operand\nTry 'stat --help' for more information.\n`);
    return 1;
  }
  const names = idNames(ctx.fs);
  const printf = a.values.get('printf');
  const format = printf ?? (a.values.has('c') ? `${a.values.get('c')}\n` : DEFAULT);
  let status = 0;
  for (const op of a.operands) {
    const path = abs(ctx, op);
    const st = a.flags.has('L') ? ctx.fs.stat(path) : ctx.fs.lstat(path);
    if (!st) {
      ctx.stderr(`stat: cannot statx '${op}': No such file or directory\n`);
      status = 1;
      continue;
    }
    const name = st.type === 'symlink' && !a.flags.has('L') ? `${op} -> ${ctx.fs.readlink(path)}` : op;
    const field = (c: string, H: string): string | number | null => {
      switch (c) {
        case 'n': return op;
        case 'N': return name;
        case 's': return st.size;
        case 'b': return blocks(st);
        case 'B': return 512;
        case 'o': return 4096;
        case 'a': return (st.mode & 0o7777).toString(8);
        case 'A': return modeString(st);
        case 'F': return kind(st);
        case 'u': return st.uid;
        case 'U': return names.user(st.uid);
        case 'g': return st.gid;
        case 'G': return names.group(st.gid);
        case 'h': return st.type === 'dir' ? 2 : 1;
        case 'i': return inode(path);
        case 'd': return H === 'H' ? 8 : H === 'L' ? 1 : 2049;
        case 'x': case 'y': case 'z': return stamp(st.mtime);
        case 'X': case 'Y': case 'Z': return Math.floor(st.mtime / 1000);
        case 'w': return '-';
        case 'W': return 0;
        default: return null;
      }
    };
    const text = format.replace(/%(-?)(0?)(\d*)(?:\.(\d+))?([HL]?)([a-zA-Z%])/g, (all, minus: string, zero: string, width: string, prec: string | undefined, H: string, c: string) => {
      if (c === '%') return '%';
      const v = field(c, H);
      if (v === null) return all;
      let s = String(v);
      if (prec !== undefined) s = s.slice(0, Number(prec));
      const w = Number(width || 0);
      return minus ? s.padEnd(w) : s.padStart(w, zero && typeof v === 'number' ? '0' : zero && c === 'a' ? '0' : ' ');
    });
    ctx.stdout(printf !== undefined ? text.replace(/\\n/g, '\n').replace(/\\t/g, '\t') : text);
  }
  return status;
};
