/**
 * Reports about the machine: printenv, df (from /proc/mounts), free, uptime and bash's ulimit
 * (from /proc/self/limits). The host seeds those /proc files; each container's init layer writes
 * its own (overlay root, /dev, /dev/shm, tmpfs and volume mounts, --ulimit values). Disk and
 * memory figures are the simulated host's fixed ones (a container sees the host's, as in Linux).
 */
import type { Cmd, ShellCommandContext } from '../context';
import { parseArgs, usageError } from './common';
import { HOST_BOOT_TIME, HOST_DISK_KB, HOST_MEM_KB } from '../../sim/fs/machine-facts';
import { busyboxDf, type DfMount } from './df-busybox';

export const printenv: Cmd = (ctx) => {
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    ctx.stdout(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(''));
    return 0;
  }
  let status = 0;
  for (const n of names) {
    if (Object.hasOwn(ctx.env, n)) ctx.stdout(`${ctx.env[n]}\n`);
    else status = 1;
  }
  return status;
};

const read = (ctx: ShellCommandContext, path: string): string | null => {
  try {
    return ctx.fs.readFile(path);
  } catch {
    return null;
  }
};

/** `df -h` sizes: 1024-based, one decimal below 10 (GNU human_readable, rounding up). */
function human(kb: number): string {
  if (kb === 0) return '0';
  const units = ['K', 'M', 'G', 'T'];
  let v = kb;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (u === 0 && v < 1024) return `${Math.ceil(v)}K`;
  return v < 10 ? `${(Math.ceil(v * 10) / 10).toFixed(1)}${units[u]}` : `${Math.ceil(v)}${units[u]}`;
}

type MountLine = DfMount;

const DUMMY = new Set(['proc', 'sysfs', 'cgroup2', 'devpts', 'mqueue']);

function mounts(ctx: ShellCommandContext): MountLine[] {
  const text = read(ctx, '/proc/mounts') ?? `/dev/sda1 / ext4 rw,relatime 0 0\n`;
  const out: MountLine[] = [];
  for (const line of text.split('\n')) {
    const [source, target, type, opts = ''] = line.split(' ');
    if (!source || !target || !type || DUMMY.has(type)) continue;
    out.push({ source, target, type, sizeKb: type === 'tmpfs' ? tmpfsSizeKb(opts) : HOST_DISK_KB.size });
  }
  return out;
}

/** A tmpfs's size from its mount options (`size=16384k`; the kernel's default is half the RAM). */
function tmpfsSizeKb(opts: string): number {
  const m = /(?:^|,)size=(\d+)([kmg]?)(?:,|$)/i.exec(opts);
  if (!m) return Math.floor(HOST_MEM_KB / 2);
  const scale = { '': 1 / 1024, k: 1, m: 1024, g: 1024 * 1024 }[m[2]!.toLowerCase()] ?? 1;
  return Math.floor(Number(m[1]) * scale);
}

export const df: Cmd = (ctx) => {
  const a = parseArgs(ctx, { bool: 'hkaT', long: { 'human-readable': 'h', all: 'a', 'print-type': 'T' } });
  if (typeof a === 'number') return a;
  if (ctx.machine.shellName === 'sh') return busyboxDf(ctx, mounts(ctx), a.flags, a.operands);
  let list = mounts(ctx);
  // One line per device unless -a (GNU df keeps the first mount of /dev/sda1 after the root).
  if (!a.flags.has('a')) list = list.filter((m, i) => m.type === 'tmpfs' || m.type === 'overlay' || !list.slice(0, i).some((o) => o.source === m.source));
  if (a.operands.length > 0) {
    const picked: MountLine[] = [];
    for (const op of a.operands) {
      const path = op.startsWith('/') ? op : `${ctx.cwd}/${op}`;
      if (!ctx.fs.stat(path)) {
        ctx.stderr(`df: ${op}: No such file or directory\n`);
        continue;
      }
      const all = mounts(ctx).filter((m) => m.target === '/' || path === m.target || path.startsWith(m.target + '/'));
      picked.push(all.sort((x, y) => y.target.length - x.target.length)[0]!);
    }
    if (picked.length === 0) return 1;
    list = picked;
  }
  const h = a.flags.has('h');
  const rows = list.map((m) => {
    const disk = m.type !== 'tmpfs';
    const used = disk ? HOST_DISK_KB.used : 0;
    const avail = disk ? HOST_DISK_KB.avail : m.sizeKb;
    const pct = m.sizeKb === 0 ? '-' : `${Math.ceil((used * 100) / (used + avail))}%`;
    const n = (kb: number) => (h ? human(kb) : String(kb));
    return [m.source, ...(a.flags.has('T') ? [m.type] : []), n(m.sizeKb), n(used), n(avail), pct, m.target];
  });
  const head = ['Filesystem', ...(a.flags.has('T') ? ['Type'] : []), h ? 'Size' : '1K-blocks', 'Used', h ? 'Avail' : 'Available', 'Use%', 'Mounted on'];
  const all = [head, ...rows];
  // GNU df's minimum column widths: source 14, sizes 5 (-h) or 9/8/9, Use% 4.
  const mins = [14, ...(a.flags.has('T') ? [4] : []), ...(h ? [5, 5, 5] : [9, 8, 9]), 4, 0];
  const widths = head.map((_, i) => Math.max(mins[i] ?? 0, ...all.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 || (a.flags.has('T') && i === 1) ? c.padEnd(i === r.length - 1 ? 0 : widths[i]!) : c.padStart(widths[i]!))).join(' ');
  ctx.stdout(all.map((r) => fmt(r).trimEnd() + '\n').join(''));
  return 0;
};

export const free: Cmd = (ctx) => {
  const a = parseArgs(ctx, { bool: 'bkmght', long: { bytes: 'b', kibi: 'k', mebi: 'm', gibi: 'g', human: 'h', total: 't' } });
  if (typeof a === 'number') return a;
  if (a.operands.length > 0) return usageError(ctx, `unrecognized option '${a.operands[0]}'`);
  const kb = { total: HOST_MEM_KB, used: 1_245_312, free: 5_130_240, shared: 12_288, cache: 1_722_880 };
  const avail = kb.free + kb.cache - kb.shared - 30_000;
  const swap = 2_097_148;
  const unit = (v: number): string => {
    if (a.flags.has('h')) {
      const [n, u] = v >= 1048576 ? [v / 1048576, 'Gi'] : v >= 1024 ? [v / 1024, 'Mi'] : [v, 'Ki'];
      return n === 0 ? '0B' : n < 10 ? `${n.toFixed(1)}${u}` : `${Math.round(n)}${u}`;
    }
    if (a.flags.has('b')) return String(v * 1024);
    if (a.flags.has('m')) return String(Math.floor(v / 1024));
    if (a.flags.has('g')) return String(Math.floor(v / 1048576));
    return String(v);
  };
  const row = (label: string, cells: number[]) => label.padEnd(7) + cells.map((c) => unit(c).padStart(12)).join('') + '\n';
  let out = ' '.repeat(15) + 'total        used        free      shared  buff/cache   available\n';
  out += row('Mem:', [kb.total, kb.used, kb.free, kb.shared, kb.cache, avail]);
  out += row('Swap:', [swap, 0, swap]);
  if (a.flags.has('t')) out += row('Total:', [kb.total + swap, kb.used, kb.free + swap]);
  ctx.stdout(out);
  return 0;
};

export const uptime: Cmd = (ctx) => {
  const now = ctx.machine.clock.now();
  const up = Math.max(60, Math.floor((now - HOST_BOOT_TIME) / 1000));
  const t = new Date(now).toISOString().slice(11, 19);
  const days = Math.floor(up / 86400);
  const h = Math.floor((up % 86400) / 3600);
  const m = Math.floor((up % 3600) / 60);
  const dayPart = days > 0 ? `${days} day${days === 1 ? '' : 's'}, ` : '';
  const clock = h > 0 ? `${String(h).padStart(2)}:${String(m).padStart(2, '0')}` : `${m} min`;
  if (ctx.argv[1] === '-p' || ctx.argv[1] === '--pretty') {
    const parts = [days ? `${days} day${days === 1 ? '' : 's'}` : '', h ? `${h} hour${h === 1 ? '' : 's'}` : '', m ? `${m} minute${m === 1 ? '' : 's'}` : ''].filter(Boolean);
    ctx.stdout(`up ${parts.join(', ')}\n`);
    return 0;
  }
  ctx.stdout(` ${t} up ${dayPart}${clock},  1 user,  load average: 0.08, 0.03, 0.01\n`);
  return 0;
};

const LIMITS: Array<[flag: string, label: string, proc: string, unit: string]> = [
  ['c', 'core file size', 'Max core file size', 'blocks'],
  ['f', 'file size', 'Max file size', 'blocks'],
  ['l', 'max locked memory', 'Max locked memory', 'kbytes'],
  ['n', 'open files', 'Max open files', ''],
  ['s', 'stack size', 'Max stack size', 'kbytes'],
  ['u', 'max user processes', 'Max processes', ''],
  ['v', 'virtual memory', 'Max address space', 'kbytes'],
];

/** bash's ulimit: soft limits (-H for hard) read from /proc/self/limits; -a lists them. */
export const ulimit: Cmd = (ctx) => {
  const text = read(ctx, '/proc/self/limits') ?? '';
  const value = (proc: string, hard: boolean, unit: string): string => {
    const line = text.split('\n').find((l) => l.startsWith(proc));
    const cols = line ? line.slice(26).trim().split(/\s+/) : ['unlimited', 'unlimited'];
    const v = cols[hard ? 1 : 0] ?? 'unlimited';
    if (v === 'unlimited' || unit === '') return v;
    return String(Math.floor(Number(v) / (unit === 'kbytes' ? 1024 : 512)));
  };
  let hard = false;
  const wanted: string[] = [];
  for (const arg of ctx.argv.slice(1)) {
    if (!arg.startsWith('-')) {
      ctx.stderr(`${ctx.sh.errPrefix()}ulimit: cannot modify limit: Operation not permitted\n`);
      return 1;
    }
    for (const c of arg.slice(1)) {
      if (c === 'H') hard = true;
      else if (c === 'S') hard = false;
      else if (c === 'a') wanted.push(...LIMITS.map((l) => l[0]));
      else if (LIMITS.some((l) => l[0] === c)) wanted.push(c);
      else {
        ctx.stderr(`${ctx.sh.errPrefix()}ulimit: -${c}: invalid option\nulimit: usage: ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]\n`);
        return 2;
      }
    }
  }
  const list = wanted.length === 0 ? ['f'] : wanted;
  const many = list.length > 1;
  for (const f of list) {
    const [, label, proc, unit] = LIMITS.find((l) => l[0] === f)!;
    const v = value(proc, hard, unit);
    const tag = unit ? `(${unit}, -${f})` : `(-${f})`;
    ctx.stdout(many ? `${label.padEnd(40 - tag.length)}${tag} ${v}\n` : `${v}\n`);
  }
  return 0;
};
