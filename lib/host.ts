/**
 * The learner's host: an Ubuntu 24.04-like machine called `dockerlings`, user `learner` (uid 1000,
 * in the docker group), a simulated clock starting 2026-01-15T09:00:00Z, and a shell session on it.
 * Tools plug in here, one line each, in HOST_COMMANDS.
 */
import type { CommandFn, Machine, ShellSession } from './shell/types';
import { Session } from './shell/session';
import { clonePlain, type SessionState } from './shell/state';
import { TreeFs } from './sim/fs/tree';
import type { TreeData } from './sim/fs/node';
import { DEFAULT_USER, memberGroupIds, seedHome } from './sim/fs/seed';

/** Tools available on the host besides the shell's own utilities. One line per tool. */
const HOST_COMMANDS: Record<string, CommandFn> = {};

export const HOST_START_TIME = Date.UTC(2026, 0, 15, 9, 0, 0);

export interface HostOptions {
  /** Extra files for the learner: path (absolute, or relative to /home/learner) → content. */
  files?: Record<string, string>;
  /** Extra tools on the host (tests, later layers). */
  commands?: Record<string, CommandFn>;
  /** Clock start (ms since epoch). */
  now?: number;
}

/** Everything needed to put the host back as it was. Plain data. */
export interface HostSnapshot {
  version: 1;
  fs: TreeData;
  clock: number;
  shell: SessionState;
}

export interface HostSession extends ShellSession {
  readonly machine: Machine;
  /** The host filesystem with root's permissions (for the engine: bind mounts, `docker cp`…). */
  readonly rootFs: TreeFs;
  snapshot(): HostSnapshot;
  restore(snapshot: HostSnapshot): void;
  /** Status of `exit` when the last input left the top-level shell (a real terminal would close), else null. */
  topLevelExit(): number | null;
}

export function createHostSession(opts: HostOptions = {}): HostSession {
  const clock = { ms: opts.now ?? HOST_START_TIME };
  const commands = { ...HOST_COMMANDS, ...opts.commands };
  const data = { current: seedHome({ now: clock.ms, commands: Object.keys(commands), files: opts.files }) };
  const user = DEFAULT_USER;
  const fsFor = (tree: TreeData) => {
    const root = new TreeFs(tree, { now: () => clock.ms });
    const groups = memberGroupIds(root.readFile('/etc/group'), user.name);
    return { root, learner: new TreeFs(tree, { now: () => clock.ms, cred: { uid: user.uid, gid: user.gid, groups }, umask: 0o002 }) };
  };
  let views = fsFor(data.current);
  const machine: Machine = {
    hostname: 'dockerlings',
    user: { ...user },
    get fs() {
      return views.learner;
    },
    commands,
    clock: { now: () => clock.ms, advance: ms => void (clock.ms += Math.max(0, ms)) },
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
  const session = new Session({ machine });
  return {
    machine,
    get rootFs() {
      return views.root;
    },
    prompt: () => session.prompt(),
    needsMore: source => session.needsMore(source),
    run: source => session.run(source),
    complete: (line, cursor) => session.complete(line, cursor),
    interrupt: () => session.interrupt(),
    history: () => session.history(),
    topLevelExit: () => session.topLevelExit(),
    snapshot(): HostSnapshot {
      return { version: 1, fs: clonePlain(data.current), clock: clock.ms, shell: session.snapshot() };
    },
    restore(snap: HostSnapshot): void {
      data.current = clonePlain(snap.fs);
      views = fsFor(data.current);
      clock.ms = snap.clock;
      session.restore(snap.shell);
    },
  };
}
