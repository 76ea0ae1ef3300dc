/**
 * Cluster membership: `swarm init` (a new cluster with this engine as leader), `swarm join`
 * (token and address checks with swarmkit's errors), `swarm leave` (dockerd's quorum warnings),
 * `swarm update`, `swarm unlock`, join-token and unlock-key rotation.
 */
import { clusterEvent } from './events';
import { hostOf, type Engine } from '../core/engine';
import { EngineError } from '../core/errors';
import { nextHex } from '../core/rng';
import type { HostState } from '../core/world';
import { removeContainer } from '../containers/manage';
import { hostAtAddress, nodeAddress, SWARM_PORT, splitHostPort } from './addresses';
import { newCaDigest, newJoinToken, newSwarmId, newTrustRoot, newUnlockKey, parseJoinToken } from './ids';
import { createIngress, copyNetworkTo, ensureGwBridge, nodeEngine, removeNodeNetworks, syncNetworks } from './overlay';
import { ALREADY_IN_SWARM, hasQuorum, hostByName, managers, membership, newMeta, nodeReady, requireManager, rpcError, swarmWorld, touch, unavailableError } from './state';
import type { Availability, ClusterRecord, NodeRecord, NodeRole, SwarmSpec } from './types';

export const DEFAULT_CERT_EXPIRY = 90 * 24 * 3600 * 1e9;
const JOIN_TIMEOUT =
  'Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.';

export interface SpecChanges {
  taskHistoryLimit?: number;
  dispatcherHeartbeat?: number;
  maxSnapshots?: number;
  snapshotInterval?: number;
  autolock?: boolean;
  certExpiry?: number;
}

export interface InitRequest extends SpecChanges {
  listenAddr?: string;
  advertiseAddr?: string;
  forceNewCluster?: boolean;
  availability?: Availability;
  defaultAddrPool?: string[];
  subnetSize?: number;
  dataPathPort?: number;
}

function defaultSpec(): SwarmSpec {
  return {
    Name: 'default',
    Labels: {},
    Orchestration: { TaskHistoryRetentionLimit: 5 },
    Raft: { SnapshotInterval: 10000, KeepOldSnapshots: 0, LogEntriesForSlowFollowers: 500, ElectionTick: 10, HeartbeatTick: 1 },
    Dispatcher: { HeartbeatPeriod: 5e9 },
    CAConfig: { NodeCertExpiry: DEFAULT_CERT_EXPIRY },
    TaskDefaults: {},
    EncryptionConfig: { AutoLockManagers: false },
  };
}

export function applySpecChanges(spec: SwarmSpec, c: SpecChanges): void {
  if (c.taskHistoryLimit !== undefined) spec.Orchestration.TaskHistoryRetentionLimit = c.taskHistoryLimit;
  if (c.dispatcherHeartbeat !== undefined) {
    if (c.dispatcherHeartbeat < 0) throw rpcError('InvalidArgument', 'heartbeat time period cannot be a negative duration');
    spec.Dispatcher.HeartbeatPeriod = c.dispatcherHeartbeat;
  }
  if (c.maxSnapshots !== undefined) spec.Raft.KeepOldSnapshots = c.maxSnapshots;
  if (c.snapshotInterval !== undefined) spec.Raft.SnapshotInterval = c.snapshotInterval;
  if (c.autolock !== undefined) spec.EncryptionConfig.AutoLockManagers = c.autolock;
  if (c.certExpiry !== undefined) {
    if (c.certExpiry < 3600e9) throw rpcError('InvalidArgument', 'minimum certificate expiry time is: 1h0m0s');
    spec.CAConfig.NodeCertExpiry = c.certExpiry;
  }
}

function validatePools(pools: string[], size: number): void {
  if (size > 29) throw new EngineError('invalidParameter', `subnet size is out of range: ${size}`);
  for (const p of pools) {
    const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(p.trim());
    if (!m) throw new EngineError('invalidParameter', `invalid base pool ${p}: invalid CIDR address: ${p}`);
    if (size < Number(m[2])) throw new EngineError('invalidParameter', `invalid CIDR: "${p}". Subnet size is too small for pool: ${size}`);
  }
}

/** Register `host` as a node of `cluster` and make its engine a member (a join is a `node create` event; init's first node is not: no manager watches yet). */
export function addMember(eng: Engine, cluster: ClusterRecord, host: HostState, role: NodeRole, addr: string, port: string, availability: Availability, announce = true): NodeRecord {
  const now = eng.world.clock;
  const id = newSwarmId(eng.world.rng);
  const node: NodeRecord = {
    ...newMeta(cluster, id, now),
    hostname: host.name,
    spec: { Labels: {}, Role: role, Availability: availability },
    addr,
    ...(role === 'manager' ? { managerAddr: `${addr}:${port}` } : {}),
  };
  cluster.nodes[id] = node;
  host.ext['swarm'] = { role, nodeId: id, nodeAddr: addr, clusterId: cluster.id };
  if (announce) clusterEvent(eng.world, cluster, 'node', 'create', id, { name: host.name });
  const nodeEng = nodeEngine(eng, host.name);
  ensureGwBridge(nodeEng);
  for (const [netId, entry] of Object.entries(cluster.networks)) {
    if (role === 'manager' || entry.name === 'ingress') copyNetworkTo(eng.world, cluster, netId, host);
  }
  return node;
}

export function initSwarm(eng: Engine, req: InitRequest): NodeRecord {
  const host = hostOf(eng);
  const current = membership(host);
  if (current && !req.forceNewCluster) throw unavailableError(ALREADY_IN_SWARM);
  if (current && current.role !== 'manager') {
    throw unavailableError("This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.");
  }
  const where = nodeAddress(host, req.listenAddr ?? `0.0.0.0:${SWARM_PORT}`, req.advertiseAddr ?? '');
  const pools = req.defaultAddrPool?.length ? req.defaultAddrPool : ['10.0.0.0/8'];
  const size = req.subnetSize || 24;
  validatePools(pools, size);
  const port = req.dataPathPort || 4789;
  if (port < 1024 || port > 49151) throw new EngineError('invalidParameter', `Datapath port number is not in valid range (1024-49151) : ${port}`);
  if (current) return forceNewCluster(eng, host, current.clusterId);
  const rng = eng.world.rng;
  const now = eng.world.clock;
  const caDigest = newCaDigest(rng);
  const cluster: ClusterRecord = {
    id: newSwarmId(rng),
    version: 0,
    createdAt: now,
    updatedAt: now,
    spec: defaultSpec(),
    trustRoot: newTrustRoot(rng),
    caDigest,
    tokens: { worker: newJoinToken(rng, caDigest), manager: newJoinToken(rng, caDigest) },
    unlockKey: newUnlockKey(rng),
    defaultAddrPool: pools,
    subnetSize: size,
    dataPathPort: port,
    index: 10,
    nodes: {},
    services: {},
    tasks: {},
    secrets: {},
    configs: {},
    networks: {},
    ipam: {},
    nextSubnet: 0,
    leaderId: null,
  };
  applySpecChanges(cluster.spec, req);
  swarmWorld(eng.world).clusters[cluster.id] = cluster;
  const node = addMember(eng, cluster, host, 'manager', where.advertise, where.port, req.availability ?? 'active', false);
  cluster.leaderId = node.id;
  createIngress(eng, cluster);
  touch(cluster, cluster, now);
  return node;
}

/** `--force-new-cluster` on a manager: a one-manager cluster keeping the state. */
function forceNewCluster(eng: Engine, host: HostState, clusterId: string): NodeRecord {
  const cluster = swarmWorld(eng.world).clusters[clusterId]!;
  const self = membership(host)!;
  for (const n of managers(cluster)) {
    if (n.id === self.nodeId) continue;
    n.left = true;
    const h = hostByName(eng.world, n.hostname);
    if (h && membership(h)?.nodeId === n.id) delete h.ext['swarm'];
  }
  cluster.leaderId = self.nodeId;
  touch(cluster, cluster, eng.world.clock);
  return cluster.nodes[self.nodeId]!;
}

export interface JoinRequest {
  token: string;
  remote: string;
  listenAddr?: string;
  advertiseAddr?: string;
  availability?: Availability;
}

export function joinSwarm(eng: Engine, req: JoinRequest): NodeRecord {
  const host = hostOf(eng);
  if (membership(host)) throw unavailableError(ALREADY_IN_SWARM);
  const where = nodeAddress(host, req.listenAddr ?? `0.0.0.0:${SWARM_PORT}`, req.advertiseAddr ?? '');
  const remote = splitHostPort(req.remote.includes(':') ? req.remote : `${req.remote}:${SWARM_PORT}`);
  const managerHost = remote ? hostAtAddress(eng.world, remote.host, (h) => membership(h)?.nodeAddr) : undefined;
  const m = managerHost && membership(managerHost);
  const cluster = m ? swarmWorld(eng.world).clusters[m.clusterId] : undefined;
  if (!managerHost || !cluster || m?.role !== 'manager' || !nodeReady(eng.world, cluster, cluster.nodes[m.nodeId]!) || !hasQuorum(eng.world, cluster)) {
    throw unavailableError(JOIN_TIMEOUT);
  }
  const token = parseJoinToken(req.token);
  if (!token) throw new EngineError('invalidParameter', 'invalid join token');
  if (token.digest !== cluster.caDigest) throw new EngineError('unknown', `remote CA does not match fingerprint. Expected: ${nextHex(eng.world.rng, 64)}`);
  const role: NodeRole | null = req.token === cluster.tokens.manager ? 'manager' : req.token === cluster.tokens.worker ? 'worker' : null;
  if (!role) throw rpcError('InvalidArgument', 'A valid join token is necessary to join this cluster');
  const node = addMember(eng, cluster, host, role, where.advertise, where.port, req.availability ?? 'active');
  syncNetworks(eng.world, cluster);
  return node;
}

/** `docker swarm leave [--force]`. */
export function leaveSwarm(eng: Engine, force: boolean): void {
  const host = hostOf(eng);
  const m = membership(host);
  if (!m) throw unavailableError('This node is not part of a swarm');
  const cluster = swarmWorld(eng.world).clusters[m.clusterId];
  if (m.locked && !force) throw unavailableError('Swarm is encrypted and locked. Please unlock it first or use `--force` to ignore this message.');
  if (m.role === 'manager' && !force && cluster) {
    let msg = 'You are attempting to leave the swarm on a node that is participating as a manager. ';
    const all = managers(cluster);
    const reachable = all.filter((n) => nodeReady(eng.world, cluster, n)).length;
    const unreachable = all.length - reachable;
    if (hasQuorum(eng.world, cluster)) {
      if (reachable - 2 <= unreachable) {
        if (reachable === 1 && unreachable === 0) throw unavailableError(msg + 'Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message. ');
        msg += `Removing this node leaves ${reachable - 1} managers out of ${reachable + unreachable}. Without a Raft quorum your swarm will be inaccessible. `;
      }
    } else msg += 'Doing so may lose the consensus of your cluster. ';
    throw unavailableError(msg + 'The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.');
  }
  if (!cluster) {
    delete host.ext['swarm'];
    return;
  }
  const self = cluster.nodes[m.nodeId];
  const last = m.role === 'manager' && managers(cluster).every((n) => n.id === m.nodeId);
  if (last) {
    for (const n of Object.values(cluster.nodes)) {
      const h = hostByName(eng.world, n.hostname);
      if (h && membership(h)?.clusterId === cluster.id) detach(eng, h, cluster);
    }
    delete swarmWorld(eng.world).clusters[cluster.id];
    return;
  }
  if (self) {
    self.left = true;
    touch(cluster, self, eng.world.clock);
  }
  detach(eng, host, cluster);
}

/** What leaving does to the engine: task containers removed, swarm networks gone, membership cleared. */
function detach(eng: Engine, host: HostState, cluster: ClusterRecord): void {
  const nodeEng = nodeEngine(eng, host.name);
  for (const c of Object.values(host.containers)) {
    if (c.config.Labels['com.docker.swarm.task.id']) removeContainer(nodeEng, c.id, { force: true, volumes: false });
  }
  removeNodeNetworks(nodeEng, cluster);
  delete host.ext['swarm'];
}

/** `docker swarm update` (and the rotations of join-token/unlock-key). */
export function updateSwarm(eng: Engine, changes: SpecChanges, rotate: { worker?: boolean; manager?: boolean; unlockKey?: boolean } = {}): ClusterRecord {
  const cluster = requireManager(eng);
  applySpecChanges(cluster.spec, changes);
  const rng = eng.world.rng;
  if (rotate.worker) cluster.tokens.worker = newJoinToken(rng, cluster.caDigest);
  if (rotate.manager) cluster.tokens.manager = newJoinToken(rng, cluster.caDigest);
  if (rotate.unlockKey) cluster.unlockKey = newUnlockKey(rng);
  touch(cluster, cluster, eng.world.clock);
  return cluster;
}

/** `docker swarm ca --rotate`: a new root CA (and so new join tokens). */
export function rotateCa(eng: Engine): ClusterRecord {
  const cluster = requireManager(eng);
  const rng = eng.world.rng;
  cluster.trustRoot = newTrustRoot(rng);
  cluster.caDigest = newCaDigest(rng);
  cluster.tokens = { worker: newJoinToken(rng, cluster.caDigest), manager: newJoinToken(rng, cluster.caDigest) };
  touch(cluster, cluster, eng.world.clock);
  return cluster;
}

/** `docker swarm unlock`: the key must be the cluster's current unlock key. */
export function unlockSwarm(eng: Engine, key: string): void {
  const m = membership(hostOf(eng));
  if (!m) throw unavailableError('This node is not part of a swarm');
  if (!m.locked) throw new EngineError('conflict', 'swarm is not locked');
  const cluster = swarmWorld(eng.world).clusters[m.clusterId];
  if (!cluster || key !== cluster.unlockKey) throw new EngineError('unauthorized', 'swarm could not be unlocked: invalid key provided');
  delete m.locked;
}
