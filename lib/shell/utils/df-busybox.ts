/**
 * BusyBox `df` (alpine, busybox images): its own layout, not GNU's — a 20-wide Filesystem column,
 * 9-wide right-aligned numbers, `Available` even with -h, `Use%` rounded to nearest (GNU rounds
 * up), every mount with blocks listed (the three /dev/sda1 bind files included), and sizes from
 * make_human_readable_str: one decimal for anything ≥ 1 KiB (`16.0M`, `61.9G`), bare `0`.
 */
import type { ShellCommandContext } from '../context';
import { HOST_DISK_KB } from '../../sim/fs/machine-facts';
import { busyboxHumanBytes } from './busybox-human';

export interface DfMount {
  source: string;
  target: string;
  type: string;
  sizeKb: number;
}

/** BusyBox make_human_readable_str(bytes, 1, 0): one decimal from 1 KiB up. */
export function busyboxHuman(bytes: number): string {
  return busyboxHumanBytes(bytes, true);
}

export function busyboxDf(ctx: ShellCommandContext, all: DfMount[], flags: ReadonlySet<string>, operands: readonly string[]): number {
  let status = 0;
  let list = all;
  if (operands.length > 0) {
    list = [];
    for (const op of operands) {
      const path = op.startsWith('/') ? op : `${ctx.cwd}/${op}`;
      const hit = ctx.fs.stat(path) ? all.filter(m => m.target === '/' || path === m.target || path.startsWith(m.target + '/')).sort((x, y) => y.target.length - x.target.length)[0] : undefined;
      if (!hit) {
        ctx.stderr(`df: ${op}: can't find mount point\n`);
        status = 1;
        continue;
      }
      list.push(hit);
    }
  }
  const h = flags.has('h');
  const type = flags.has('T');
  const num = (kb: number) => (h ? busyboxHuman(kb * 1024) : String(kb)).padStart(9);
  let out = `Filesystem           ${type ? 'Type       ' : ''}${(h ? '     Size' : '1K-blocks').padEnd(15)}Used Available Use% Mounted on\n`;
  for (const m of list) {
    const disk = m.type !== 'tmpfs';
    const used = disk ? HOST_DISK_KB.used : 0;
    const avail = disk ? HOST_DISK_KB.avail : m.sizeKb;
    const pct = used + avail === 0 ? 0 : Math.floor((used * 100 + (used + avail) / 2) / (used + avail));
    let line = m.source.length > 20 ? `${m.source}\n${''.padEnd(20)}` : m.source.padEnd(20);
    if (type) line += ` ${m.type.padEnd(10)}`;
    line += ` ${num(m.sizeKb)} ${num(used)} ${num(avail)} ${String(pct).padStart(3)}% ${m.target}\n`;
    out += line;
  }
  ctx.stdout(out);
  return status;
}
