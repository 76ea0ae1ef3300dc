/**
 * ls (GNU coreutils 9 behaviour, no colours): -l -a -A -h -R -1 -d -F -t -S -r -n --full-time,
 * columns on a terminal and one name per line otherwise, `total` in 1K blocks, C-locale order.
 * On BusyBox machines (alpine/busybox images) rows, sizes, dates and columns take BusyBox's
 * layout (ls-busybox.ts) and a missing operand exits 1.
 */
import type { Stat } from '../../sim/fs/types';
import type { Cmd, ShellCommandContext } from '../context';
import { abs, errText, fail, idNames, parseArgs } from './common';
import { formatColumns, lsDate, modeString, humanSize } from './ls-format';
import { busybox } from './fileops';
import { busyboxHuman } from './df-busybox';
import { busyboxColumns, busyboxDate, busyboxFullTime, busyboxHumanTotal, busyboxLongRow, type BusyboxRow } from './ls-busybox';

interface Entry {
  name: string;
  path: string;
  st: Stat;
  target?: string;
}

interface Opts {
  long: boolean;
  all: boolean;
  almost: boolean;
  human: boolean;
  recursive: boolean;
  one: boolean;
  dirsAsFiles: boolean;
  classify: boolean;
  numeric: boolean;
  sort: 'name' | 'time' | 'size';
  reverse: boolean;
  fullTime: boolean;
  busybox: boolean;
}

export const ls: Cmd = ctx => {
  const parsed = parseArgs(ctx, {
    bool: 'laAhR1dFtSrnC',
    long: { all: 'a', 'almost-all': 'A', 'human-readable': 'h', recursive: 'R', directory: 'd', classify: 'F', 'color=': 'color', color: 'color', 'numeric-uid-gid': 'n', reverse: 'r', 'full-time': 'full-time' },
  }, 2);
  if (typeof parsed === 'number') return parsed;
  const f = parsed.flags;
  const o: Opts = {
    long: f.has('l') || f.has('n') || f.has('full-time'),
    all: f.has('a'),
    almost: f.has('A'),
    human: f.has('h'),
    recursive: f.has('R'),
    one: f.has('1'),
    dirsAsFiles: f.has('d'),
    classify: f.has('F'),
    numeric: f.has('n'),
    sort: f.has('t') ? 'time' : f.has('S') ? 'size' : 'name',
    reverse: f.has('r'),
    fullTime: f.has('full-time'),
    busybox: busybox(ctx),
  };
  // GNU: 2 for a missing operand; BusyBox: 1.
  const failed = o.busybox ? 1 : 2;
  const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
  let status = 0;
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const op of operands) {
    const path = abs(ctx, op);
    let st: Stat | null;
    try {
      st = ctx.fs.lstat(path);
      if (st?.type === 'symlink' && !(o.dirsAsFiles || (o.long && !op.endsWith('/')))) st = ctx.fs.stat(path) ?? st;
    } catch (e) {
      status = failed;
      fail(ctx, o.busybox ? `${op}: ${errText(e)}` : `cannot access '${op}': ${errText(e)}`);
      continue;
    }
    if (!st) {
      status = failed;
      fail(ctx, o.busybox ? `${op}: No such file or directory` : `cannot access '${op}': No such file or directory`);
      continue;
    }
    const entry = withTarget(ctx, { name: op, path, st });
    if (st.type === 'dir' && !o.dirsAsFiles) dirs.push(entry);
    else files.push(entry);
  }
  const out: string[] = [];
  // User and group names only for a long listing with names (reading passwd and group costs a walk each).
  const names = o.long && !o.numeric ? idNames(ctx.fs) : null;
  if (files.length > 0) out.push(render(ctx, sortEntries(files, o), o, names, false));
  const showHeaders = operands.length > 1 || o.recursive;
  const queue = sortEntries(dirs, o);
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i] as Entry;
    let children: Entry[];
    try {
      children = listDir(ctx, dir, o);
    } catch (e) {
      status = failed;
      fail(ctx, o.busybox ? `can't open '${dir.name}': ${errText(e)}` : `cannot open directory '${dir.name}': ${errText(e)}`);
      continue;
    }
    const body = render(ctx, children, o, names, true);
    out.push((showHeaders ? `${dir.name}:\n` : '') + body);
    if (o.recursive) {
      const subdirs = children.filter(c => c.st.type === 'dir' && c.name !== '.' && c.name !== '..');
      queue.splice(i + 1, 0, ...subdirs.map(c => ({ ...c, name: joinName(dir.name, c.name) })));
    }
  }
  ctx.stdout(out.filter(s => s !== '').join('\n'));
  return status;
};

function joinName(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function withTarget(ctx: ShellCommandContext, e: Entry): Entry {
  if (e.st.type === 'symlink') {
    try {
      e.target = ctx.fs.readlink(e.path);
    } catch {
      e.target = '';
    }
  }
  return e;
}

/** The status of an entry listed by name only: never read (see listDir). */
const NOT_LOOKED_AT: Stat = Object.freeze({ type: 'file', size: 0, mode: 0, uid: 0, gid: 0, mtime: 0 });

function listDir(ctx: ShellCommandContext, dir: Entry, o: Opts): Entry[] {
  const names = ctx.fs.readdir(dir.path);
  const entries: Entry[] = [];
  if (o.all) {
    entries.push({ name: '.', path: dir.path, st: dir.st.type === 'dir' ? dir.st : (ctx.fs.stat(dir.path) as Stat) });
    const parent = dir.path === '/' ? '/' : dir.path.replace(/\/[^/]+\/?$/, '') || '/';
    entries.push({ name: '..', path: parent, st: ctx.fs.stat(parent) as Stat });
  }
  // Names alone (no -l, -F, -R, -t, -S): the files themselves are not looked at.
  const namesOnly = !o.long && !o.classify && !o.recursive && o.sort === 'name';
  for (const name of names) {
    if (name.startsWith('.') && !o.all && !o.almost) continue;
    const path = joinName(dir.path, name);
    if (namesOnly) {
      entries.push({ name, path, st: NOT_LOOKED_AT });
      continue;
    }
    const st = ctx.fs.lstat(path);
    if (st) entries.push(withTarget(ctx, { name, path, st }));
  }
  return sortEntries(entries, o);
}

function sortEntries(entries: Entry[], o: Opts): Entry[] {
  const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const cmp = o.sort === 'time' ? (a: Entry, b: Entry) => b.st.mtime - a.st.mtime || byName(a, b) : o.sort === 'size' ? (a: Entry, b: Entry) => b.st.size - a.st.size || byName(a, b) : byName;
  const sorted = [...entries].sort(cmp);
  return o.reverse ? sorted.reverse() : sorted;
}

function suffix(e: Entry, o: Opts): string {
  if (!o.classify) return '';
  if (e.st.type === 'dir') return '/';
  if (e.st.type === 'symlink') return o.long ? '' : '@';
  return e.st.mode & 0o111 ? '*' : '';
}

function render(ctx: ShellCommandContext, entries: Entry[], o: Opts, names: ReturnType<typeof idNames> | null, isDir: boolean): string {
  if (!o.long) {
    const shown = entries.map(e => e.name + suffix(e, o));
    if (shown.length === 0) return '';
    if (o.one || !ctx.io.outTty) return shown.join('\n') + '\n';
    const width = Number(ctx.env.COLUMNS) || 80;
    return o.busybox ? busyboxColumns(shown, width) : formatColumns(shown, width);
  }
  const now = ctx.machine.clock.now();
  const rows = entries.map(e => longRow(ctx, e, o, names, now));
  if (o.busybox) {
    const total = isDir ? `total ${o.human ? busyboxHumanTotal(totalBlocks(entries)) : totalBlocks(entries)}\n` : '';
    return total + rows.map(r => busyboxLongRow(r, o.human) + '\n').join('');
  }
  const width = (pick: (r: BusyboxRow) => string | number) => Math.max(0, ...rows.map(r => String(pick(r)).length));
  const [wl, wu, wg, ws] = [width(r => r.links), width(r => r.user), width(r => r.group), width(r => r.size)];
  let out = '';
  if (isDir) out += `total ${o.human ? humanSize(totalBlocks(entries) * 1024) : totalBlocks(entries)}\n`;
  for (const r of rows) {
    out += `${r.mode} ${String(r.links).padStart(wl)} ${r.user.padEnd(wu)} ${r.group.padEnd(wg)} ${r.size.padStart(ws)} ${r.date} ${r.name}\n`;
  }
  return out;
}

/** One entry's long-listing fields, sizes and dates in this machine's dialect (GNU or BusyBox). */
function longRow(ctx: ShellCommandContext, e: Entry, o: Opts, names: ReturnType<typeof idNames> | null, now: number): BusyboxRow {
  const human = o.busybox ? busyboxHuman : humanSize;
  const date = o.fullTime ? (o.busybox ? busyboxFullTime : gnuFullTime)(e.st.mtime) : o.busybox ? busyboxDate(e.st.mtime, now) : lsDate(e.st.mtime, now);
  return {
    mode: modeString(e.st),
    links: e.st.type === 'dir' ? 2 + subdirCount(ctx, e) : 1,
    user: names ? names.user(e.st.uid) : String(e.st.uid),
    group: names ? names.group(e.st.gid) : String(e.st.gid),
    size: o.human ? human(e.st.size) : String(e.st.size),
    date,
    name: e.name + suffix(e, o) + (e.target !== undefined ? ` -> ${e.target}` : ''),
  };
}

/** GNU `--full-time`: `2026-11-24 05:59:04.000000000 +0000` (the simulator keeps milliseconds). */
function gnuFullTime(mtime: number): string {
  const iso = new Date(mtime).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000000 +0000`;
}

function subdirCount(ctx: ShellCommandContext, e: Entry): number {
  try {
    return ctx.fs.readdir(e.path).filter(n => ctx.fs.lstat(`${e.path === '/' ? '' : e.path}/${n}`)?.type === 'dir').length;
  } catch {
    return 0;
  }
}

/** 1K blocks as GNU ls counts them on ext4 (4K allocation units). */
function totalBlocks(entries: Entry[]): number {
  let blocks = 0;
  for (const e of entries) {
    if (e.st.type === 'dir') blocks += 4;
    else if (e.st.type === 'file') blocks += Math.ceil(e.st.size / 4096) * 4;
  }
  return blocks;
}
