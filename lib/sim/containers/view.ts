/**
 * A container as a place to run things: its composed filesystem (image layers, init files,
 * writable layer, volumes, bind mounts, tmpfs, cgroup files) and the shell's Machine for it.
 */
import type { Machine } from '../../shell/types';
import { advance } from '../core/clock';
import { hostOf, type Engine } from '../core/engine';
import { EngineError } from '../core/errors';
import { MountedFs, type MountPoint } from '../fs/mounts';
import { OverlayFs } from '../fs/overlay';
import { OwnerFs } from '../fs/owner-fs';
import { LazyFs } from '../fs/overlay-lazy';
import type { FileSystem } from '../fs/types';
import { resolvePath } from '../fs/path';
import { imageLayers } from '../images/store';
import { volumeFs } from '../volumes/volumes';
import { cgroupLayer, initLayer } from './init-layer';
import { usageOf } from './usage';
import type { ContainerRecord } from './types';

export interface ResolvedUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

export interface ViewOptions {
  now?: () => number;
  /** Mounted over the container's own (an exec'd process's /proc/self). */
  mounts?: readonly MountPoint[];
}

export function containerFs(eng: Engine, c: ContainerRecord, opts: ViewOptions = {}): FileSystem {
  const now = opts.now ?? (() => eng.world.clock);
  const host = hostOf(eng);
  const image = host.images[c.imageId];
  const lowers = image ? imageLayers(host, image) : [];
  const root = new OverlayFs([c.upper, initLayer(c), ...lowers], { writable: true, now });
  const mounts: MountPoint[] = [];
  const empty = () => new OverlayFs([{ entries: {} }], { writable: true, now });
  for (const m of c.mounts) {
    if (m.Type === 'volume') {
      const vol = host.volumes[m.Name ?? ''];
      mounts.push({ target: m.Destination, fs: vol ? volumeFs(eng, vol) : empty(), source: '/', readOnly: !m.RW });
    } else if (m.Type === 'bind') {
      mounts.push({ target: m.Destination, fs: eng.rt.hostFs ?? empty(), source: m.Source, readOnly: !m.RW });
    } else {
      const data = (c.tmpfs[m.Destination] ??= { entries: { '/': { t: 'd', mode: tmpfsMode(c, m.Destination), uid: 0, gid: 0, mtime: now() } } });
      mounts.push({ target: m.Destination, fs: new OverlayFs([data], { writable: true, now }), source: '/', readOnly: !m.RW });
    }
  }
  mounts.push({ target: '/sys/fs/cgroup', fs: new LazyFs(() => new OverlayFs([cgroupLayer(host, c, usageOf(eng, c))], { writable: false, now })), source: '/', readOnly: true });
  if (opts.mounts) mounts.push(...opts.mounts);
  return new MountedFs(root, mounts, c.hostConfig.ReadonlyRootfs);
}

/** A tmpfs mount's mode: `--tmpfs /x:mode=1770` or `--mount type=tmpfs,tmpfs-mode=1770`; 1777 by default. */
function tmpfsMode(c: ContainerRecord, target: string): number {
  const opt = (c.hostConfig.Tmpfs?.[target] ?? '').split(',').find((o) => o.startsWith('mode='));
  if (opt && /^[0-7]+$/.test(opt.slice(5))) return parseInt(opt.slice(5), 8);
  return c.hostConfig.Mounts?.find((x) => x.Type === 'tmpfs' && x.Target === target)?.TmpfsOptions?.Mode ?? 0o1777;
}

/** Colon-separated records of passwd/group files by content (a handful of distinct files in a session). */
const parsedRecords = new Map<string, readonly string[][]>();
const PARSED_MAX = 64;

function records(text: string): readonly string[][] {
  let out = parsedRecords.get(text);
  if (!out) {
    out = text.split('\n').map((l) => l.split(':'));
    if (parsedRecords.size >= PARSED_MAX) parsedRecords.delete(parsedRecords.keys().next().value!);
    parsedRecords.set(text, out);
  }
  return out;
}

/** Parse `/etc/passwd` and `/etc/group` to resolve `user`, `uid`, `user:group`, `uid:gid`. */
export function resolveUser(fs: FileSystem, spec: string): ResolvedUser {
  const [u = '', g] = spec.split(':', 2);
  const read = (p: string) => {
    try {
      return fs.readFile(p);
    } catch {
      return '';
    }
  };
  const passwd = records(read('/etc/passwd'));
  const name = u === '' ? 'root' : u;
  const entry = passwd.find((f) => f[0] === name) ?? (/^\d+$/.test(name) ? passwd.find((f) => f[2] === name) : undefined);
  let res: ResolvedUser;
  if (entry) res = { name: entry[0]!, uid: Number(entry[2]), gid: Number(entry[3]), home: entry[5] || '/' };
  else if (/^\d+$/.test(name)) res = { name, uid: Number(name), gid: Number(name), home: '/' };
  else if (name === 'root' && u === '') res = { name: 'root', uid: 0, gid: 0, home: '/' };
  else throw new EngineError('unknown', `unable to find user ${name}: no matching entries in passwd file`);
  if (g !== undefined && g !== '') {
    if (/^\d+$/.test(g)) res.gid = Number(g);
    else {
      const grp = records(read('/etc/group')).find((f) => f[0] === g);
      if (!grp) throw new EngineError('unknown', `unable to find group ${g}: no matching entries in group file`);
      res.gid = Number(grp[2]);
    }
  }
  return res;
}

export type ExecLookup = { ok: true; path: string } | { ok: false; reason: 'missing' | 'denied' | 'dir' };

/**
 * exec(3)-style lookup (Go's exec.LookPath, run by runc after its chdir): a name with a `/` is a
 * path, relative ones against the process's working directory `cwd`; other names go along PATH.
 */
export function findExecutable(fs: FileSystem, name: string, path: string, cwd = '/'): ExecLookup {
  const slash = name.includes('/');
  const dirs = slash ? null : pathDirs(path);
  const n = dirs ? dirs.length : 1;
  let sawDenied = false;
  for (let i = 0; i < n; i++) {
    const p = dirs ? `${dirs[i]}/${name}` : resolvePath(cwd, name);
    const st = fs.stat(p);
    if (!st) continue;
    if (st.type === 'dir') {
      if (slash) return { ok: false, reason: 'dir' };
      continue;
    }
    if ((st.mode & 0o111) === 0) {
      sawDenied = true;
      continue;
    }
    return { ok: true, path: p };
  }
  return { ok: false, reason: sawDenied ? 'denied' : 'missing' };
}

/** A PATH's non-empty directories, split once per distinct value (a handful in a session). */
const splitPaths = new Map<string, readonly string[]>();

function pathDirs(path: string): readonly string[] {
  let dirs = splitPaths.get(path);
  if (!dirs) {
    dirs = path.split(':').filter(Boolean);
    if (splitPaths.size >= 64) splitPaths.clear();
    splitPaths.set(path, dirs);
  }
  return dirs;
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface MachineOptions {
  /** Process-local clock (main processes run "in the background" of simulated time). */
  clock?: Machine['clock'];
  user?: string;
  env?: Record<string, string>;
  /** An exec's own terminal (`docker exec -t`), which decides TERM instead of the container's. */
  tty?: boolean;
  shell?: 'bash' | 'sh';
  /** A view already built for this container (saves rebuilding it). */
  fs?: FileSystem;
  /** The process's user already resolved against `fs` (saves reading /etc/passwd again). */
  resolved?: ResolvedUser;
}

/** The shell's Machine for a container: hostname, user, filesystem, environment, tools. */
export function machineFor(eng: Engine, c: ContainerRecord, opts: MachineOptions = {}): Machine {
  const view = opts.fs ?? containerFs(eng, c);
  const user = opts.resolved && opts.fs ? opts.resolved : resolveUser(view, opts.user ?? c.config.User);
  const fs = user.uid === 0 ? view : new OwnerFs(view, user.uid, user.gid);
  // Container.CreateDaemonEnvironment: PATH, HOSTNAME, TERM (a terminal only), then the container's
  // Env replaces or appends (an exec's -e after it); runc adds HOME last when nothing set it.
  // Assigned in turn (not spread): later values win, first keys keep their place.
  const env: Record<string, string> = { PATH: DEFAULT_PATH, HOSTNAME: c.config.Hostname };
  if (opts.tty ?? c.config.Tty) env['TERM'] = 'xterm';
  for (const e of c.config.Env) {
    const i = e.indexOf('=');
    if (i > 0) env[e.slice(0, i)] = e.slice(i + 1);
  }
  for (const k in opts.env) env[k] = opts.env[k]!;
  if (!('HOME' in env)) env['HOME'] = user.home;
  let shell = opts.shell;
  return {
    hostname: c.config.Hostname,
    user,
    fs,
    commands: eng.rt.toolsFor?.(eng, c) ?? {},
    clock: opts.clock ?? { now: () => eng.world.clock, advance: (ms: number) => advance(eng, ms) },
    env,
    // Looked up when first asked (prompts and error prefixes): most background runs never ask.
    get shellName() {
      return (shell ??= fs.stat('/bin/bash') !== null || fs.stat('/usr/bin/bash') !== null ? 'bash' : 'sh');
    },
  };
}

/**
 * The program name to hand to the shell: image binaries are placeholders (declared size, no
 * content), so `/bin/echo` or `/usr/bin/env` run as the shell's own `echo`/`env` (as busybox
 * applets would); real scripts (an entrypoint with content) keep their path.
 */
export function programFor(fs: FileSystem, argv0: string, cwd = '/'): string {
  if (!argv0.includes('/')) return argv0;
  try {
    const at = resolvePath(cwd, argv0);
    const st = fs.stat(at);
    if (st?.type === 'file' && st.size > 0 && fs.readFile(at) === '') return argv0.slice(argv0.lastIndexOf('/') + 1);
  } catch {
    /* keep the path */
  }
  return argv0;
}
