import { describe, expect, it } from 'vitest';
import { advance } from '../core/clock';
import { EngineError } from '../core/errors';
import { testEngine } from '../testing-engine';
import { createContainer, type CreateSpec } from './create';
import { startContainer } from './start';
import { stopContainer } from './control';
import { beginExec, endExec, execRun } from './exec';
import { containerProcesses, visibleProcesses } from './processes';
import { containerStats, containerTop } from './stats';
import { readLogs } from './logs';
import { containerFs } from './view';
import { copyFromContainer, copyToContainer } from './copy';
import type { Engine } from '../core/engine';

const up = (eng: Engine, spec: CreateSpec) => {
  const { container } = createContainer(eng, spec);
  startContainer(eng, container.id);
  return container;
};
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return { message: e.message, status: e.exitStatus };
    throw e;
  }
  return null;
};

describe('docker exec', () => {
  it('runs in the container and fails like runc for a missing shell', () => {
    const { eng } = testEngine(['alpine']);
    up(eng, { name: 'box', config: { Image: 'alpine', Cmd: ['sleep', '1000'] } });
    expect(execRun(eng, 'box', ['cat', '/etc/os-release']).stdout).toContain('Alpine Linux');
    expect(failure(() => execRun(eng, 'box', ['bash']))).toEqual({ message: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown', status: 127 });
    expect(failure(() => execRun(eng, 'box', ['ls'], { workdir: '/nope' }))?.message).toBe('OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("/nope") set in config.json failed: no such file or directory: unknown');
    expect(failure(() => execRun(eng, 'box', ['ls'], { user: 'ghost' }))?.message).toBe('unable to find user ghost: no matching entries in passwd file');
  });

  it('refuses stopped containers', () => {
    const { eng } = testEngine(['nginx']);
    const c = up(eng, { name: 'web', config: { Image: 'nginx' } });
    stopContainer(eng, 'web');
    expect(failure(() => execRun(eng, 'web', ['ls']))?.message).toBe(`container ${c.id} is not running`);
  });

  it('shows exec processes next to pid 1 while they run', () => {
    const { eng } = testEngine(['alpine']);
    const c = up(eng, { name: 'ns-demo', config: { Image: 'alpine', Cmd: ['sleep', '1000'] } });
    const s = beginExec(eng, 'ns-demo', ['ps']);
    expect(containerProcesses(eng, c).map((p) => [p.pid, p.cmd])).toEqual([[1, 'sleep 1000'], [7, 'ps']]);
    expect(s.machine.hostname).toBe(c.id.slice(0, 12));
    endExec(eng, s, 0);
    expect(containerTop(eng, 'ns-demo').map((p) => p.cmd)).toEqual(['sleep 1000']);
    expect(containerTop(eng, 'ns-demo')[0]!.hostPid).toBe(c.state.Pid);
  });
});

describe('health checks', () => {
  it('turns healthy after the first passing probe', () => {
    const { eng } = testEngine(['nginx']);
    const c = up(eng, { config: { Image: 'nginx', Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 10e9, Retries: 3 } } });
    expect(c.state.Health?.Status).toBe('starting');
    advance(eng, 10_000);
    expect(c.state.Health).toMatchObject({ Status: 'healthy', FailingStreak: 0 });
    expect(c.state.Health?.Log).toHaveLength(1);
  });

  it('turns unhealthy after `retries` consecutive failures, ignoring failures in the start period', () => {
    const { eng } = testEngine(['nginx']);
    const c = up(eng, { config: { Image: 'nginx', Healthcheck: { Test: ['CMD', 'false'], Interval: 5e9, Retries: 3, StartPeriod: 20e9, StartInterval: 2e9 } } });
    advance(eng, 19_000);
    expect(c.state.Health).toMatchObject({ Status: 'starting', FailingStreak: 0 });
    advance(eng, 6_000);
    expect(c.state.Health).toMatchObject({ Status: 'starting', FailingStreak: 2 });
    advance(eng, 5_000);
    expect(c.state.Health).toMatchObject({ Status: 'unhealthy', FailingStreak: 3 });
    expect(c.state.Health!.Log.length).toBeLessThanOrEqual(5);
  });

  it('reports probe timeouts like dockerd', () => {
    const { eng } = testEngine(['alpine']);
    const c = up(eng, { config: { Image: 'alpine', Cmd: ['sleep', '1000'], Healthcheck: { Test: ['CMD-SHELL', 'sleep 5'], Interval: 10e9, Timeout: 2e9, Retries: 1 } } });
    advance(eng, 10_000);
    expect(c.state.Health!.Log[0]).toMatchObject({ ExitCode: -1, Output: 'Health check exceeded timeout (2s)' });
    expect(c.state.Health!.Status).toBe('unhealthy');
  });
});

describe('services and data', () => {
  it('postgres refuses to start without a password', () => {
    const { eng } = testEngine(['postgres:16']);
    const c = up(eng, { config: { Image: 'postgres:16' } });
    expect(c.state).toMatchObject({ Status: 'exited', ExitCode: 1 });
    expect(readLogs(eng, c)[0]!.text).toBe('Error: Database is uninitialized and superuser password is not specified.');
  });

  it('postgres becomes ready a moment after start and keeps its cluster in the volume', () => {
    const { eng } = testEngine(['postgres:16']);
    const c = up(eng, { name: 'db', config: { Image: 'postgres:16', Env: ['POSTGRES_PASSWORD=example'] }, hostConfig: { Binds: ['pgdata:/var/lib/postgresql/data'] } });
    expect(readLogs(eng, c).some((l) => l.text.endsWith('database system is ready to accept connections'))).toBe(false);
    advance(eng, 2_000);
    expect(readLogs(eng, c).filter((l) => l.text.endsWith('database system is ready to accept connections'))).toHaveLength(2);
    stopContainer(eng, 'db');
    const again = up(eng, { config: { Image: 'postgres:16' }, hostConfig: { Binds: ['pgdata:/var/lib/postgresql/data'] } });
    expect(again.state.Running).toBe(true);
    expect(readLogs(eng, again).map((l) => l.text)).toContain('PostgreSQL Database directory appears to contain a database; Skipping initialization');
  });

  it('copies files between the host and a container', () => {
    const { eng, hostFs } = testEngine(['nginx']);
    up(eng, { name: 'web', config: { Image: 'nginx' } });
    hostFs.writeFile('/home/learner/index.html', '<h1>mine</h1>');
    copyToContainer(eng, '/home/learner/index.html', 'web', '/usr/share/nginx/html/');
    expect(containerFs(eng, eng.world.hosts[0]!.containers[Object.keys(eng.world.hosts[0]!.containers)[0]!]!).readFile('/usr/share/nginx/html/index.html')).toBe('<h1>mine</h1>');
    copyFromContainer(eng, 'web', '/etc/nginx/nginx.conf', '/home/learner');
    expect(hostFs.readFile('/home/learner/nginx.conf')).toContain('worker_processes  auto;');
    expect(failure(() => copyFromContainer(eng, 'web', '/nope', '/home/learner'))?.message).toBe('Could not find the file /nope in container web');
  });

  it('reports stats within the memory limit', () => {
    const { eng } = testEngine(['nginx']);
    up(eng, { name: 'capped', config: { Image: 'nginx' }, hostConfig: { Memory: 256 * 1024 * 1024, NanoCpus: 5e8 } });
    const [s] = containerStats(eng, ['capped']);
    expect(s!.memLimit).toBe(256 * 1024 * 1024);
    expect(s!.memUsage).toBeGreaterThan(1_000_000);
    expect(s!.cpuPercent).toBeLessThanOrEqual(50);
    expect(containerFs(eng, eng.world.hosts[0]!.containers[s!.id]!).readFile('/sys/fs/cgroup/memory.max')).toBe('268435456\n');
    expect(containerFs(eng, eng.world.hosts[0]!.containers[s!.id]!).readFile('/sys/fs/cgroup/cpu.max')).toBe('50000 100000\n');
  });
});

describe('pid and uts namespaces', () => {
  it('shares a pid namespace with --pid container:x, and sees the host with --pid host', () => {
    const { eng } = testEngine(['alpine']);
    const demo = up(eng, { name: 'ns-demo', config: { Image: 'alpine', Cmd: ['sleep', '1000'] } });
    const peer = up(eng, { name: 'peer', config: { Image: 'alpine', Cmd: ['sleep', '1000'] }, hostConfig: { PidMode: 'container:ns-demo' } });
    const fsOf = (x: typeof demo) => containerFs(eng, x);
    const s = beginExec(eng, 'peer', ['ps']);
    expect(visibleProcesses(eng, peer, fsOf).map((p) => [p.pid, p.cmd])).toEqual([[1, 'sleep 1000'], [7, 'sleep 1000'], [13, 'ps']]);
    endExec(eng, s, 0);
    expect(visibleProcesses(eng, demo, fsOf).map((p) => p.pid)).toEqual([1, 7]);
    const hostPs = up(eng, { name: 'hostps', config: { Image: 'alpine', Cmd: ['sleep', '5'] }, hostConfig: { PidMode: 'host' } });
    const rows = visibleProcesses(eng, hostPs, fsOf);
    expect(rows[0]).toMatchObject({ pid: 1, cmd: '/sbin/init' });
    expect(rows.map((r) => r.pid)).toContain(demo.state.Pid);
  });

  it('uses the host name with --uts host', () => {
    const { eng } = testEngine(['alpine']);
    const c = up(eng, { config: { Image: 'alpine', Cmd: ['hostname'] }, hostConfig: { UTSMode: 'host' } });
    expect(c.config.Hostname).toBe('dockerlings');
    expect(readLogs(eng, c).map((l) => l.text)).toEqual(['dockerlings']);
    expect(failure(() => createContainer(eng, { config: { Image: 'alpine', Hostname: 'x' }, hostConfig: { UTSMode: 'host' } }))?.message).toBe('Conflicting options: hostname and the UTS mode');
  });
});
