/**
 * Test support: a learner session (lib/host.ts: the host's network tools, the engine whose
 * containers get their image's tools) with helpers to build networks and containers directly
 * through the engine, so the tools are tested apart from the docker verbs.
 */
import { createHostSession, type HostSession } from '../../../host';
import { connectNetwork, createContainer, createNetwork, execRun, pullImage, startContainer, type ContainerRecord, type Engine } from '../../../sim/index';

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
  const session = createHostSession({ stepMs: 0 });
  const eng = session.engine;
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
