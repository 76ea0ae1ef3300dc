/**
 * `docker service create` options → the ServiceSpec the client sends (docker/cli's
 * serviceOptions.ToService): defaults filled as the client fills them (restart policy, update
 * and rollback configs, stop grace period, endpoint mode), secrets and configs resolved to ids.
 */
import { familiarString, isEngineError, parseReference, remoteManifest, type Engine } from '../../../sim/index';
import { findSwarmObject, type HealthcheckSpec, type ServiceSpec, type TaskSpec, type UpdateConfigSpec } from '../../../sim/swarm/index';
import { CliError } from '../../command';
import { shlexSplit } from './shlex';
import { kvToMap } from '../kv-map';
import { configRef, parseFileRef, parseMount, parseNetwork, parsePlacementPref, parsePort, secretRef } from './option-values';

/** The options both create and update share (their names in both flag sets). */
export interface SharedOptions {
  limitCpu: number;
  limitMemory: number;
  limitPids: number;
  reserveCpu: number;
  reserveMemory: number;
  restartCondition: string;
  restartDelay: number;
  restartMaxAttempts: number;
  restartWindow: number;
  updateDelay: number;
  updateFailureAction: string;
  updateMaxFailureRatio: number;
  updateMonitor: number;
  updateOrder: string;
  updateParallelism: number;
  rollbackDelay: number;
  rollbackFailureAction: string;
  rollbackMaxFailureRatio: number;
  rollbackMonitor: number;
  rollbackOrder: string;
  rollbackParallelism: number;
  healthCmd: string;
  healthInterval: number;
  healthRetries: number;
  healthStartPeriod: number;
  healthStartInterval: number;
  healthTimeout: number;
  noHealthcheck: boolean;
  stopGracePeriod: number;
  replicasMaxPerNode: number;
}

export function defaultUpdateConfig(): UpdateConfigSpec {
  return { Parallelism: 1, FailureAction: 'pause', Monitor: 5e9, MaxFailureRatio: 0, Order: 'stop-first' };
}

function choice<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`invalid ${what} value ${value}`);
}

/** Apply the update/rollback flags that were given (`prefix` = update | rollback). */
export function applyUpdateConfig(cfg: UpdateConfigSpec, o: SharedOptions, changed: (f: string) => boolean, prefix: 'update' | 'rollback'): UpdateConfigSpec {
  const get = <K extends keyof SharedOptions>(k: K) => o[k];
  const out = { ...cfg };
  if (changed(`${prefix}-parallelism`)) out.Parallelism = get(prefix === 'update' ? 'updateParallelism' : 'rollbackParallelism');
  if (changed(`${prefix}-delay`)) out.Delay = get(prefix === 'update' ? 'updateDelay' : 'rollbackDelay');
  if (changed(`${prefix}-monitor`)) out.Monitor = get(prefix === 'update' ? 'updateMonitor' : 'rollbackMonitor');
  if (changed(`${prefix}-max-failure-ratio`)) out.MaxFailureRatio = get(prefix === 'update' ? 'updateMaxFailureRatio' : 'rollbackMaxFailureRatio');
  if (changed(`${prefix}-order`)) out.Order = choice(get(prefix === 'update' ? 'updateOrder' : 'rollbackOrder'), ['start-first', 'stop-first'], `${prefix}-order`);
  if (changed(`${prefix}-failure-action`)) {
    const allowed = prefix === 'update' ? (['pause', 'continue', 'rollback'] as const) : (['pause', 'continue'] as const);
    out.FailureAction = choice(get(prefix === 'update' ? 'updateFailureAction' : 'rollbackFailureAction'), allowed, `${prefix}-failure-action`);
  }
  const { Parallelism, Delay, FailureAction, Monitor, MaxFailureRatio, Order } = out;
  return { Parallelism, ...(Delay ? { Delay } : {}), FailureAction, Monitor, MaxFailureRatio, Order };
}

export function healthFrom(o: SharedOptions, changed: (f: string) => boolean, current?: HealthcheckSpec): HealthcheckSpec | undefined {
  const any = ['health-cmd', 'health-interval', 'health-retries', 'health-start-period', 'health-start-interval', 'health-timeout'].some(changed);
  if (o.noHealthcheck) {
    if (any) throw new CliError('--no-healthcheck conflicts with --health-* options');
    return { Test: ['NONE'] };
  }
  if (!any) return current;
  const h: HealthcheckSpec = { ...(current ?? {}) };
  if (changed('health-cmd')) h.Test = o.healthCmd ? ['CMD-SHELL', o.healthCmd] : [];
  if (changed('health-interval')) h.Interval = o.healthInterval;
  if (changed('health-timeout')) h.Timeout = o.healthTimeout;
  if (changed('health-start-period')) h.StartPeriod = o.healthStartPeriod;
  if (changed('health-start-interval')) h.StartInterval = o.healthStartInterval;
  if (changed('health-retries')) h.Retries = o.healthRetries;
  return h;
}

/** Resolve the image's digest on its registry as the client does, or the client's warning when it cannot. */
export function resolveImage(eng: Engine, image: string, noResolve: boolean): { image: string; warning?: string } {
  if (noResolve || image.includes('@')) return { image };
  try {
    const ref = parseReference(image);
    const m = remoteManifest(eng, ref);
    const digest = m.kind === 'single' ? m.entry.digest : (m.entries.find((e) => e.platform.architecture === 'amd64') ?? m.entries[0])?.digest;
    const named = familiarString({ ...ref, tag: ref.tag ?? 'latest' });
    return digest ? { image: `${named}@${digest}` } : { image };
  } catch (e) {
    if (!isEngineError(e)) throw e;
    const warning =
      `image ${image} could not be accessed on a registry to record\nits digest. Each node will access ${image} independently,\n` +
      'possibly leading to different nodes running\ndifferent versions of the image.\n';
    return { image, warning };
  }
}

export interface CreateInput extends SharedOptions {
  name: string;
  mode: string;
  replicas: number;
  env: string[];
  label: string[];
  containerLabel: string[];
  constraint: string[];
  placementPref: string[];
  publish: string[];
  mount: string[];
  network: string[];
  secret: string[];
  config: string[];
  entrypoint: string[];
  hostname: string;
  user: string;
  workdir: string;
  init: boolean;
  readOnly: boolean;
  tty: boolean;
  stopSignal: string;
  host: string[];
  group: string[];
  capAdd: string[];
  capDrop: string[];
  dns: string[];
  dnsSearch: string[];
  dnsOption: string[];
  logDriver: string;
  logOpt: string[];
  endpointMode: string;
}

export function resources(o: SharedOptions): TaskSpec['Resources'] {
  return {
    Limits: { ...(o.limitCpu ? { NanoCPUs: o.limitCpu } : {}), ...(o.limitMemory ? { MemoryBytes: o.limitMemory } : {}), ...(o.limitPids ? { Pids: o.limitPids } : {}) },
    Reservations: { ...(o.reserveCpu ? { NanoCPUs: o.reserveCpu } : {}), ...(o.reserveMemory ? { MemoryBytes: o.reserveMemory } : {}) },
  };
}

export function buildSpec(eng: Engine, o: CreateInput, image: string, args: readonly string[], changed: (f: string) => boolean): ServiceSpec {
  const mode = choice(o.mode, ['replicated', 'global', 'replicated-job', 'global-job'], 'mode');
  if (mode.endsWith('-job')) throw new CliError(`Error response from daemon: ${mode} services are not supported in the Dockerlings simulator`);
  if (mode === 'global' && changed('replicas')) throw new CliError('replicas can only be used with replicated or replicated-job mode');
  const restartCondition = choice(o.restartCondition, ['none', 'on-failure', 'any'], 'restart-condition');
  const secrets = o.secret.map((v) => {
    const r = parseFileRef(v, '--secret');
    try {
      return secretRef(r, findSwarmObject(eng, 'secret', r.source).id);
    } catch (e) {
      if (isEngineError(e) && e.kind === 'notFound') throw new CliError(`secret not found: ${r.source}`);
      throw e;
    }
  });
  const configs = o.config.map((v) => {
    const r = parseFileRef(v, '--config');
    const ref = { ...r, target: r.target === r.source && !v.includes('target=') ? `/${r.source}` : r.target };
    try {
      return configRef(ref, findSwarmObject(eng, 'config', r.source).id);
    } catch (e) {
      if (isEngineError(e) && e.kind === 'notFound') throw new CliError(`config not found: ${r.source}`);
      throw e;
    }
  });
  const health = healthFrom(o, changed);
  const command = o.entrypoint.length ? shlexSplit(o.entrypoint.at(-1)!) : [];
  return {
    Name: o.name,
    Labels: kvToMap(o.label),
    TaskTemplate: {
      ContainerSpec: {
        Image: image,
        ...(o.containerLabel.length ? { Labels: kvToMap(o.containerLabel) } : {}),
        ...(command.length ? { Command: command } : {}),
        ...(args.length ? { Args: [...args] } : {}),
        ...(o.hostname ? { Hostname: o.hostname } : {}),
        ...(o.env.length ? { Env: [...o.env] } : {}),
        ...(o.workdir ? { Dir: o.workdir } : {}),
        ...(o.user ? { User: o.user } : {}),
        ...(o.group.length ? { Groups: [...o.group] } : {}),
        Init: o.init,
        ...(o.tty ? { TTY: true } : {}),
        ...(o.readOnly ? { ReadOnly: true } : {}),
        ...(o.mount.length ? { Mounts: o.mount.map((m) => parseMount(m)) } : {}),
        ...(o.stopSignal ? { StopSignal: o.stopSignal } : {}),
        StopGracePeriod: o.stopGracePeriod,
        ...(health ? { Healthcheck: health } : {}),
        ...(o.host.length ? { Hosts: o.host.map((h) => h.replace(/^([^:]+):(.*)$/, '$2 $1')) } : {}),
        DNSConfig: { ...(o.dns.length ? { Nameservers: o.dns } : {}), ...(o.dnsSearch.length ? { Search: o.dnsSearch } : {}), ...(o.dnsOption.length ? { Options: o.dnsOption } : {}) },
        ...(secrets.length ? { Secrets: secrets } : {}),
        ...(configs.length ? { Configs: configs } : {}),
        Isolation: 'default',
        ...(o.capAdd.length ? { CapabilityAdd: o.capAdd } : {}),
        ...(o.capDrop.length ? { CapabilityDrop: o.capDrop } : {}),
      },
      Resources: resources(o),
      RestartPolicy: { Condition: restartCondition, Delay: o.restartDelay, MaxAttempts: o.restartMaxAttempts, ...(o.restartWindow ? { Window: o.restartWindow } : {}) },
      Placement: {
        ...(o.constraint.length ? { Constraints: [...o.constraint] } : {}),
        ...(o.placementPref.length ? { Preferences: o.placementPref.map(parsePlacementPref) } : {}),
        ...(o.replicasMaxPerNode ? { MaxReplicas: o.replicasMaxPerNode } : {}),
      },
      ...(o.network.length ? { Networks: o.network.map(parseNetwork) } : {}),
      ...(o.logDriver ? { LogDriver: { Name: o.logDriver, Options: kvToMap(o.logOpt) } } : {}),
      ForceUpdate: 0,
      Runtime: 'container',
    },
    Mode: mode === 'global' ? { Global: {} } : { Replicated: { Replicas: changed('replicas') ? o.replicas : 1 } },
    UpdateConfig: applyUpdateConfig(defaultUpdateConfig(), o, changed, 'update'),
    RollbackConfig: applyUpdateConfig(defaultUpdateConfig(), o, changed, 'rollback'),
    EndpointSpec: { Mode: choice(o.endpointMode || 'vip', ['vip', 'dnsrr'], 'endpoint-mode'), ...(o.publish.length ? { Ports: o.publish.flatMap((p) => parsePort(p)) } : {}) },
  };
}
