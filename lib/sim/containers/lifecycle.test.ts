import { describe, expect, it } from 'vitest';
import { advance } from '../core/clock';
import { EngineError } from '../core/errors';
import { engineErrorOf } from '../testing-errors';
import { testEngine } from '../testing-engine';
import { endMainProcess, killContainer, pauseContainer, restartContainer, stopContainer, unpauseContainer } from './control';
import { createContainer, type CreateSpec } from './create';
import { removeContainer, renameContainer, waitContainer } from './manage';
import { readLogs } from './logs';
import { startContainer } from './start';

function run(images: string[], spec: CreateSpec) {
  const t = testEngine(images);
  const { container } = createContainer(t.eng, spec);
  const started = startContainer(t.eng, container.id);
  return { ...t, c: container, started };
}

const text = (lines: Array<{ text: string }>) => lines.map((l) => l.text).join('\n');

describe('container lifecycle', () => {
  it('runs nginx detached with its real start-up output and published ports', () => {
    const { eng, c } = run(['nginx'], { name: 'web', config: { Image: 'nginx' }, hostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } });
    expect(c.state).toMatchObject({ Status: 'running', Running: true, ExitCode: 0 });
    expect(c.config.Hostname).toBe(c.id.slice(0, 12));
    expect(c.ports['80/tcp']).toEqual([{ HostIp: '0.0.0.0', HostPort: '8080' }, { HostIp: '::', HostPort: '8080' }]);
    const logs = text(readLogs(eng, c));
    expect(logs).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(logs).toMatch(/\[notice\] 1#1: nginx\/1\.29\.1/);
    expect(c.networks['bridge']!.ipAddress).toBe('172.17.0.2');
  });

  it('runs a command to completion and keeps its output', () => {
    const { c, started } = run(['alpine'], { name: 'once', config: { Image: 'alpine', Cmd: ['echo', 'hi'] } });
    expect(started.exited).toBe(true);
    expect(text(started.output)).toBe('hi');
    expect(c.state).toMatchObject({ Status: 'exited', ExitCode: 0, Running: false });
  });

  it('lets a shell without a terminal exit at once, but keeps it running with -t or -i', () => {
    expect(run(['alpine'], { config: { Image: 'alpine' } }).c.state.Status).toBe('exited');
    const repl = run(['python:3.12-slim'], { config: { Image: 'python:3.12-slim' } });
    expect(repl.c.state).toMatchObject({ Status: 'exited', ExitCode: 0 });
    expect(repl.started.output).toEqual([]);
    const it = run(['alpine'], { config: { Image: 'alpine', Tty: true, OpenStdin: true } });
    expect(it.c.state.Status).toBe('running');
    endMainProcess(it.eng, it.c.id, 3);
    expect(it.c.state).toMatchObject({ Status: 'exited', ExitCode: 3 });
  });

  it('stops a PID 1 that ignores SIGTERM only after the timeout, with 137', () => {
    const { eng, c } = run(['alpine'], { name: 'sleeper', config: { Image: 'alpine', Cmd: ['sleep', '300'] } });
    const before = eng.world.clock;
    stopContainer(eng, 'sleeper');
    expect(eng.world.clock - before).toBe(10_000);
    expect(c.state.ExitCode).toBe(137);
  });

  it('stops at once with 143 when --init forwards SIGTERM', () => {
    const { eng, c } = run(['alpine'], { config: { Image: 'alpine', Cmd: ['sleep', '300'] }, hostConfig: { Init: true } });
    const before = eng.world.clock;
    stopContainer(eng, c.id, { timeout: 10 });
    expect(eng.world.clock).toBe(before);
    expect(c.state.ExitCode).toBe(143);
  });

  it('stops nginx gracefully with its SIGQUIT and exit code 0', () => {
    const { eng, c } = run(['nginx'], { config: { Image: 'nginx' } });
    stopContainer(eng, c.id);
    expect(c.state.ExitCode).toBe(0);
    expect(text(readLogs(eng, c))).toContain('signal 3 (SIGQUIT) received, shutting down');
  });

  it('lets a sleeping container exit by itself as time passes', () => {
    const { eng, c } = run(['alpine'], { config: { Image: 'alpine', Cmd: ['sleep', '5'] } });
    advance(eng, 4_999);
    expect(c.state.Running).toBe(true);
    advance(eng, 1);
    expect(c.state).toMatchObject({ Running: false, ExitCode: 0 });
  });

  it('refuses a taken name and an invalid one with dockerd wording', () => {
    const { eng, c } = run(['alpine'], { name: 'web', config: { Image: 'alpine' } });
    expect(engineErrorOf(() => createContainer(eng, { name: 'web', config: { Image: 'alpine' } }))).toBe(
      `Conflict. The container name "/web" is already in use by container "${c.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
    expect(engineErrorOf(() => createContainer(eng, { name: 'x y', config: { Image: 'alpine' } }))).toBe('Invalid container name (x y), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed');
    expect(engineErrorOf(() => createContainer(eng, { name: '-w', config: { Image: 'alpine' } }))).toBe('Invalid container name (-w), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed');
    // One-character names are accepted on purpose (see VALID_CONTAINER_NAME).
    expect(createContainer(eng, { name: 'w', config: { Image: 'alpine' } }).container.name).toBe('w');
    expect(engineErrorOf(() => createContainer(eng, { config: { Image: 'nope' } }))).toBe('No such image: nope:latest');
  });

  it('fails the second bind of a host port and leaves the container Created', () => {
    const { eng } = run(['nginx'], { name: 'web1', config: { Image: 'nginx' }, hostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } });
    const { container: b } = createContainer(eng, { name: 'web2', config: { Image: 'nginx' }, hostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } });
    expect(engineErrorOf(() => startContainer(eng, 'web2'))).toMatch(/^failed to set up container networking: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/);
    expect(b.state.Status).toBe('created');
  });

  it('reports a missing executable like the OCI runtime, exit status 127', () => {
    const t = testEngine(['alpine']);
    const { container } = createContainer(t.eng, { config: { Image: 'alpine', Cmd: ['bash'] } });
    let caught: EngineError | undefined;
    try {
      startContainer(t.eng, container.id);
    } catch (e) {
      caught = e as EngineError;
    }
    expect(caught?.message).toBe('failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "bash": executable file not found in $PATH: unknown');
    expect(caught?.exitStatus).toBe(127);
    expect(container.state).toMatchObject({ Status: 'created', ExitCode: 127 });
  });

  it('removes --rm containers when they exit, keeping the output for the client', () => {
    const { eng, c, started } = run(['alpine'], { config: { Image: 'alpine', Cmd: ['echo', 'bye'] }, hostConfig: { AutoRemove: true } });
    expect(text(started.output)).toBe('bye');
    expect(eng.world.hosts[0]!.containers[c.id]).toBeUndefined();
  });

  it('restarts with docker backoff under --restart always, and not after a manual stop', () => {
    const { eng, c } = run(['alpine'], { config: { Image: 'alpine', Cmd: ['sh', '-c', 'exit 1'] }, hostConfig: { RestartPolicy: { Name: 'always', MaximumRetryCount: 0 } } });
    expect(c.state).toMatchObject({ Status: 'restarting', Restarting: true, ExitCode: 1 });
    advance(eng, 100);
    expect(c.restartCount).toBe(1);
    expect(c.restartDelay).toBe(200);
    advance(eng, 200 + 400 + 800);
    expect(c.restartCount).toBe(4);
    stopContainer(eng, c.id);
    advance(eng, 60_000);
    expect(c.state).toMatchObject({ Status: 'exited', Restarting: false });
    expect(c.restartCount).toBe(4);
  });

  it('gives up after the on-failure retry count', () => {
    const { eng, c } = run(['alpine'], { config: { Image: 'alpine', Cmd: ['false'] }, hostConfig: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 2 } } });
    advance(eng, 10_000);
    expect(c.restartCount).toBe(2);
    expect(c.state).toMatchObject({ Status: 'exited', ExitCode: 1 });
  });

  it('refuses to remove a running container unless forced', () => {
    const { eng, c } = run(['nginx'], { name: 'web', config: { Image: 'nginx' } });
    expect(engineErrorOf(() => removeContainer(eng, 'web'))).toBe('cannot remove container "web": container is running: stop the container before removing or force remove');
    removeContainer(eng, 'web', { force: true });
    expect(eng.world.hosts[0]!.containers[c.id]).toBeUndefined();
    expect(engineErrorOf(() => stopContainer(eng, 'web'))).toBe('No such container: web');
  });

  it('pauses and unpauses, and refuses to kill what is not running', () => {
    const { eng, c } = run(['nginx'], { name: 'pz', config: { Image: 'nginx' } });
    pauseContainer(eng, 'pz');
    expect(c.state.Status).toBe('paused');
    expect(engineErrorOf(() => pauseContainer(eng, 'pz'))).toBe(`Container ${c.id} is already paused`);
    unpauseContainer(eng, 'pz');
    killContainer(eng, 'pz');
    expect(c.state.ExitCode).toBe(137);
    expect(engineErrorOf(() => killContainer(eng, 'pz'))).toBe(`cannot kill container: pz: container ${c.id} is not running`);
    expect(engineErrorOf(() => unpauseContainer(eng, 'pz'))).toBe(`Container ${c.id} is not paused`);
  });

  it('prints periodically from a while-true loop as time passes', () => {
    const { eng, c } = run(['busybox'], { config: { Image: 'busybox', Cmd: ['sh', '-c', 'while true; do echo tick; sleep 2; done'] } });
    advance(eng, 10_000);
    expect(readLogs(eng, c).filter((l) => l.text === 'tick')).toHaveLength(6);
  });

  it('waits for a container to exit by moving the clock', () => {
    const { eng, c } = run(['alpine'], { config: { Image: 'alpine', Cmd: ['sh', '-c', 'sleep 5; exit 3'] } });
    const t0 = eng.world.clock;
    expect(waitContainer(eng, c.id)).toEqual({ exitCode: 3 });
    expect(eng.world.clock - t0).toBe(5_000);
    const web = run(['nginx'], { config: { Image: 'nginx' } });
    expect(waitContainer(web.eng, web.c.id)).toEqual({ blocked: true });
  });

  it('renames and restarts', () => {
    const { eng, c } = run(['nginx'], { name: 'old', config: { Image: 'nginx' } });
    renameContainer(eng, 'old', 'new');
    expect(c.name).toBe('new');
    expect(engineErrorOf(() => renameContainer(eng, 'new', 'new'))).toBe('Renaming a container with the same name as its current name');
    const pid = c.state.Pid;
    restartContainer(eng, 'new');
    expect(c.state.Running).toBe(true);
    expect(c.state.Pid).not.toBe(pid);
  });

  it('generates docker-style names from the seeded rng', () => {
    const { c } = run(['alpine'], { config: { Image: 'alpine' } });
    expect(c.name).toMatch(/^[a-z]+_[a-z]+$/);
    expect(run(['alpine'], { config: { Image: 'alpine' } }).c.name).toBe(c.name);
  });
});
