/**
 * The other container engines of the learner's machine, each a separate engine host in the World
 * (their own images and containers, like the real separate stores): `podman` (containers/storage,
 * shared with Buildah; rootless, network `podman` 10.88.0.0/16) and `containerd` (ctr's `default`
 * namespace). Ports a Podman container or pod publishes are reachable from the learner's host
 * through a route extension, as rootlessport would make them.
 */
import { addHost, createNetwork, findNetwork, hostOf, onHost, type Engine, type HostState } from '../../sim/index';
import type { ContainerRecord } from '../../sim/index';
import type { RouteExtension } from '../../sim/core/engine';
import { listenersOf } from '../../sim/networks/reach';
import { ensureDefaultNetworks } from '../../sim/networks/manage';

export const PODMAN_HOST = 'podman';
export const CONTAINERD_HOST = 'containerd';

/** Podman's own bookkeeping beside the engine records (plain data in the host's ext). */
export interface PodmanPod {
  id: string;
  name: string;
  created: number;
  infraId: string;
  labels: Record<string, string>;
}

export interface PodmanState {
  pods: Record<string, PodmanPod>;
  /** Buildah working containers: name → engine container id, and the config `buildah config` set. */
  working: Record<string, { id: string; image: string; changes: string[]; author?: string }>;
}

function learner(eng: Engine): Engine {
  return onHost(eng, eng.world.hosts[0]!.name);
}

function ensureHost(eng: Engine, name: string): Engine {
  if (!eng.world.hosts.some((h) => h.name === name)) addHost(eng.world, name);
  const e = onHost(learner(eng), name);
  ensureDefaultNetworks(e);
  return e;
}

/** Podman's (and Buildah's) engine, created on first use. */
export function podmanEngine(eng: Engine): Engine {
  const p = ensureHost(eng, PODMAN_HOST);
  if (!findNetwork(hostOf(p), 'podman')) createNetwork(p, { name: 'podman', subnet: '10.88.0.0/16', gateway: '10.88.0.1' });
  installPodmanRoutes(eng);
  return p;
}

/** containerd's engine (ctr), created on first use. */
export function containerdEngine(eng: Engine): Engine {
  const c = ensureHost(eng, CONTAINERD_HOST);
  if (!findNetwork(hostOf(c), 'ctr')) createNetwork(c, { name: 'ctr', subnet: '10.4.0.0/24', gateway: '10.4.0.1' });
  return c;
}

export function podmanState(p: Engine): PodmanState {
  const ext = hostOf(p).ext;
  const s = (ext['podman'] ??= { pods: {}, working: {} }) as PodmanState;
  return s;
}

/** The container that serves a port published by `owner` (for a pod's infra: the member listening on it). */
function server(eng: Engine, host: HostState, owner: ContainerRecord, port: number): ContainerRecord {
  const members = Object.values(host.containers).filter((c) => c.state.Running && c.hostConfig.NetworkMode === `container:${owner.id}`);
  return members.find((c) => listenersOf(eng, c).some((l) => l.port === port && l.proto === 'tcp')) ?? owner;
}

const podmanRoutes: RouteExtension = {
  name: 'podman-rootlessport',
  connect(eng, from, ip, port) {
    if (from.kind !== 'host' || eng.host !== eng.world.hosts[0]!.name) return null;
    if (!(ip.startsWith('127.') || ip === '0.0.0.0')) return null;
    const host = eng.world.hosts.find((h) => h.name === PODMAN_HOST);
    if (!host) return null;
    for (const c of Object.values(host.containers)) {
      if (!c.state.Running) continue;
      for (const [key, binds] of Object.entries(c.ports)) {
        if (!key.endsWith('/tcp') || !(binds ?? []).some((b) => Number(b.HostPort) === port)) continue;
        const target = Number(key.split('/')[0]);
        return { host: PODMAN_HOST, container: server(onHost(eng, PODMAN_HOST), host, c, target), port: target, clientIp: '10.88.0.1' };
      }
    }
    return null;
  },
};

export function installPodmanRoutes(eng: Engine): void {
  eng.rt.routes ??= [];
  if (!eng.rt.routes.some((r) => r.name === podmanRoutes.name)) eng.rt.routes.push(podmanRoutes);
}
