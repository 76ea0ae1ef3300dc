/**
 * The processes of a running container, with both pid namespaces: the in-container pid (the main
 * process is 1) and the host pid (`docker top`, State.Pid). Services list their workers;
 * `docker exec` processes that are still running are added.
 */
import { hostOf, type Engine } from '../core/engine';
import { behaviourByName } from './behaviours/index';
import { unwrap } from './process-plan';
import { DEFAULT_PATH, resolveUser } from './view';
import type { ContainerRecord } from './types';
import type { BehaviourCtx } from './behaviours/types';

export interface ProcessRow {
  pid: number;
  hostPid: number;
  ppid: number;
  hostPpid: number;
  user: string;
  /** The numeric uid (docker top: the host's `ps` names it from the host's passwd); absent: not resolved. */
  uid?: number;
  cmd: string;
  started: number;
}

/** The uid of `user` (a name or a number) in the container's /etc/passwd; undefined when it has none. */
export function uidIn(fs: BehaviourCtx['fs'], user: string): number | undefined {
  if (/^\d+$/.test(user)) return Number(user);
  try {
    return resolveUser(fs, user).uid;
  } catch {
    return undefined;
  }
}

/** Minimal behaviour context for read-only questions (processes, listeners). */
export function peekCtx(eng: Engine, c: ContainerRecord, fs: BehaviourCtx['fs']): BehaviourCtx {
  // The service's own command line: entrypoint wrappers have exec'd it (`nginx -g daemon off;`).
  const un = unwrap([c.path, ...c.args], fs, DEFAULT_PATH, hostOf(eng).images[c.imageId]?.config.Cmd ?? null);
  return { eng, c, fs, now: eng.world.clock, env: {}, argv: un.argv, wrapper: c.proc?.wrapper ?? un.wrapper, log: () => undefined };
}

export function containerProcesses(eng: Engine, c: ContainerRecord, fs?: BehaviourCtx['fs']): ProcessRow[] {
  const proc = c.proc;
  if (!proc || !c.state.Running) return [];
  const started = c.state.StartedAt ?? eng.world.clock;
  const shimPid = proc.pid - 20;
  const behaviour = proc.behaviour ? behaviourByName(proc.behaviour) : undefined;
  const userOf = (u: string) => (u === '' ? 'root' : u);
  let list = behaviour && fs ? behaviour.processes(peekCtx(eng, c, fs)) : [{ user: userOf(c.config.User.split(':')[0] ?? ''), cmd: [c.path, ...c.args].join(' '), parent: -1 }];
  // --init: docker-init (tini) is PID 1 and the command its child (PID 7).
  const init = c.hostConfig.Init === true;
  if (init) list = [{ user: 'root', cmd: `/sbin/docker-init -- ${[c.path, ...c.args].join(' ')}`, parent: -1 }, ...list.map((p) => ({ ...p, parent: p.parent + 1 }))];
  const pidAt = (i: number) => (i === 0 ? 1 : init && i === 1 ? 7 : 28 + i);
  const rows: ProcessRow[] = list.map((p, i) => {
    const pid = pidAt(i);
    const parentPid = p.parent < 0 ? 0 : pidAt(p.parent);
    return { pid, hostPid: proc.pid + (i === 0 ? 0 : 40 + i), ppid: parentPid, hostPpid: p.parent < 0 ? shimPid : proc.pid, user: p.user, cmd: p.cmd, started };
  });
  for (const e of c.execs) rows.push({ pid: e.pid, hostPid: proc.pid + 100 + e.pid, ppid: 0, hostPpid: shimPid, user: e.user, cmd: e.argv.join(' '), started: e.started });
  return rows;
}

/** Containers sharing this one's pid namespace (`--pid container:x` in either direction). */
export function pidNamespacePeers(eng: Engine, c: ContainerRecord): ContainerRecord[] {
  const host = hostOf(eng);
  const target = c.hostConfig.PidMode.startsWith('container:') ? c.hostConfig.PidMode.slice(10) : null;
  const root = target ? (Object.values(host.containers).find((x) => x.id === target || x.name === target) ?? c) : c;
  return Object.values(host.containers).filter((x) => x === root || x.hostConfig.PidMode === `container:${root.id}` || x.hostConfig.PidMode === `container:${root.name}`);
}

const HOST_PROCESSES: Array<{ user: string; cmd: string }> = [
  { user: 'root', cmd: '/sbin/init' },
  { user: 'root', cmd: '/lib/systemd/systemd-journald' },
  { user: 'root', cmd: '/usr/bin/containerd' },
  { user: 'root', cmd: '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock' },
];

/**
 * What `ps` inside the container sees: its own pid namespace (shared with `--pid container:x`
 * peers, in-namespace pids), or with `--pid host` every process of the host with host pids.
 */
export function visibleProcesses(eng: Engine, c: ContainerRecord, fsFor: (x: ContainerRecord) => BehaviourCtx['fs']): ProcessRow[] {
  const host = hostOf(eng);
  if (c.hostConfig.PidMode === 'host') {
    const rows: ProcessRow[] = HOST_PROCESSES.map((p, i) => ({ pid: i === 0 ? 1 : 400 + i * 37, hostPid: i === 0 ? 1 : 400 + i * 37, ppid: i === 0 ? 0 : 1, hostPpid: i === 0 ? 0 : 1, user: p.user, cmd: p.cmd, started: 0 }));
    for (const x of Object.values(host.containers)) for (const r of containerProcesses(eng, x, fsFor(x))) rows.push({ ...r, pid: r.hostPid, ppid: r.hostPpid });
    return rows.sort((a, b) => a.pid - b.pid);
  }
  const peers = pidNamespacePeers(eng, c).filter((x) => x.state.Running);
  const root = peers.find((x) => !x.hostConfig.PidMode.startsWith('container:')) ?? c;
  const rows = containerProcesses(eng, root, fsFor(root)).filter((r) => r.ppid !== 0 || r.pid === 1);
  let next = root.hostConfig.Init === true ? 8 : 7;
  const later: ProcessRow[] = [];
  for (const x of peers) {
    if (x === root) continue;
    const main = containerProcesses(eng, x, fsFor(x))[0];
    if (main) later.push({ ...main, pid: 0, ppid: 0 });
  }
  for (const x of peers) for (const e of x.execs) later.push({ pid: 0, hostPid: (x.proc?.pid ?? 0) + 100 + e.pid, ppid: 0, hostPpid: 0, user: e.user, cmd: e.argv.join(' '), started: e.started });
  later.sort((a, b) => a.started - b.started);
  for (const r of later) rows.push({ ...r, pid: (next += 6) - 6 });
  return rows;
}
