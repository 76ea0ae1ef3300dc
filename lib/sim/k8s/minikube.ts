/**
 * The minikube profile's life with the docker driver: `start` creates the `minikube` network
 * (192.168.49.0/24), volume and privileged container on the learner's Docker, an engine host for
 * the node's own runtime, and a fresh cluster; later starts restart the container (pods restart,
 * RESTARTS +1); `stop` stops it; `delete` removes every trace.
 */
import { addHost } from '../core/world';
import { hostOf, onHost, type Engine } from '../core/engine';
import { createContainer } from '../containers/create';
import { killContainer, stopContainer } from '../containers/control';
import { removeContainer } from '../containers/manage';
import { startContainer } from '../containers/start';
import { createNetwork, ensureDefaultNetworks, findNetwork, removeNetwork } from '../networks/manage';
import { createVolume, removeVolume } from '../volumes/volumes';
import { bootstrapCluster } from './bootstrap';
import { registerKubeBehaviours } from './behaviours';
import { ensureKicbase, ensurePause, KICBASE_REF } from './images';
import { POD_NETWORK } from './kubelet/runtime';
import { reconcile, installKubeHook } from './reconcile';
import { ctxFor, emptyCluster, learnerEngine, minikubeOf, NODE_IP, PROFILE, setMinikube, type MinikubeState } from './state';
import { restartAfterBoot } from './reboot';

const LABELS = { 'created_by.minikube.sigs.k8s.io': 'true', 'name.minikube.sigs.k8s.io': PROFILE };

export type StartOutcome = { kind: 'created'; downloadedBase: boolean } | { kind: 'restarted'; recreated: boolean } | { kind: 'running' };

function nodeEngine(eng: Engine): Engine {
  const world = eng.world;
  if (!world.hosts.some((h) => h.name === PROFILE)) addHost(world, PROFILE).ext['k8sNode'] = { profile: PROFILE };
  const node = onHost(eng, PROFILE);
  ensureDefaultNetworks(node);
  if (!findNetwork(hostOf(node), POD_NETWORK)) createNetwork(node, { name: POD_NETWORK, subnet: '10.0.0.0/8', gateway: '10.244.0.1', ipRange: '10.244.0.0/16' });
  ensurePause(node);
  return node;
}

function createNodeContainer(eng: Engine): string {
  if (!findNetwork(hostOf(eng), PROFILE)) {
    createNetwork(eng, { name: PROFILE, subnet: '192.168.49.0/24', gateway: '192.168.49.1', labels: LABELS, options: { '--icc': '', '--ip-masq': '', 'com.docker.network.driver.mtu': '1500' } });
  }
  if (!hostOf(eng).volumes[PROFILE]) createVolume(eng, { name: PROFILE, labels: { ...LABELS, 'mode.minikube.sigs.k8s.io': PROFILE } });
  const published = (port: number) => [`${port}/tcp`, [{ HostIp: '127.0.0.1', HostPort: '' }]] as const;
  const { container } = createContainer(eng, {
    name: PROFILE,
    config: {
      Image: KICBASE_REF,
      Hostname: PROFILE,
      Env: ['container=docker'],
      ExposedPorts: { '22/tcp': {}, '2376/tcp': {}, '5000/tcp': {}, '8443/tcp': {}, '32443/tcp': {} },
      Labels: { ...LABELS, 'mode.minikube.sigs.k8s.io': PROFILE, 'role.minikube.sigs.k8s.io': '' },
    },
    hostConfig: {
      Privileged: true,
      NetworkMode: PROFILE,
      Binds: ['/lib/modules:/lib/modules:ro', `${PROFILE}:/var`],
      PortBindings: Object.fromEntries([22, 2376, 5000, 8443, 32443].map(published).map(([k, v]) => [k, [...v]])),
      Memory: 2200 * 1024 * 1024,
      NanoCpus: 2e9,
      SecurityOpt: ['seccomp=unconfined', 'apparmor=unconfined', 'label=disable'],
      Tmpfs: { '/tmp': '', '/run': '' },
    },
    endpoints: { [PROFILE]: { ipv4Address: NODE_IP } },
  });
  startContainer(eng, container.id);
  return container.id;
}

export function nodeContainerRunning(eng: Engine): boolean {
  const p = minikubeOf(learnerEngine(eng));
  return !!p && (hostOf(learnerEngine(eng)).containers[p.nodeContainer]?.state.Running ?? false);
}

export function startMinikube(anyEng: Engine): StartOutcome {
  registerKubeBehaviours();
  installKubeHook(anyEng.rt);
  const eng = learnerEngine(anyEng);
  const existing = minikubeOf(eng);
  if (existing) {
    const c = hostOf(eng).containers[existing.nodeContainer];
    if (existing.status === 'Running' && c?.state.Running) return { kind: 'running' };
    const recreated = !c;
    if (recreated) existing.nodeContainer = createNodeContainer(eng);
    else if (!c.state.Running) startContainer(eng, c.id);
    existing.status = 'Running';
    nodeEngine(eng);
    const ctx = ctxFor(eng, existing);
    restartAfterBoot(ctx);
    reconcile(ctx);
    return { kind: 'restarted', recreated };
  }
  const downloadedBase = ensureKicbase(eng);
  const nodeContainer = createNodeContainer(eng);
  nodeEngine(eng);
  const profile: MinikubeState = { name: PROFILE, status: 'Running', created: eng.world.clock, nodeContainer, tunnel: false, addons: { 'default-storageclass': true, 'storage-provisioner': true }, cluster: emptyCluster() };
  setMinikube(eng, profile);
  const ctx = ctxFor(eng, profile);
  bootstrapCluster(ctx);
  reconcile(ctx);
  return { kind: 'created', downloadedBase };
}

function stopNodeRuntime(eng: Engine): void {
  if (!eng.world.hosts.some((h) => h.name === PROFILE)) return;
  const node = onHost(eng, PROFILE);
  for (const c of Object.values(hostOf(node).containers)) if (c.state.Running) killContainer(node, c.id, 'SIGKILL');
}

/** false when the profile was already stopped. */
export function stopMinikube(anyEng: Engine): boolean {
  const eng = learnerEngine(anyEng);
  const p = minikubeOf(eng);
  if (!p) return false;
  const c = hostOf(eng).containers[p.nodeContainer];
  const wasRunning = p.status === 'Running' && !!c?.state.Running;
  stopNodeRuntime(eng);
  if (c?.state.Running) stopContainer(eng, c.id, { timeout: 10 });
  p.status = 'Stopped';
  p.tunnel = false;
  return wasRunning;
}

/** false when there was no profile. */
export function deleteMinikube(anyEng: Engine): boolean {
  const eng = learnerEngine(anyEng);
  const p = minikubeOf(eng);
  const host = hostOf(eng);
  const c = p ? host.containers[p.nodeContainer] : Object.values(host.containers).find((x) => x.name === PROFILE);
  stopNodeRuntime(eng);
  if (c) removeContainer(eng, c.id, { force: true });
  if (host.volumes[PROFILE]) removeVolume(eng, PROFILE, true);
  if (findNetwork(host, PROFILE)) removeNetwork(eng, PROFILE);
  const i = eng.world.hosts.findIndex((h) => h.name === PROFILE);
  if (i > 0) eng.world.hosts.splice(i, 1);
  setMinikube(eng, null);
  return !!p;
}

export { NODE_IP };
