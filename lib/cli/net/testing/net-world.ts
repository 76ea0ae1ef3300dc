/**
 * Test support: a learner host whose shell has the network tools, over an engine whose
 * ProcessRunner is the real shell and whose containers get their image's tools.
 */
import { createHostSession, type HostSession } from '../../../host';
import type { ShellControl } from '../../../shell/types';
import { connectNetwork, createContainer, createEngine, createNetwork, execRun, pullImage, startContainer, type ContainerRecord, type Engine } from '../../../sim/index';
import { containerNetTools, hostNetCommands } from '../tools';

export interface NetWorld {
  eng: Engine;
  session: HostSession;
  /** Run a line on the host; returns stdout, stderr and the exit code. */
  sh(line: string): { stdout: string; stderr: string; exitCode: number };
  /** Create and start a container (detached). */
  run(opts: { name: string; image: string; cmd?: string[]; network?: string; aliases?: string[]; ports?: Record<string, string>; hostIp?: string; ip?: string }): ContainerRecord;
  exec(name: string, argv: string[]): { stdout: string; stderr: string; exitCode: number };
  network(name: string, o?: { internal?: boolean; subnet?: string; driver?: string }): void;
  connect(net: string, container: string): void;
}

export function netWorld(images: readonly string[] = ['alpine', 'nginx:alpine']): NetWorld {
  let control: ShellControl | null = null;
  const ref: { eng: Engine | null } = { eng: null };
  const session = createHostSession({ commands: { ...hostNetCommands(() => ref.eng!), 'grab-shell': (ctx) => ((control = ctx.shell), 0) } });
  session.run('grab-shell');
  const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const eng = createEngine({
    runner: (m, argv, io) => control!.exec(m, argv.map(quote).join(' '), io),
    hostFs: session.rootFs,
    toolsFor: (e, c) => containerNetTools(e, c),
  });
  ref.eng = eng;
  for (const i of images) pullImage(eng, i);
  return {
    eng,
    session,
    sh(line) {
      const r = session.run(line);
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    },
    run(o) {
      const bindings = Object.fromEntries(Object.entries(o.ports ?? {}).map(([cp, hp]) => [cp.includes('/') ? cp : `${cp}/tcp`, [{ HostIp: o.hostIp ?? '', HostPort: hp }]]));
      const { container } = createContainer(eng, {
        name: o.name,
        config: { Image: o.image, ...(o.cmd ? { Cmd: o.cmd } : {}) },
        hostConfig: { NetworkMode: o.network ?? 'bridge', PortBindings: bindings },
        ...(o.network && !['bridge', 'host', 'none'].includes(o.network) ? { endpoints: { [o.network]: { aliases: o.aliases ?? [], ...(o.ip ? { ipv4Address: o.ip } : {}) } } } : {}),
      });
      startContainer(eng, container.id);
      return container;
    },
    exec(name, argv) {
      return execRun(eng, name, argv);
    },
    network(name, o = {}) {
      createNetwork(eng, { name, ...o });
    },
    connect(net, container) {
      connectNetwork(eng, net, container);
    },
  };
}
