/**
 * The engine with the real shell as its ProcessRunner: main processes, loops and `docker exec`
 * run through lib/shell on the containers' own filesystems (overlay + mounts).
 */
import { describe, expect, it } from 'vitest';
import { createHostSession } from '../lib/host';
import type { ShellControl } from '../lib/shell/types';
import { advance, createContainer, createEngine, execRun, pullImage, readLogs, startContainer, type Engine } from '../lib/sim/index';

function setup(): { eng: Engine; session: ReturnType<typeof createHostSession> } {
  let control: ShellControl | null = null;
  const session = createHostSession({ commands: { 'grab-shell': (ctx) => ((control = ctx.shell), 0) } });
  session.run('grab-shell');
  const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const eng = createEngine({ runner: (m, argv, io) => control!.exec(m, argv.map(quote).join(' '), io), hostFs: session.rootFs });
  for (const i of ['alpine', 'nginx']) pullImage(eng, i);
  return { eng, session };
}

const run = (eng: Engine, cmd: string[], image = 'alpine') => {
  const { container } = createContainer(eng, { config: { Image: image, Cmd: cmd } });
  return { c: container, out: startContainer(eng, container.id).output.map((l) => l.text) };
};

describe('engine + shell', () => {
  it('runs commands in the container filesystem, as root, with the container hostname', () => {
    const { eng } = setup();
    const { c, out } = run(eng, ['sh', '-c', 'echo hi > /tmp/x; cat /tmp/x; cat /etc/alpine-release; whoami; hostname']);
    expect(out).toEqual(['hi', '3.22.1', 'root', c.id.slice(0, 12)]);
    expect(c.state.ExitCode).toBe(0);
  });

  it('runs image binaries given by path, like busybox applets', () => {
    const { eng } = setup();
    expect(run(eng, ['/bin/echo', 'hello', 'world']).out).toEqual(['hello world']);
  });

  it('keeps printing from a while loop as simulated time passes', () => {
    const { eng } = setup();
    const { c } = run(eng, ['sh', '-c', 'while true; do echo tick; sleep 2; done']);
    advance(eng, 6_000);
    expect(readLogs(eng, c).map((l) => l.text)).toEqual(['tick', 'tick', 'tick', 'tick']);
  });

  it('execs in a running nginx container and sees its files and missing tools', () => {
    const { eng } = setup();
    const { c } = run(eng, ['nginx', '-g', 'daemon off;'], 'nginx');
    expect(execRun(eng, c.id, ['ls', '/usr/share/nginx/html']).stdout).toBe('50x.html\nindex.html\n');
    const ps = execRun(eng, c.id, ['sh', '-c', 'ps']);
    expect(ps.exitCode).toBe(127);
  });

  it('serves a bind-mounted host directory inside the container', () => {
    const { eng, session } = setup();
    session.run('mkdir -p ~/site && echo from-host > ~/site/index.html');
    const { container } = createContainer(eng, { config: { Image: 'alpine', Cmd: ['cat', '/site/index.html'] }, hostConfig: { Binds: ['/home/learner/site:/site:ro'] } });
    expect(startContainer(eng, container.id).output.map((l) => l.text)).toEqual(['from-host']);
  });
});
