/**
 * Swarm state as plain data. Cluster objects (nodes, services, tasks, secrets, configs) live in
 * `world.ext.swarm.clusters[id]`; each host taking part keeps its own view in `host.ext.swarm`
 * (role, node id, address: what `docker info` and the exercise checks read). Specs use the Engine
 * API's field names and order (durations in nanoseconds) so inspect output is the stored spec.
 */

import type { PortConfig, ServiceSpec, TaskSpec } from './spec';
export type * from './spec';

export type NodeRole = 'manager' | 'worker';
export type Availability = 'active' | 'pause' | 'drain';

/** swarmkit's task states, in lifecycle order (the order matters: see TASK_ORDER). */
export type TaskState =
  | 'new'
  | 'pending'
  | 'assigned'
  | 'accepted'
  | 'preparing'
  | 'ready'
  | 'starting'
  | 'running'
  | 'complete'
  | 'shutdown'
  | 'failed'
  | 'rejected'
  | 'remove'
  | 'orphaned';

export const TASK_ORDER: Readonly<Record<TaskState, number>> = {
  new: 0, pending: 1, assigned: 2, accepted: 3, preparing: 4, ready: 5, starting: 6, running: 7,
  complete: 8, shutdown: 9, failed: 10, rejected: 11, remove: 12, orphaned: 13,
};

/** `host.ext.swarm`: this engine's membership (absent when the node is not in a swarm). */
export interface SwarmHostExt {
  role: NodeRole;
  nodeId: string;
  /** The address other nodes reach this one at (advertise address, without port). */
  nodeAddr: string;
  clusterId: string;
  /** An autolocked manager that restarted and waits for `docker swarm unlock`. */
  locked?: boolean;
}

/** `host.ext.swarmLab`: a simulated machine's interfaces and power (lessons add nodes, stop them). */
export interface LabHostExt {
  addrs: Array<{ iface: string; ip: string }>;
  /** The machine is powered off (its engine does not answer, its node goes Down). */
  off?: boolean;
}

export type UpdateState = 'updating' | 'paused' | 'completed' | 'rollback_started' | 'rollback_paused' | 'rollback_completed';

export interface UpdateStatus {
  state: UpdateState;
  startedAt?: number;
  completedAt?: number;
  message: string;
}

/** A rolling update (or rollback) in progress: swarmkit's Updater as data. */
export interface UpdateRun {
  rollback: boolean;
  /** How many slots the update set out to replace (the failure ratio's denominator). */
  total: number;
  /** Slots (replicated) or node ids (global) still to replace, in order. */
  queue: Array<number | string>;
  /** Slots being replaced: the new task, and when the worker is free again (after the delay). */
  inFlight: Array<{ slot: number | string; taskId: string; freeAt?: number }>;
  dirty: number;
  /** New task id → time it reached running (0 = not yet). */
  updated: Record<string, number>;
  failures: string[];
  /** Set when every slot is done: the update completes at this time unless a failure shows. */
  monitorUntil?: number;
}

export interface ObjectMeta {
  id: string;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface NodeRecord extends ObjectMeta {
  /** The world host this node is (its engine). */
  hostname: string;
  spec: { Labels: Record<string, string>; Role: NodeRole; Availability: Availability };
  /** Status.Addr: the address the node reaches managers from. */
  addr: string;
  /** Set on managers: `ip:2377`. */
  managerAddr?: string;
  /** The node left the swarm (it stays listed, Down, until `docker node rm`). */
  left?: boolean;
}

export interface ServiceRecord extends ObjectMeta {
  spec: ServiceSpec;
  previousSpec?: ServiceSpec;
  /** Version index of the spec tasks are compared against (bumped by spec changes, not scaling). */
  specVersion: number;
  previousSpecVersion?: number;
  endpoint: { ports: PortConfig[]; vips: Array<{ NetworkID: string; Addr: string }> };
  updateStatus?: UpdateStatus;
  update?: UpdateRun;
  /** Round-robin position of the routing mesh / VIP load balancer. */
  lb: number;
  /** JSON of [TaskTemplate, EndpointSpec]: a task whose key differs is out of date (rolling update). */
  specKey: string;
}

export interface TaskStatus {
  timestamp: number;
  state: TaskState;
  message: string;
  err?: string;
  containerId?: string;
  exitCode?: number;
}

export interface TaskRecord extends ObjectMeta {
  serviceId: string;
  /** Replica number (replicated services); 0 for global ones. */
  slot: number;
  nodeId?: string;
  spec: TaskSpec;
  specVersion: number;
  desiredState: TaskState;
  status: TaskStatus;
  /** The service's endpoint when the task was created (Ports shown by `service ps` for host mode). */
  networks: Array<{ networkId: string; addr: string }>;
  /** Restart supervisor: the task may start once the clock reaches this. */
  startAt?: number;
  /** Stop-first update: start once this (old) task has stopped. */
  startAfter?: string;
  /** The service's specKey when the task was created. */
  specKey: string;
  /** Restarts before this task in its slot (restart-max-attempts). */
  attempt: number;
  /** The task ended and its restart policy said no more: the slot stays as it is. */
  settled?: boolean;
  /** A stop in progress: SIGKILL at this time if the container still runs. */
  killAt?: number;
  /** Labels of the service when the task was created. */
  serviceName: string;
}

export interface SecretRecord extends ObjectMeta {
  spec: { Name: string; Labels: Record<string, string>; Driver?: { Name: string }; Templating?: { Name: string } };
  /** The secret's bytes (never shown by the API). */
  data: string;
}

export interface ConfigRecord extends ObjectMeta {
  spec: { Name: string; Labels: Record<string, string>; Templating?: { Name: string } };
  data: string;
}

export interface SwarmSpec {
  Name: string;
  Labels: Record<string, string>;
  Orchestration: { TaskHistoryRetentionLimit: number };
  Raft: { SnapshotInterval: number; KeepOldSnapshots: number; LogEntriesForSlowFollowers: number; ElectionTick: number; HeartbeatTick: number };
  Dispatcher: { HeartbeatPeriod: number };
  CAConfig: { NodeCertExpiry: number };
  TaskDefaults: Record<string, never>;
  EncryptionConfig: { AutoLockManagers: boolean };
}

export interface ClusterRecord extends ObjectMeta {
  spec: SwarmSpec;
  /** The root CA certificate (PEM) and the part of join tokens derived from it. */
  trustRoot: string;
  caDigest: string;
  tokens: { worker: string; manager: string };
  unlockKey: string;
  defaultAddrPool: string[];
  subnetSize: number;
  dataPathPort: number;
  /** Raft index: every write bumps it and stamps the object's version. */
  index: number;
  nodes: Record<string, NodeRecord>;
  services: Record<string, ServiceRecord>;
  tasks: Record<string, TaskRecord>;
  secrets: Record<string, SecretRecord>;
  configs: Record<string, ConfigRecord>;
  /** Overlay networks the cluster knows, kept on every manager: which managers held a copy at the last sync. */
  networks: Record<string, { name: string; holders: string[] }>;
  /** Cluster-wide address allocation on overlay networks: network id → last host number. */
  ipam: Record<string, { cursor: number; used: string[] }>;
  /** Next /24 of the default address pool for a new overlay network. */
  nextSubnet: number;
  leaderId: string | null;
}

/** `world.ext.swarm`. */
export interface SwarmWorldExt {
  clusters: Record<string, ClusterRecord>;
}
