/**
 * Fixtures for tests of the shell (and of tools plugging into it): machines and sessions without
 * the engine. `hostMachine` is the learner's Ubuntu host; `alpineMachine` a BusyBox-like container.
 */
import type { CommandFn, Machine, RunResult } from './types';
import { Session } from './session';
import { TreeFs } from '../sim/fs/tree';
import { emptyTree } from '../sim/fs/node';
import { DEFAULT_USER, memberGroupIds, seedHome } from '../sim/fs/seed';

export const TEST_START = Date.UTC(2026, 0, 15, 9, 0, 0);

export interface TestMachineOptions {
  files?: Record<string, string>;
  commands?: Record<string, CommandFn>;
  now?: number;
}

function clock(start: number): Machine['clock'] {
  const state = { ms: start };
  return { now: () => state.ms, advance: ms => void (state.ms += ms) };
}

export function hostMachine(opts: TestMachineOptions = {}): Machine {
  const c = clock(opts.now ?? TEST_START);
  const data = seedHome({ now: c.now(), commands: Object.keys(opts.commands ?? {}), files: opts.files });
  const root = new TreeFs(data, { now: c.now });
  const groups = memberGroupIds(root.readFile('/etc/group'), DEFAULT_USER.name);
  return {
    hostname: 'dockerlings',
    user: { ...DEFAULT_USER },
    fs: new TreeFs(data, { now: c.now, cred: { uid: 1000, gid: 1000, groups }, umask: 0o002 }),
    commands: opts.commands ?? {},
    clock: c,
    env: { HOME: DEFAULT_USER.home, USER: 'learner', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8' },
    shellName: 'bash',
  };
}

/** A BusyBox/alpine-like container: root, `sh`, hostname = short id, no bash/apt/sudo. */
export function alpineMachine(opts: TestMachineOptions & { hostname?: string } = {}): Machine {
  const c = clock(opts.now ?? TEST_START);
  const fs = new TreeFs(emptyTree(c.now()), { now: c.now });
  for (const d of ['/bin', '/etc', '/root', '/tmp', '/usr', '/usr/bin', '/var']) fs.mkdir(d);
  fs.writeFile('/etc/os-release', 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.0\nPRETTY_NAME="Alpine Linux v3.22"\n');
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n');
  fs.writeFile('/etc/group', 'root:x:0:root\nnogroup:x:65533:\n');
  for (const [path, content] of Object.entries(opts.files ?? {})) fs.writeFile(path, content);
  return {
    hostname: opts.hostname ?? '3f2a1b4c5d6e',
    user: { name: 'root', uid: 0, gid: 0, home: '/root' },
    fs,
    commands: opts.commands ?? {},
    clock: c,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: opts.hostname ?? '3f2a1b4c5d6e', HOME: '/root' },
    shellName: 'sh',
  };
}

export function hostSession(opts: TestMachineOptions = {}): Session {
  return new Session({ machine: hostMachine(opts) });
}

/** Run lines in one fresh host session; returns the last result. */
export function run(source: string, opts: TestMachineOptions = {}): RunResult {
  return hostSession(opts).run(source);
}

/**
 * A host session in ~/w holding f.txt (alpha, beta, gamma), d/e/, d/x.log and d/y.log — the fixture
 * used to check utility output against GNU coreutils/bash.
 */
export function workdir(opts: TestMachineOptions = {}): Session {
  const s = hostSession({ ...opts, files: { 'w/f.txt': 'alpha\nbeta\ngamma\n', 'w/d/x.log': '', 'w/d/y.log': '', ...opts.files } });
  s.run('cd ~/w && mkdir -p d/e');
  return s;
}

/** [command, stdout, stderr, exit status] */
export type Case = [string, string, string, number];
