/**
 * User and group accounts as Dockerfiles create them: BusyBox `addgroup`/`adduser` (alpine),
 * Debian's `groupadd`/`useradd` and `addgroup`/`adduser --system`. They edit /etc/group and
 * /etc/passwd and create the home directory, with the tools' own wording for the usual mistakes.
 */
import type { Cmd, ShellCommandContext } from '../context';
import { errText } from './common';

interface Entry {
  name: string;
  id: number;
  fields: string[];
}

function table(ctx: ShellCommandContext, path: string): Entry[] {
  let text = '';
  try {
    text = ctx.fs.readFile(path);
  } catch {
    return [];
  }
  return text.split('\n').filter(Boolean).map((l) => {
    const f = l.split(':');
    return { name: f[0]!, id: Number(f[2]), fields: f };
  });
}

const append = (ctx: ShellCommandContext, path: string, line: string) => ctx.fs.writeFile(path, line + '\n', { append: true });

/** The next free id in [from, to] (system accounts count down from 999 on Debian, up from 100 on BusyBox). */
function freeId(taken: number[], from: number, to: number, step = 1): number {
  for (let id = from; step > 0 ? id <= to : id >= to; id += step) if (!taken.includes(id)) return id;
  return from;
}

/** Split argv into options (with values for those in `withValue`) and operands. */
function opts(argv: readonly string[], withValue: string): { o: Map<string, string>; rest: string[] } | string {
  const o = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (withValue.split(' ').includes(k)) {
        const val = v ?? argv[++i];
        if (val === undefined) return `option '--${k}' requires an argument`;
        o.set(k, val);
      } else o.set(k, '');
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (withValue.split(' ').includes(c)) {
          const val = a.slice(j + 1) || argv[++i];
          if (val === undefined) return `option requires an argument -- '${c}'`;
          o.set(c, val);
          break;
        }
        o.set(c, '');
      }
    } else rest.push(a);
  }
  return { o, rest };
}

function addGroupLine(ctx: ShellCommandContext, name: string, gid: number | null, system: boolean, busybox: boolean): number {
  const groups = table(ctx, '/etc/group');
  if (groups.some((g) => g.name === name)) {
    ctx.stderr(busybox ? `addgroup: group '${name}' in use\n` : `${ctx.argv[0]}: group '${name}' already exists\n`);
    return busybox ? 1 : 9;
  }
  if (gid !== null && groups.some((g) => g.id === gid)) {
    ctx.stderr(busybox ? `addgroup: gid '${gid}' in use\n` : `${ctx.argv[0]}: GID '${gid}' already exists\n`);
    return busybox ? 1 : 4;
  }
  const taken = groups.map((g) => g.id);
  const id = gid ?? (system ? (busybox ? freeId(taken, 100, 999) : freeId(taken, 999, 100, -1)) : freeId(taken, 1000, 59999));
  append(ctx, '/etc/group', `${name}:x:${id}:`);
  return 0;
}

function addUserLine(ctx: ShellCommandContext, u: { name: string; uid: number | null; group: string | null; home: string; shell: string; gecos: string; system: boolean; createHome: boolean; busybox: boolean; ownGroup: boolean }): number {
  const users = table(ctx, '/etc/passwd');
  if (users.some((x) => x.name === u.name)) {
    ctx.stderr(u.busybox ? `adduser: user '${u.name}' in use\n` : `${ctx.argv[0]}: user '${u.name}' already exists\n`);
    return u.busybox ? 1 : 9;
  }
  const taken = users.map((x) => x.id);
  const uid = u.uid ?? (u.system ? (u.busybox ? freeId(taken, 100, 999) : freeId(taken, 999, 100, -1)) : freeId(taken, 1000, 59999));
  let gid: number;
  if (u.group !== null) {
    const g = table(ctx, '/etc/group').find((x) => x.name === u.group || String(x.id) === u.group);
    if (!g) {
      ctx.stderr(u.busybox ? `adduser: unknown group ${u.group}\n` : `${ctx.argv[0]}: group '${u.group}' does not exist\n`);
      return u.busybox ? 1 : 6;
    }
    gid = g.id;
    if (u.busybox) {
      // BusyBox adds the user to the group's member list.
      const text = ctx.fs.readFile('/etc/group').split('\n').map((l) => (l.split(':')[0] === g.name ? l + (l.endsWith(':') ? '' : ',') + u.name : l)).join('\n');
      ctx.fs.writeFile('/etc/group', text);
    }
  } else if (!u.ownGroup) gid = 65534;
  else {
    const code = addGroupLine(ctx, u.name, u.busybox ? uid : null, u.system, u.busybox);
    if (code !== 0) return code;
    gid = table(ctx, '/etc/group').find((x) => x.name === u.name)!.id;
  }
  append(ctx, '/etc/passwd', `${u.name}:x:${uid}:${gid}:${u.gecos}:${u.home}:${u.shell}`);
  if (u.createHome && !ctx.fs.stat(u.home)) {
    ctx.fs.mkdir(u.home, { recursive: true, mode: 0o755 });
    ctx.fs.chown(u.home, uid, gid);
  }
  return 0;
}

const int = (v: string | undefined): number | null => (v === undefined || v === '' ? null : Number(v));

function guard(ctx: ShellCommandContext, run: () => number): number {
  try {
    return run();
  } catch (e) {
    ctx.stderr(`${ctx.argv[0]}: /etc/passwd: ${errText(e)}\n`);
    return 1;
  }
}

/** `addgroup` — BusyBox on alpine (`-S -g GID`), Debian's `addgroup [--system] [--gid N]` elsewhere. */
export const addgroup: Cmd = (ctx) => {
  const busybox = ctx.machine.shellName === 'sh' && !ctx.fs.stat('/usr/sbin/groupadd');
  const p = opts(ctx.argv.slice(1), busybox ? 'g' : 'gid');
  if (typeof p === 'string') return fail(ctx, p);
  const [name, member] = p.rest;
  if (!name) return fail(ctx, busybox ? 'usage: addgroup [-g GID] [-S] [USER] GROUP' : 'Only one or two names allowed.');
  if (member && busybox) return addMember(ctx, member, name);
  return guard(ctx, () => addGroupLine(ctx, name, int(p.o.get(busybox ? 'g' : 'gid')), p.o.has('S') || p.o.has('system'), busybox));
};

/** `adduser` — BusyBox (`-S -D -u UID -G GROUP -h HOME -s SHELL -H`), or Debian's long options. */
export const adduser: Cmd = (ctx) => {
  const busybox = ctx.machine.shellName === 'sh' && !ctx.fs.stat('/usr/sbin/useradd');
  const p = opts(ctx.argv.slice(1), busybox ? 'u G h s g k' : 'uid gid ingroup home shell gecos');
  if (typeof p === 'string') return fail(ctx, p);
  const name = p.rest[0];
  if (!name) return fail(ctx, busybox ? 'usage: adduser [OPTIONS] USER [GROUP]' : 'Only one or two names allowed.');
  const o = p.o;
  const system = o.has('S') || o.has('system');
  const group = busybox ? (o.get('G') ?? p.rest[1] ?? null) : (o.get('ingroup') ?? o.get('gid') ?? null);
  return guard(ctx, () =>
    addUserLine(ctx, {
      name,
      uid: int(busybox ? o.get('u') : o.get('uid')),
      group,
      home: (busybox ? o.get('h') : o.get('home')) ?? (system && !busybox ? '/nonexistent' : `/home/${name}`),
      shell: (busybox ? o.get('s') : o.get('shell')) ?? (system ? (busybox ? '/sbin/nologin' : '/usr/sbin/nologin') : busybox ? '/bin/sh' : '/bin/bash'),
      gecos: busybox ? 'Linux User,,,' : (o.get('gecos') ?? ''),
      system,
      createHome: busybox ? !o.has('H') : !o.has('no-create-home') && !system,
      busybox,
      // Debian's adduser --system joins nogroup unless --group; everyone else gets a group of their own.
      ownGroup: busybox || !system || o.has('group'),
    }),
  );
};

/** Debian `groupadd [-r] [-g GID] NAME`. */
export const groupadd: Cmd = (ctx) => {
  const p = opts(ctx.argv.slice(1), 'g gid');
  if (typeof p === 'string') return fail(ctx, p);
  const name = p.rest[0];
  if (!name) return fail(ctx, 'Usage: groupadd [options] GROUP', 2);
  return guard(ctx, () => addGroupLine(ctx, name, int(p.o.get('g') ?? p.o.get('gid')), p.o.has('r') || p.o.has('system'), false));
};

/** Debian `useradd [-r] [-m] [-u UID] [-g GROUP] [-d HOME] [-s SHELL] NAME`. */
export const useradd: Cmd = (ctx) => {
  const p = opts(ctx.argv.slice(1), 'u uid g gid d home-dir s shell c comment G groups');
  if (typeof p === 'string') return fail(ctx, p);
  const name = p.rest[0];
  if (!name) return fail(ctx, 'Usage: useradd [options] LOGIN', 2);
  const o = p.o;
  const group = o.get('g') ?? o.get('gid') ?? null;
  return guard(ctx, () =>
    addUserLine(ctx, {
      name,
      uid: int(o.get('u') ?? o.get('uid')),
      group,
      home: o.get('d') ?? o.get('home-dir') ?? `/home/${name}`,
      shell: o.get('s') ?? o.get('shell') ?? '/bin/sh',
      gecos: o.get('c') ?? o.get('comment') ?? '',
      system: o.has('r') || o.has('system'),
      createHome: o.has('m') || o.has('create-home'),
      busybox: false,
      ownGroup: true,
    }),
  );
};

function addMember(ctx: ShellCommandContext, user: string, group: string): number {
  const lines = ctx.fs.readFile('/etc/group').split('\n');
  const i = lines.findIndex((l) => l.split(':')[0] === group);
  if (i < 0) return fail(ctx, `unknown group ${group}`);
  lines[i] = lines[i]! + (lines[i]!.endsWith(':') ? '' : ',') + user;
  ctx.fs.writeFile('/etc/group', lines.join('\n'));
  return 0;
}

function fail(ctx: ShellCommandContext, msg: string, code = 1): number {
  ctx.stderr(`${ctx.argv[0]}: ${msg}\n`);
  return code;
}
