/**
 * The engine model used by model.test.ts and scripts/bench-engine.ts: a fast-check generator of
 * random-but-valid operations, and the invariants the world must keep after any of them.
 */
import fc from 'fast-check';
import { advance } from './core/clock';
import type { Engine } from './core/engine';
import { EVENT_TRIM_SLACK, MAX_EVENTS } from './core/events';
import { pullImage } from './images/pull';
import { commitContainer } from './images/commit';
import { removeImage, pruneImages } from './images/remove';
import { tagImage } from './images/history';
import { createContainer } from './containers/create';
import { startContainer } from './containers/start';
import { killContainer, pauseContainer, restartContainer, stopContainer, unpauseContainer } from './containers/control';
import { pruneContainers, removeContainer, renameContainer } from './containers/manage';
import { execRun } from './containers/exec';
import { LOG_TRIM_SLACK, MAX_LOG_LINES } from './containers/logs';
import { connectNetwork, disconnectNetwork } from './networks/attach';
import { createNetwork, pruneNetworks, removeNetwork } from './networks/manage';
import { httpRequest } from './networks/http';
import { createVolume, pruneVolumes, removeVolume } from './volumes/volumes';

/** Throws with `message` unless `ok`. */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`invariant broken: ${message}`);
}

export const IMAGES = ['alpine', 'nginx', 'busybox', 'redis:7', 'hello-world', 'postgres:16', 'httpd'];
const CMDS: Array<string[] | null> = [null, ['sleep', '30'], ['echo', 'hi'], ['sh', '-c', 'while true; do echo x; sleep 1; done'], ['false'], ['sh', '-c', 'sleep 2; exit 3']];
const NAMES = ['web', 'db', 'cache', 'app', 'api', 'worker'];
const NETS = ['appnet', 'backend', 'front'];
const VOLS = ['data', 'logs', 'cache'];

export type Op = (eng: Engine) => unknown;
const pick = <T,>(xs: readonly T[]) => fc.constantFrom(...xs);

const create: fc.Arbitrary<Op> = fc.tuple(pick(IMAGES), pick(CMDS), fc.option(pick(NAMES), { freq: 2 }), fc.option(pick(['', '8080', '8081']), { freq: 2 }), fc.constantFrom('no', 'always', 'on-failure'), fc.option(pick(NETS), { freq: 2 }), fc.option(pick(VOLS), { freq: 2 }), fc.boolean()).map(
    ([image, cmd, name, port, restart, net, vol, autoRemove]) =>
      (eng: Engine) => {
        const { container } = createContainer(eng, {
          ...(name ? { name } : {}),
          config: { Image: image, ...(cmd ? { Cmd: cmd } : {}) },
          hostConfig: {
            ...(port !== null ? { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: port }] } } : {}),
            RestartPolicy: { Name: autoRemove ? 'no' : restart, MaximumRetryCount: 0 },
            AutoRemove: autoRemove,
            ...(net ? { NetworkMode: net } : {}),
            ...(vol ? { Binds: [`${vol}:/data`] } : {}),
          },
        });
        return startContainer(eng, container.id);
      },
  );

const others: fc.Arbitrary<Op> = fc.oneof(
  pick(IMAGES).map((i) => (eng: Engine) => pullImage(eng, i)),
  pick(NAMES).map((n) => (eng: Engine) => startContainer(eng, n)),
  pick(NAMES).map((n) => (eng: Engine) => stopContainer(eng, n, { timeout: 2 })),
  pick(NAMES).map((n) => (eng: Engine) => killContainer(eng, n)),
  pick(NAMES).map((n) => (eng: Engine) => pauseContainer(eng, n)),
  pick(NAMES).map((n) => (eng: Engine) => unpauseContainer(eng, n)),
  pick(NAMES).map((n) => (eng: Engine) => restartContainer(eng, n, { timeout: 1 })),
  pick(NAMES).map((n) => (eng: Engine) => removeContainer(eng, n, { force: true, volumes: true })),
  fc.tuple(pick(NAMES), pick(NAMES)).map(([a, b]) => (eng: Engine) => renameContainer(eng, a, b)),
  pick(NAMES).map((n) => (eng: Engine) => execRun(eng, n, ['echo', 'x'])),
  pick(NAMES).map((n) => (eng: Engine) => commitContainer(eng, n, { reference: `snap/${n}:1` })),
  pick(NETS).map((n) => (eng: Engine) => createNetwork(eng, { name: n })),
  pick(NETS).map((n) => (eng: Engine) => removeNetwork(eng, n)),
  fc.tuple(pick(NETS), pick(NAMES)).map(([n, c]) => (eng: Engine) => connectNetwork(eng, n, c)),
  fc.tuple(pick(NETS), pick(NAMES)).map(([n, c]) => (eng: Engine) => disconnectNetwork(eng, n, c)),
  pick(VOLS).map((v) => (eng: Engine) => createVolume(eng, { name: v })),
  pick(VOLS).map((v) => (eng: Engine) => removeVolume(eng, v)),
  pick(IMAGES).map((i) => (eng: Engine) => removeImage(eng, i)),
  pick(IMAGES).map((i) => (eng: Engine) => tagImage(eng, i, 'mine:latest')),
  fc.constantFrom<Op>((eng) => pruneContainers(eng), (eng) => pruneImages(eng), (eng) => pruneNetworks(eng), (eng) => pruneVolumes(eng)),
  fc.integer({ min: 0, max: 30_000 }).map((ms) => (eng: Engine) => advance(eng, ms)),
  fc.constantFrom('localhost:8080', 'localhost:8081', 'http://web/').map((u) => (eng: Engine) => httpRequest(eng, { kind: 'host' }, u)),
);

export const op: fc.Arbitrary<Op> = fc.oneof({ arbitrary: create, weight: 1 }, { arbitrary: others, weight: 3 });

export function checkInvariants(eng: Engine): void {
  const host = eng.world.hosts[0]!;
  const names = new Set<string>();
  const bindings = new Set<string>();
  for (const c of Object.values(host.containers)) {
    check(!names.has(c.name), `duplicate name ${c.name}`);
    names.add(c.name);
    check(c.logs.length <= MAX_LOG_LINES + LOG_TRIM_SLACK, `${c.name} has ${c.logs.length} log lines`);
    if (c.state.Running && !c.state.Restarting) {
      check(c.proc !== null && c.state.Pid > 0, `${c.name} running without a process`);
      for (const [k, bs] of Object.entries(c.ports)) for (const b of bs ?? []) {
        const key = `${b.HostIp}:${b.HostPort}/${k.split('/')[1]}`;
        check(!bindings.has(key), `port ${key} bound twice`);
        bindings.add(key);
      }
    } else {
      check(c.proc === null, `${c.name} (${c.state.Status}) keeps a process`);
      check(Object.values(c.ports).flat().filter(Boolean).length === 0, `${c.name} (${c.state.Status}) keeps ports`);
      check(Object.values(c.networks).every((e) => e.ipAddress === ''), `${c.name} (${c.state.Status}) keeps an address`);
    }
    for (const m of c.mounts) if (m.Type === 'volume') check(host.volumes[m.Name!] !== undefined, `volume ${m.Name} of ${c.name} is gone`);
  }
  for (const img of Object.values(host.images)) for (const l of img.layers) check(host.layers[l] !== undefined, `layer ${l} of ${img.id} is gone`);
  for (const [ref, id] of Object.entries(host.refs)) check(host.images[id] !== undefined, `${ref} points nowhere`);
  const ips = new Set<string>();
  for (const c of Object.values(host.containers)) for (const [n, e] of Object.entries(c.networks)) {
    if (!e.ipAddress) continue;
    check(!ips.has(`${n}/${e.ipAddress}`), `ip ${e.ipAddress} twice on ${n}`);
    ips.add(`${n}/${e.ipAddress}`);
  }
  check(eng.world.events.length <= MAX_EVENTS + EVENT_TRIM_SLACK, 'event log over its cap');
}
