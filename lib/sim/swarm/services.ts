/**
 * The control API for services (swarmkit's controlapi/service.go): create (spec validation,
 * name and published-port conflicts, VIPs), update (previous spec kept, a rolling update started
 * when the task template changed), scale, rollback to the previous spec, remove.
 */
import { clusterEvent, markService, serviceUpdated } from './events';
import type { Engine } from '../core/engine';
import { EngineError } from '../core/errors';
import { goMapOrder } from '../core/go-map';
import { parseConstraints } from './constraints';
import { newSwarmId } from './ids';
import { allocAddress, findOverlay, syncNetworks } from './overlay';
import { lookup, newMeta, requireManager, rpcError, touch } from './state';
import { activeSlots, specKeyOf } from './tasks';
import { startUpdate } from './updater';
import type { ClusterRecord, PortConfig, ServiceRecord, ServiceSpec, UpdateConfigSpec } from './types';

const DNS_LABEL = /^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$/;

export const DEFAULT_UPDATE_CONFIG: UpdateConfigSpec = { Parallelism: 1, FailureAction: 'pause', Monitor: 5e9, MaxFailureRatio: 0, Order: 'stop-first' };

export function findService(cluster: ClusterRecord, term: string): ServiceRecord {
  return lookup(cluster.services, term, (s) => s.spec.Name, 'service');
}

/** A service by id, name or id prefix, as `docker service inspect` finds it (dockerd's wording). */
export function getService(eng: Engine, term: string): ServiceRecord {
  return findService(requireManager(eng), term);
}

function validateSpec(cluster: ClusterRecord, spec: ServiceSpec, self?: string): void {
  if (spec.Name.length > 63 || !DNS_LABEL.test(spec.Name)) throw rpcError('InvalidArgument', 'name must be valid as a DNS name component');
  const image = spec.TaskTemplate.ContainerSpec.Image;
  if (!image) throw rpcError('InvalidArgument', 'ContainerSpec: image reference must be provided');
  if (/[A-Z]/.test(image.split('@')[0]!.split('/').pop()!.split(':')[0]!)) {
    throw rpcError('InvalidArgument', `ContainerSpec: "${image}" is not a valid repository/tag`);
  }
  parseConstraints(spec.TaskTemplate.Placement?.Constraints ?? []);
  const r = spec.TaskTemplate.Resources;
  for (const [k, v] of Object.entries({ ...r?.Limits, ...r?.Reservations })) if ((v ?? 0) < 0) throw rpcError('InvalidArgument', `invalid ${k}`);
  const seen = new Set<string>();
  for (const p of spec.EndpointSpec?.Ports ?? []) {
    const key = `${p.Protocol}/${p.PublishedPort ?? 0}`;
    if (p.PublishedPort && seen.has(key)) throw rpcError('InvalidArgument', `EndpointSpec: duplicate published ports provided`);
    seen.add(key);
  }
  for (const other of Object.values(cluster.services)) {
    if (other.id === self) continue;
    if (other.spec.Name === spec.Name) throw rpcError('AlreadyExists', `name conflicts with an existing object: service ${spec.Name} already exists`);
    for (const p of spec.EndpointSpec?.Ports ?? []) {
      if (p.PublishMode !== 'ingress' || !p.PublishedPort) continue;
      const clash = other.endpoint.ports.find((q) => q.PublishMode === 'ingress' && q.PublishedPort === p.PublishedPort && q.Protocol === p.Protocol);
      if (clash) throw rpcError('InvalidArgument', `port '${p.PublishedPort}' is already in use by service '${other.spec.Name}' (${other.id}) as an ingress port`);
    }
  }
}

/** Networks: names → the overlay's id (swarmkit stores ids); unknown or non-swarm networks are errors. */
function resolveNetworks(eng: Engine, cluster: ClusterRecord, spec: ServiceSpec): void {
  syncNetworks(eng.world, cluster);
  for (const n of spec.TaskTemplate.Networks ?? []) {
    const net = findOverlay(eng.world, cluster, n.Target);
    if (!net) throw new EngineError('notFound', `network ${n.Target} not found`);
    if (net.ingress) throw rpcError('InvalidArgument', 'Service cannot be explicitly attached to the ingress network "ingress"');
    n.Target = net.id;
  }
}

/** Published ports without a number get one from the dynamic range (30000+), as swarmkit's allocator. */
function allocatePorts(cluster: ClusterRecord, ports: readonly PortConfig[]): PortConfig[] {
  const used = new Set(Object.values(cluster.services).flatMap((s) => s.endpoint.ports.map((p) => p.PublishedPort)));
  let next = 30000;
  return ports.map((p) => {
    if (p.PublishMode !== 'ingress' || p.PublishedPort) return { ...p };
    while (used.has(next)) next++;
    used.add(next);
    return { ...p, PublishedPort: next };
  });
}

function endpointFor(eng: Engine, cluster: ClusterRecord, s: ServiceRecord): ServiceRecord['endpoint'] {
  const ports = allocatePorts(cluster, s.spec.EndpointSpec?.Ports ?? []);
  const vips: ServiceRecord['endpoint']['vips'] = [];
  const want: string[] = [];
  if (ports.some((p) => p.PublishMode === 'ingress')) {
    const ingress = findOverlay(eng.world, cluster, 'ingress');
    if (ingress) want.push(ingress.id);
  }
  if ((s.spec.EndpointSpec?.Mode ?? 'vip') === 'vip') for (const n of s.spec.TaskTemplate.Networks ?? []) want.push(n.Target);
  for (const id of want) {
    const old = s.endpoint.vips.find((v) => v.NetworkID === id);
    const addr = old?.Addr ?? allocAddress(eng.world, cluster, id);
    if (addr) vips.push({ NetworkID: id, Addr: addr });
  }
  return { ports, vips };
}

/** The spec's Go maps in encoding/json order (service, container and volume labels), as the API returns them. */
function orderLabels(spec: ServiceSpec): void {
  spec.Labels = goMapOrder(spec.Labels);
  const cs = spec.TaskTemplate.ContainerSpec;
  if (cs.Labels) cs.Labels = goMapOrder(cs.Labels);
  for (const m of cs.Mounts ?? []) if (m.VolumeOptions?.Labels) m.VolumeOptions.Labels = goMapOrder(m.VolumeOptions.Labels);
}

export function createService(eng: Engine, spec: ServiceSpec): ServiceRecord {
  const cluster = requireManager(eng);
  orderLabels(spec);
  validateSpec(cluster, spec);
  resolveNetworks(eng, cluster, spec);
  const now = eng.world.clock;
  const s: ServiceRecord = {
    ...newMeta(cluster, newSwarmId(eng.world.rng), now),
    spec,
    specVersion: 1,
    endpoint: { ports: [], vips: [] },
    lb: 0,
    specKey: specKeyOf(spec),
  };
  s.endpoint = endpointFor(eng, cluster, s);
  cluster.services[s.id] = s;
  clusterEvent(eng.world, cluster, 'service', 'create', s.id, { name: spec.Name });
  return s;
}

export interface UpdateOptions {
  /** `--force`: bump ForceUpdate so every task is replaced. */
  force?: boolean;
}

/**
 * Replace the spec (the CLI sends the whole new spec, built from the current one). The old spec
 * becomes PreviousSpec; a different task template or endpoint starts a rolling update.
 */
export function updateService(eng: Engine, term: string, spec: ServiceSpec, o: UpdateOptions = {}): { service: ServiceRecord; warnings: string[] } {
  const cluster = requireManager(eng);
  const s = findService(cluster, term);
  if (spec.Name !== s.spec.Name) throw rpcError('Unknown', 'renaming services is not supported');
  if (!!spec.Mode.Global !== !!s.spec.Mode.Global) throw rpcError('Unknown', 'service mode change is not allowed');
  orderLabels(spec);
  validateSpec(cluster, spec, s.id);
  resolveNetworks(eng, cluster, spec);
  const before = markService(s);
  if (o.force) spec.TaskTemplate.ForceUpdate = (s.spec.TaskTemplate.ForceUpdate ?? 0) + 1;
  const key = specKeyOf(spec);
  s.previousSpec = s.spec;
  s.previousSpecVersion = s.specVersion;
  s.spec = spec;
  s.endpoint = endpointFor(eng, cluster, s);
  delete s.updateStatus; // swarmkit resets it on every update
  delete s.update;
  touch(cluster, s, eng.world.clock);
  serviceUpdated(eng.world, cluster, s, before);
  if (key !== s.specKey) {
    s.specKey = key;
    s.specVersion++;
    const reset = markService(s);
    startUpdate(eng.world.clock, cluster, s, false);
    if (s.updateStatus) serviceUpdated(eng.world, cluster, s, reset);
  }
  return { service: s, warnings: [] };
}

/** `docker service scale name=N`: only replicated services have a count. */
export function scaleService(eng: Engine, term: string, replicas: number): ServiceRecord {
  const cluster = requireManager(eng);
  const s = findService(cluster, term);
  if (!s.spec.Mode.Replicated) throw new EngineError('invalidParameter', 'scale can only be used with replicated or replicated-job mode');
  const before = markService(s);
  s.previousSpec = s.spec;
  s.previousSpecVersion = s.specVersion;
  s.spec = { ...s.spec, Mode: { Replicated: { Replicas: replicas } } };
  delete s.updateStatus;
  touch(cluster, s, eng.world.clock);
  serviceUpdated(eng.world, cluster, s, before);
  return s;
}

/** `docker service rollback`: back to PreviousSpec with the rollback config. */
export function rollbackService(eng: Engine, term: string): ServiceRecord {
  const cluster = requireManager(eng);
  const s = findService(cluster, term);
  if (!s.previousSpec) throw rpcError('FailedPrecondition', `service ${s.id} does not have a previous spec`);
  const before = markService(s);
  beginRollback(eng.world.clock, cluster, s, 'manually requested rollback', true);
  serviceUpdated(eng.world, cluster, s, before);
  return s;
}

/**
 * Back to the previous spec, replacing tasks with the rollback config. A manual rollback swaps the
 * two specs; the updater's automatic one drops the failed spec (PreviousSpec is then empty).
 */
export function beginRollback(now: number, cluster: ClusterRecord, s: ServiceRecord, message: string, manual: boolean): void {
  const prev = s.previousSpec!;
  const version = s.previousSpecVersion ?? s.specVersion;
  if (manual) {
    s.previousSpec = s.spec;
    s.previousSpecVersion = s.specVersion;
  } else {
    delete s.previousSpec;
    delete s.previousSpecVersion;
  }
  s.spec = prev;
  s.specKey = specKeyOf(prev);
  s.specVersion = Math.max(version, s.specVersion) + 1;
  touch(cluster, s, now);
  s.updateStatus = { state: 'rollback_started', startedAt: now, message };
  startUpdate(now, cluster, s, true);
}

/** `docker service rm`: the service goes at once; its tasks are told to go (the agents remove the containers). */
export function removeService(eng: Engine, term: string): ServiceRecord {
  const cluster = requireManager(eng);
  const s = findService(cluster, term);
  delete cluster.services[s.id];
  for (const t of Object.values(cluster.tasks)) if (t.serviceId === s.id) t.desiredState = 'remove';
  cluster.index++;
  clusterEvent(eng.world, cluster, 'service', 'remove', s.id, { name: s.spec.Name });
  return s;
}

/** Running tasks / desired (what `docker service ls` shows as REPLICAS). */
export function replicaCounts(cluster: ClusterRecord, s: ServiceRecord, readyNodes: ReadonlySet<string>): { running: number; desired: number } {
  let running = 0;
  for (const list of activeSlots(cluster, s.id).values()) {
    if (list.some((t) => t.status.state === 'running' && t.desiredState === 'running' && (!t.nodeId || readyNodes.has(t.nodeId)))) running++;
  }
  const desired = s.spec.Mode.Replicated ? s.spec.Mode.Replicated.Replicas : countGlobalTargets(cluster, s, readyNodes);
  return { running, desired };
}

function countGlobalTargets(cluster: ClusterRecord, s: ServiceRecord, readyNodes: ReadonlySet<string>): number {
  return Object.values(cluster.tasks).filter((t) => t.serviceId === s.id && t.desiredState === 'running' && t.nodeId && readyNodes.has(t.nodeId)).length;
}
