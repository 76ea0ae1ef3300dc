/**
 * The sandbox a RUN step executes in (BuildKit's `buildkitsandbox`): the stage's layers with a
 * fresh writable upper layer (the step's diff), the RUN mounts (cache, bind, tmpfs, secrets),
 * the stage's user, environment and working directory, and the build's package tools.
 */
import type { CommandFn, Machine } from '../../../shell/types';
import { advance } from '../../core/clock';
import type { Engine } from '../../core/engine';
import { MountedFs, type MountPoint } from '../../fs/mounts';
import { OverlayFs } from '../../fs/overlay';
import { normPath, type LayerData } from '../../fs/overlay-data';
import type { FileSystem } from '../../fs/types';
import { cacheMount } from '../cache';
import { DockerfileError, type LineRange } from '../dockerfile/errors';
import { secretId, secretTarget, type RunMount } from './run-mounts';

export interface SandboxSpec {
  eng: Engine;
  layers: readonly LayerData[];
  mounts: readonly RunMount[];
  /** Source filesystems for bind mounts, by mount index (context or a stage). */
  bindSources: ReadonlyArray<FileSystem | null>;
  secrets: ReadonlyMap<string, string>;
  user: string;
  cwd: string;
  env: Record<string, string>;
  /** Extra commands on the sandbox (package tools). */
  tools: Record<string, CommandFn>;
  location: readonly LineRange[];
  /** A heredoc script run as a file (`RUN <<EOF` starting with `#!`). */
  script?: { path: string; data: string };
}

export interface Sandbox {
  machine: Machine;
  upper: LayerData;
  env: Record<string, string>;
  /** Writable mounts' data by target (cache mounts keep what the step wrote there). */
  mounted: Array<{ target: string; data: LayerData }>;
}

function readUser(fs: FileSystem, spec: string, location: readonly LineRange[]): Machine['user'] {
  const [name = '', group] = spec.split(':', 2);
  let passwd: string[][] = [];
  try {
    passwd = fs.readFile('/etc/passwd').split('\n').map((l) => l.split(':'));
  } catch {
    /* no passwd: numeric users only */
  }
  const who = name === '' ? 'root' : name;
  const entry = passwd.find((f) => f[0] === who) ?? (/^\d+$/.test(who) ? passwd.find((f) => f[2] === who) : undefined);
  let user: Machine['user'];
  if (entry) user = { name: entry[0]!, uid: Number(entry[2]), gid: Number(entry[3]), home: entry[5] || '/' };
  else if (/^\d+$/.test(who)) user = { name: who, uid: Number(who), gid: Number(who), home: '/' };
  else throw new DockerfileError(`unable to find user ${who}: no matching entries in passwd file`, location);
  if (group && /^\d+$/.test(group)) user.gid = Number(group);
  return user;
}

const fileLayer = (path: string, data: string, mode: number, uid = 0, gid = 0): LayerData => ({ entries: { [path]: { t: 'f', mode, uid, gid, mtime: 0, data } } });

export function makeSandbox(s: SandboxSpec): Sandbox {
  const now = () => s.eng.world.clock;
  const upper: LayerData = { entries: {} };
  // mount points (and their parents) are created in a layer of their own, left out of the diff
  const stubs: LayerData = { entries: {} };
  const stubFs = new OverlayFs([stubs, ...s.layers], { writable: true, now });
  const root = new OverlayFs([upper, stubs, ...s.layers], { writable: true, now });
  const mountPoint = (path: string, dir: boolean) => {
    if (root.stat(path)) return;
    stubFs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
    if (dir) stubFs.mkdir(path, { recursive: true });
    else stubFs.writeFile(path, '');
  };
  const user = readUser(root, s.user, s.location);
  if (!root.stat(s.cwd)) root.mkdir(s.cwd, { recursive: true });
  const env = { ...s.env };
  const points: MountPoint[] = [];
  const mounted: Sandbox['mounted'] = [];
  s.mounts.forEach((m, i) => {
    if (m.type === 'secret') {
      const id = secretId(m);
      const value = s.secrets.get(id);
      if (value === undefined) {
        if (m.required) throw new DockerfileError(`secret ${id}: not found`, s.location);
        return;
      }
      if (m.env) env[m.env] = value;
      const target = secretTarget(m);
      if (!target) return;
      mountPoint(target, false);
      points.push({ target, fs: new OverlayFs([fileLayer('/secret', value, m.mode ?? 0o400, m.uid ?? 0, m.gid ?? 0)], { writable: false, now }), source: '/secret', readOnly: true });
      return;
    }
    if (m.type === 'ssh') return;
    const rel = m.target.startsWith('/') ? m.target : `${s.cwd}/${m.target}`;
    const target = normPath(rel);
    if (target === '/') throw new DockerfileError(`invalid mount target ${JSON.stringify(target)}`, s.location);
    const src = m.type === 'bind' ? s.bindSources[i] : null;
    mountPoint(target, m.type !== 'bind' || src?.stat(normPath('/' + m.source))?.type === 'dir');
    if (m.type === 'cache') {
      const data = cacheMount(s.eng, m.id || target);
      mounted.push({ target, data });
      points.push({ target, fs: new OverlayFs([data], { writable: true, now }), source: '/', readOnly: m.readOnly });
    } else if (m.type === 'tmpfs') {
      points.push({ target, fs: new OverlayFs([{ entries: {} }], { writable: true, now }), source: '/', readOnly: false });
    } else if (src) {
      points.push({ target, fs: m.readOnly ? src : new OverlayFs([{ entries: {} }, ...(src instanceof OverlayFs ? src.layers : [])], { writable: true, now }), source: normPath('/' + m.source), readOnly: m.readOnly });
    }
  });
  if (s.script) mountPoint('/dev/pipes', true);
  if (s.script) points.push({ target: '/dev/pipes', fs: new OverlayFs([fileLayer(s.script.path.replace('/dev/pipes', ''), s.script.data, 0o755)], { writable: false, now }), source: '/', readOnly: true });
  const fs = new MountedFs(root, points);
  const hasBash = root.stat('/bin/bash') !== null || root.stat('/usr/bin/bash') !== null;
  const machine: Machine = {
    hostname: 'buildkitsandbox',
    user,
    fs,
    commands: s.tools,
    clock: { now, advance: (ms: number) => advance(s.eng, ms) },
    env: { ...env, HOSTNAME: 'buildkitsandbox', HOME: user.home },
    shellName: hasBash ? 'bash' : 'sh',
  };
  return { machine, upper, env, mounted };
}
