/**
 * The learner's host: an Ubuntu 24.04-like machine called `dockerlings`, user `learner` (uid 1000,
 * in the docker group), a simulated clock starting 2026-01-15T09:00:00Z, a Docker engine whose
 * world clock is the host's clock, and a shell session on it. Tools plug in here, one line each,
 * in HOST_TOOLS.
 */
import type { CommandFn, Machine, ShellSession } from './shell/types';
import { Session } from './shell/session';
import { clonePlain, type SessionState } from './shell/state';
import { TreeFs } from './sim/fs/tree';
import { withDockerRoot } from './sim/system/docker-root-fs';
import type { TreeData } from './sim/fs/node';
import { DEFAULT_USER, memberGroupIds, seedHome } from './sim/fs/seed';
import { advance, createEngine, restore as restoreWorld, snapshot as snapshotWorld, type ContainerRecord, type Engine, type World } from './sim/index';
import { buildCacheContributor } from './sim/build/index';
import { CONTAINER_PACKAGE_TOOL_NAMES, containerPackageTools } from './sim/build/tools/in-container';
import { shellRunner } from './cli/docker/env';
import { dockerCommand } from './cli/docker/tool';
import { containerDockerTools } from './cli/docker/in-container';
import { containerProcTools } from './cli/proc/ps';
import { CONTAINER_NET_TOOL_NAMES, containerNetTools, hostNetTool } from './cli/net/tools';
import { CONTAINER_DB_TOOL_NAMES, containerDbTools } from './cli/db/tools';
import { containerServerTools, CONTAINER_SERVER_TOOL_NAMES } from './cli/servers/tools';
import { bindForegroundTerminal } from './cli/db/terminal';
import { kubectlCommandFn } from './cli/kubectl/tool';
import { minikubeCommandFn } from './cli/minikube/tool';
import { podmanCommandFn } from './cli/alt/podman/tool';
import { buildahCommandFn } from './cli/alt/buildah/tool';
import { ctrCommandFn } from './cli/alt/ctr/tool';
import { runcCommandFn } from './cli/alt/runc/tool';
import { installSwarm } from './sim/swarm/index';
import { labCommand } from './cli/docker/swarm/lab-command';
import { composeCommandFn, withComposePlugin } from './cli/compose/tool';

/** Tools available on the host besides the shell's own utilities, given the session's engine. One line per tool. */
const HOST_TOOLS: Record<string, (eng: Engine) => CommandFn> = {
  docker: withComposePlugin(dockerCommand),
  dockerlings: labCommand,
  'docker-compose': composeCommandFn,
  kubectl: kubectlCommandFn,
  minikube: minikubeCommandFn,
  podman: podmanCommandFn,
  buildah: buildahCommandFn,
  ctr: ctrCommandFn,
  runc: runcCommandFn,
  curl: hostNetTool('curl'),
  wget: hostNetTool('wget'),
  ping: hostNetTool('ping'),
  nslookup: hostNetTool('nslookup'),
  dig: hostNetTool('dig'),
  getent: hostNetTool('getent'),
  ip: hostNetTool('ip'),
  hostname: hostNetTool('hostname'),
  ss: hostNetTool('ss'),
  iptables: hostNetTool('iptables'),
};

/** Programs inside containers: each provider returns the ones the container's image has. One line per provider. */
const CONTAINER_TOOLS: Array<(eng: Engine, c: ContainerRecord) => Record<string, CommandFn>> = [
  containerNetTools,
  containerProcTools,
  containerDockerTools,
  containerPackageTools,
  containerDbTools,
  containerServerTools,
];

/** Every name a CONTAINER_TOOLS provider may return: other names never need the image looked at. */
const CONTAINER_TOOL_NAMES = new Set([...CONTAINER_NET_TOOL_NAMES, ...CONTAINER_PACKAGE_TOOL_NAMES, ...CONTAINER_DB_TOOL_NAMES, ...CONTAINER_SERVER_TOOL_NAMES, 'ps', 'docker']);

/**
 * A container's tools, worked out on first need: most programs (ls, sh, echo…) are not among
 * them, so asking for one of those does not inspect the image. Reads like a plain record.
 */
function containerTools(eng: Engine, c: ContainerRecord): Record<string, CommandFn> {
  let tools: Record<string, CommandFn> | null = null;
  const all = (): Record<string, CommandFn> => {
    if (tools) return tools;
    tools = {};
    for (const provide of CONTAINER_TOOLS) Object.assign(tools, provide(eng, c));
    return tools;
  };
  const known = (k: string | symbol): k is string => typeof k === 'string' && CONTAINER_TOOL_NAMES.has(k);
  return new Proxy({} as Record<string, CommandFn>, {
    get: (_t, k) => (known(k) ? all()[k] : undefined),
    has: (_t, k) => known(k) && Object.hasOwn(all(), k),
    getOwnPropertyDescriptor: (_t, k) =>
      known(k) && Object.hasOwn(all(), k) ? { value: all()[k], writable: true, enumerable: true, configurable: true } : undefined,
    ownKeys: () => Object.keys(all()),
  });
}

export const HOST_START_TIME = Date.UTC(2026, 0, 15, 9, 0, 0);

export interface HostOptions {
  /** Extra files for the learner: path (absolute, or relative to /home/learner) → content. */
  files?: Record<string, string>;
  /** Extra tools on the host (tests, later layers). */
  commands?: Record<string, CommandFn>;
  /** Clock start (ms since epoch). */
  now?: number;
  /**
   * Simulated time that passes with each command the learner submits (reading, typing): 2 s by
   * default, so `Up 4 seconds`, `2 minutes ago`, health checks and restarts move as in a real
   * session. 0 freezes the clock between commands (tests that pin exact times).
   */
  stepMs?: number;
}

export const COMMAND_STEP_MS = 2000;

/** Everything needed to put the host back as it was. Plain data. */
export interface HostSnapshot {
  version: 1;
  fs: TreeData;
  clock: number;
  shell: SessionState;
  /** The Docker engine's world (containers, images, networks, volumes, events); its clock is `clock`. */
  world?: World;
}

export interface HostSession extends ShellSession {
  readonly machine: Machine;
  /** The session's Docker engine (exercise checks read its state). */
  readonly engine: Engine;
  /** The host filesystem with root's permissions (for the engine: bind mounts, `docker cp`…). */
  readonly rootFs: TreeFs;
  snapshot(): HostSnapshot;
  restore(snapshot: HostSnapshot): void;
  /** Status of `exit` when the last input left the top-level shell (a real terminal would close), else null. */
  topLevelExit(): number | null;
}

export function createHostSession(opts: HostOptions = {}): HostSession {
  const start = opts.now ?? HOST_START_TIME;
  const stepMs = opts.stepMs ?? COMMAND_STEP_MS;
  let session: Session | null = null;
  const eng = createEngine({ runner: shellRunner(() => session!.control), start, toolsFor: containerTools, contributors: [buildCacheContributor] });
  installSwarm(eng);
  bindForegroundTerminal(eng, () => session?.control.ask);
  const clock = { now: () => eng.world.clock };
  const commands: Record<string, CommandFn> = {};
  for (const [name, make] of Object.entries(HOST_TOOLS)) commands[name] = make(eng);
  Object.assign(commands, opts.commands);
  const data = { current: seedHome({ now: start, commands: Object.keys(commands), files: opts.files }) };
  const user = DEFAULT_USER;
  const fsFor = (tree: TreeData) => {
    const root = new TreeFs(tree, { now: clock.now });
    const groups = memberGroupIds(root.readFile('/etc/group'), user.name);
    const learner = new TreeFs(tree, { now: clock.now, cred: { uid: user.uid, gid: user.gid, groups }, umask: 0o002 });
    return { root, learner: withDockerRoot(learner, eng) };
  };
  let views = fsFor(data.current);
  eng.rt.hostFs = views.root;
  const machine: Machine = {
    hostname: 'dockerlings',
    user: { ...user },
    get fs() {
      return views.learner;
    },
    commands,
    clock: { now: clock.now, advance: ms => advance(eng, ms) },
    env: {
      HOME: user.home,
      USER: user.name,
      LOGNAME: user.name,
      SHELL: '/bin/bash',
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
      SHLVL: '1',
    },
    shellName: 'bash',
  };
  session = new Session({ machine });
  const shell = session;
  return {
    machine,
    engine: eng,
    get rootFs() {
      return views.root;
    },
    prompt: () => shell.prompt(),
    needsMore: source => shell.needsMore(source),
    run: source => {
      const r = shell.run(source);
      // Time moves on after each submitted line (blank lines and continuation prompts included:
      // the learner took the time to type them).
      if (stepMs > 0) advance(eng, stepMs);
      return r;
    },
    complete: (line, cursor) => shell.complete(line, cursor),
    interrupt: () => shell.interrupt(),
    history: () => shell.history(),
    asking: () => shell.asking(),
    topLevelExit: () => shell.topLevelExit(),
    snapshot(): HostSnapshot {
      return { version: 1, fs: clonePlain(data.current), clock: eng.world.clock, shell: shell.snapshot(), world: snapshotWorld(eng.world) };
    },
    restore(snap: HostSnapshot): void {
      data.current = clonePlain(snap.fs);
      views = fsFor(data.current);
      eng.rt.hostFs = views.root;
      eng.world = snap.world ? restoreWorld(snap.world) : createEngine({ runner: eng.rt.runner, start: snap.clock }).world;
      eng.world.clock = snap.clock;
      shell.restore(snap.shell);
    },
  };
}
