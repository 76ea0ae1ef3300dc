/**
 * The listeners a running `kubectl port-forward` holds on the learner's host: a route extension
 * (networks/reach.ts) that takes host connections to 127.0.0.1:<local> / [::1]:<local> to the
 * pod's port on the node, and prints kubectl's `Handling connection for <local>` for each.
 * When nothing listens on the pod's port, the local listener has already taken the connection:
 * kubectl closes it without a reply (curl: Empty reply from server), logs the runtime's error and
 * ends with `error: lost connection to pod` (client-go's ErrLostConnectionToPod).
 * Listeners belong to the kubectl process, not to the simulated world: they live in the engine's
 * runtime and end with the process (Ctrl+C, `kill %1`).
 */
import { hostOf, type Engine, type RouteExtension, type RoutedTarget } from '../../sim/core/engine';
import type { Runtime } from '../../sim/core/engine';
import { listenersOf } from '../../sim/networks/reach';
import { engineContainer } from '../../sim/k8s/kubelet/runtime';
import { liveCtx } from '../../sim/k8s/state';
import { getObject } from '../../sim/k8s/store';
import type { Pod } from '../../sim/k8s/types';
import { klog } from './offline';

export interface Forward {
  /** Local addresses listened on (`127.0.0.1`, `::1`, or an --address). */
  addresses: string[];
  local: number;
  remote: number;
  namespace: string;
  pod: string;
  /** The pod's sandbox id when kubectl picked it (the runtime names it in its errors). */
  sandbox: string;
  /** kubectl's stdout, wherever the process's output now goes. */
  print(text: string): void;
  /** The connection to the pod is lost: kubectl prints `text` and exits 1. */
  lost(text: string): void;
}

const tables = new WeakMap<Runtime, Forward[]>();

function forwardsOf(eng: Engine): Forward[] {
  let t = tables.get(eng.rt);
  if (!t) tables.set(eng.rt, (t = []));
  return t;
}

function listening(eng: Engine, ip: string, port: number): Forward | undefined {
  return forwardsOf(eng).find((f) => f.local === port && f.addresses.some((a) => a === ip || (a === '0.0.0.0' && ip.includes('.')) || (a === '127.0.0.1' && ip.startsWith('127.'))));
}

/** The pod's container that listens on `port` (containers of a pod share its network), or why none does. */
function podTarget(eng: Engine, f: Forward): RoutedTarget | { reason: string } {
  const k = liveCtx(eng);
  const pod = k && getObject<Pod>(k, 'pods', f.namespace, f.pod);
  const sandbox = f.sandbox;
  if (!k || !pod || pod.status?.phase !== 'Running') return { reason: `error forwarding port ${f.remote} to pod ${sandbox}, uid : Error: No such container: ${sandbox}` };
  const ids = Object.values(k.cluster.pods[pod.metadata.uid]?.containers ?? {});
  const containers = ids.map((id) => engineContainer(k, id)).filter((c) => c?.state.Running);
  const c = containers.find((x) => listenersOf(k.node, x!).some((l) => l.port === f.remote && l.proto === 'tcp'));
  if (c) return { host: hostOf(k.node).name, container: c, port: f.remote, clientIp: '127.0.0.1' };
  // cri-dockerd forwards with socat inside the pod's network namespace
  const t = new Date(eng.world.clock).toISOString();
  const when = `${t.slice(0, 10).replace(/-/g, '/')} ${t.slice(11, 19)}`;
  const socat = 1000 + (eng.world.clock % 30000);
  return { reason: `error forwarding port ${f.remote} to pod ${sandbox}, uid : exit status 1: ${when} socat[${socat}] E connect(5, AF=2 127.0.0.1:${f.remote}, 16): Connection refused` };
}

export const portForwardRoutes: RouteExtension = {
  name: 'kubectl-port-forward',
  resolve: (eng, from, name) => (from.kind === 'host' && name === '::1' && forwardsOf(eng).length ? '::1' : null),
  connect(eng, from, ip, port) {
    if (from.kind !== 'host' || eng.host !== eng.world.hosts[0]?.name) return null;
    const f = listening(eng, ip, port);
    if (!f) return ip === '::1' ? { error: 'refused' } : null;
    f.print(`Handling connection for ${port}\n`);
    const target = podTarget(eng, f);
    if ('host' in target) return target;
    const err = `an error occurred forwarding ${f.local} -> ${f.remote}: ${target.reason}`;
    f.lost(`${klog(eng, 'portforward.go:424', 0)}"Unhandled Error" err=${JSON.stringify(err)}\nerror: lost connection to pod\n`);
    return { error: 'empty-reply' };
  },
};

/** A port another listener on the host already holds (a port-forward, or a published container port). */
export function portInUse(eng: Engine, address: string, port: number): boolean {
  if (forwardsOf(eng).some((f) => f.local === port && f.addresses.some((a) => a === address || a === '0.0.0.0' || address === '0.0.0.0'))) return true;
  return Object.values(hostOf(eng).containers).some(
    (c) => c.state.Running && Object.values(c.ports).some((binds) => (binds ?? []).some((b) => Number(b.HostPort) === port && (b.HostIp === '0.0.0.0' || b.HostIp === '::' || b.HostIp === address))),
  );
}

/** Start listening; returns the function that stops (the process ends). */
export function openForward(eng: Engine, f: Forward): () => void {
  eng.rt.routes ??= [];
  if (!eng.rt.routes.includes(portForwardRoutes)) eng.rt.routes.unshift(portForwardRoutes);
  const table = forwardsOf(eng);
  table.push(f);
  return () => {
    const i = table.indexOf(f);
    if (i >= 0) table.splice(i, 1);
  };
}
