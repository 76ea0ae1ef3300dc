/**
 * The simulated lab: extra machines beside the learner's host (each a Docker engine of its own,
 * addressed 192.168.1.11, .12, …), for exercise setup and for the learner's `dockerlings node`
 * command. A machine can join the learner's swarm as it is added, and be powered off and on
 * (its node goes Down / Ready: drain and quorum loss can be demonstrated).
 */
import { onHost, type Engine } from '../core/engine';
import { EngineError } from '../core/errors';
import { addHost, type HostState } from '../core/world';
import { killContainer } from '../containers/control';
import { ensureDefaultNetworks } from '../networks/manage';
import { joinSwarm } from './cluster';
import { markNode, nodeUpdated } from './events';
import { nodeState } from './nodes';
import { clusterOfHost, hostByName, labOf, membership, nodeOfHost } from './state';
import type { LabHostExt, NodeRecord, NodeRole } from './types';

const LAB_PREFIX = '192.168.1.';
const FIRST_LAB_HOST = 11;

export interface AddNodeOptions {
  hostname: string;
  /** Join the learner's swarm with this role (the learner's host must be a manager). */
  role?: NodeRole;
  /** The machine's address (default: the next free 192.168.1.x from .11). */
  ip?: string;
}

function nextLabIp(eng: Engine): string {
  const used = new Set(eng.world.hosts.flatMap((h) => labOf(h)?.addrs.map((a) => a.ip) ?? []));
  for (let n = FIRST_LAB_HOST; n < 255; n++) if (!used.has(LAB_PREFIX + n)) return LAB_PREFIX + n;
  throw new EngineError('conflict', 'no free lab address');
}

/** Add a machine (and join it to the learner's swarm when `role` is given); returns its node when it joined. */
export function addNode(eng: Engine, o: AddNodeOptions): NodeRecord | null {
  if (hostByName(eng.world, o.hostname)) throw new EngineError('conflict', `a machine named ${o.hostname} already exists`);
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(o.hostname)) throw new EngineError('invalidParameter', `invalid hostname ${o.hostname}`);
  const host = addHost(eng.world, o.hostname);
  const lab: LabHostExt = { addrs: [{ iface: 'eth0', ip: o.ip ?? nextLabIp(eng) }] };
  host.ext['swarmLab'] = lab;
  const node = onHost(eng, host.name);
  ensureDefaultNetworks(node);
  if (!o.role) return null;
  const learner = eng.world.hosts[0]!;
  const cluster = clusterOfHost(eng.world, learner);
  const m = membership(learner);
  if (!cluster || !m) throw new EngineError('unavailable', 'the learner\'s host is not in a swarm: run "docker swarm init" first');
  return joinSwarm(node, { token: o.role === 'manager' ? cluster.tokens.manager : cluster.tokens.worker, remote: `${m.nodeAddr}:2377` });
}

/** Power a lab machine off or on (the learner's own host cannot be switched off). */
export function setNodePower(eng: Engine, hostname: string, on: boolean): void {
  const host = hostByName(eng.world, hostname);
  const lab = host ? labOf(host) : null;
  if (!host || !lab) throw new EngineError('notFound', `no lab machine named ${hostname}`);
  const cluster = clusterOfHost(eng.world, host);
  const node = cluster ? nodeOfHost(cluster, host) : undefined;
  const before = cluster && node ? markNode(node, nodeState(eng.world, cluster, node)) : null;
  setPower(eng, host, lab, on);
  const after = cluster && node ? nodeState(eng.world, cluster, node) : null;
  if (cluster && node && before && after !== before.state) nodeUpdated(eng.world, cluster, node, before, after!);
}

function setPower(eng: Engine, host: HostState, lab: LabHostExt, on: boolean): void {
  if (on) {
    delete lab.off;
    // An autolocked manager comes back locked: it waits for `docker swarm unlock`.
    const m = membership(host);
    const cluster = clusterOfHost(eng.world, host);
    if (m?.role === 'manager' && cluster?.spec.EncryptionConfig.AutoLockManagers) m.locked = true;
  } else {
    const machine = onHost(eng, host.name);
    for (const c of Object.values(host.containers)) if (c.state.Running) killContainer(machine, c.id, 'SIGKILL');
    lab.off = true;
  }
}

export function labMachines(eng: Engine): Array<{ hostname: string; ip: string; off: boolean; role: string }> {
  return eng.world.hosts.map((h) => ({
    hostname: h.name,
    ip: labOf(h)?.addrs[0]?.ip ?? '10.0.2.15',
    off: !!labOf(h)?.off,
    role: membership(h)?.role ?? '',
  }));
}
