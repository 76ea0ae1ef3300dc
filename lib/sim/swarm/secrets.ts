/**
 * Secrets and configs (swarmkit's controlapi/secret.go and config.go): create with name and size
 * validation, list, find, remove with in-use protection; their data never leaves the manager
 * except into task containers (/run/secrets/<name>, /<name>).
 */
import { clusterEvent } from './events';
import type { Engine } from '../core/engine';
import { goMapOrder } from '../core/go-map';
import { newSwarmId } from './ids';
import { lookup, newMeta, requireManager, rpcError } from './state';
import type { ClusterRecord, ConfigRecord, SecretRecord, ServiceRecord } from './types';

export type SwarmObjectKind = 'secret' | 'config';
type Record_ = SecretRecord | ConfigRecord;

const NAME = /^[a-zA-Z0-9]+(?:[a-zA-Z0-9-_.]*[a-zA-Z0-9])?$/;
const MAX_SECRET = 500 * 1024;
const MAX_CONFIG = 1000 * 1024;

function store(cluster: ClusterRecord, kind: SwarmObjectKind): Record<string, Record_> {
  return kind === 'secret' ? cluster.secrets : cluster.configs;
}

export interface CreateObjectRequest {
  name: string;
  data: string;
  labels?: Record<string, string>;
  driver?: string;
  templateDriver?: string;
}

export function createSwarmObject(eng: Engine, kind: SwarmObjectKind, req: CreateObjectRequest): Record_ {
  const cluster = requireManager(eng);
  if (req.name.length > 64 || !NAME.test(req.name)) {
    throw rpcError('InvalidArgument', 'invalid name, only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]');
  }
  const max = kind === 'secret' ? MAX_SECRET : MAX_CONFIG;
  if (kind === 'secret' && !req.driver && (req.data.length === 0 || req.data.length >= max)) {
    throw rpcError('InvalidArgument', `secret data must be larger than 0 and less than ${max} bytes`);
  }
  if (kind === 'config' && (req.data.length === 0 || req.data.length >= max)) {
    throw rpcError('InvalidArgument', `config data must be larger than 0 and less than ${max} bytes`);
  }
  const items = store(cluster, kind);
  if (Object.values(items).some((o) => o.spec.Name === req.name)) throw rpcError('AlreadyExists', `${kind} ${req.name} already exists`);
  const meta = newMeta(cluster, newSwarmId(eng.world.rng), eng.world.clock);
  const spec: Record_['spec'] = {
    Name: req.name,
    Labels: goMapOrder(req.labels ?? {}),
    ...(kind === 'secret' && req.driver ? { Driver: { Name: req.driver } } : {}),
    ...(req.templateDriver ? { Templating: { Name: req.templateDriver } } : {}),
  };
  const rec: Record_ = { ...meta, spec, data: req.data };
  items[rec.id] = rec;
  clusterEvent(eng.world, cluster, kind, 'create', rec.id, { name: req.name });
  return rec;
}

export function findSwarmObject(eng: Engine, kind: SwarmObjectKind, term: string): Record_ {
  return lookup(store(requireManager(eng), kind), term, (o) => o.spec.Name, kind);
}

export function listSwarmObjects(eng: Engine, kind: SwarmObjectKind): Record_[] {
  return Object.values(store(requireManager(eng), kind));
}

function users(cluster: ClusterRecord, kind: SwarmObjectKind, id: string): ServiceRecord[] {
  return Object.values(cluster.services).filter((s) => {
    const cs = s.spec.TaskTemplate.ContainerSpec;
    return kind === 'secret' ? (cs.Secrets ?? []).some((r) => r.SecretID === id) : (cs.Configs ?? []).some((r) => r.ConfigID === id);
  });
}

export function removeSwarmObject(eng: Engine, kind: SwarmObjectKind, term: string): Record_ {
  const cluster = requireManager(eng);
  const items = store(cluster, kind);
  const rec = lookup(items, term, (o) => o.spec.Name, kind);
  const using = users(cluster, kind, rec.id).map((s) => s.spec.Name);
  if (using.length > 0) {
    const plural = using.length > 1 ? 's' : '';
    throw rpcError('InvalidArgument', `${kind} '${rec.spec.Name}' is in use by the following service${plural}: ${using.join(', ')}`);
  }
  delete items[rec.id];
  cluster.index++;
  clusterEvent(eng.world, cluster, kind, 'remove', rec.id, { name: rec.spec.Name });
  return rec;
}
