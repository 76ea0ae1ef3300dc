/**
 * A compose service (as lib/sim/compose's loadProject returns it) → a swarm ServiceSpec, the way
 * docker/cli's cli/compose/convert does for `docker stack deploy`: names prefixed with the stack,
 * the namespace label, deploy: (mode, replicas, resources, restart_policy or the service's
 * `restart:`, placement, update/rollback config, labels, endpoint_mode), ports, networks with the
 * service name as alias, volumes, secrets and configs by their stack-scoped names.
 */
import { parseGoDuration } from '../compose/units';
import type { ServiceModel } from '../compose/index';
import type { MountConfig, PortConfig, RestartPolicySpec, ServiceSpec, UpdateConfigSpec } from './spec';

export const NAMESPACE_LABEL = 'com.docker.stack.namespace';
type Map_ = Record<string, unknown>;
const isMap = (v: unknown): v is Map_ => !!v && typeof v === 'object' && !Array.isArray(v);
const dur = (v: unknown): number | undefined => (v === undefined || v === null ? undefined : typeof v === 'number' ? v : parseGoDuration(String(v)));
const maps = (v: unknown): Map_[] => (Array.isArray(v) ? (v as unknown[]).filter(isMap) : []);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** The stack-scoped name of a top-level object (`external` and explicitly named ones keep theirs). */
export function scopedName(stack: string, key: string, def: Map_ | undefined): string {
  if (def?.external) return String(def.name ?? key);
  if (def && typeof def.name === 'string' && def.name !== `${stack}_${key}` && def.name !== '') return def.name;
  return `${stack}_${key}`;
}

function updateConfig(v: unknown): UpdateConfigSpec | undefined {
  if (!isMap(v)) return undefined;
  const order = v.order === 'start-first' ? 'start-first' : 'stop-first';
  const action = v.failure_action === 'continue' || v.failure_action === 'rollback' ? v.failure_action : 'pause';
  return {
    Parallelism: v.parallelism === undefined ? 1 : Number(v.parallelism),
    ...(dur(v.delay) ? { Delay: dur(v.delay)! } : {}),
    FailureAction: action,
    Monitor: dur(v.monitor) ?? 5e9,
    MaxFailureRatio: Number(v.max_failure_ratio ?? 0),
    Order: order,
  };
}

function restartPolicy(restart: unknown, policy: unknown): RestartPolicySpec | undefined {
  if (isMap(policy)) {
    const c = policy.condition === 'none' || policy.condition === 'on-failure' ? policy.condition : 'any';
    return { Condition: c, Delay: dur(policy.delay) ?? 5e9, MaxAttempts: Number(policy.max_attempts ?? 0), ...(dur(policy.window) ? { Window: dur(policy.window)! } : {}) };
  }
  const r = typeof restart === 'string' ? restart : '';
  if (r === 'always' || r === 'unless-stopped') return { Condition: 'any', Delay: 5e9, MaxAttempts: 0 };
  if (r.startsWith('on-failure')) return { Condition: 'on-failure', Delay: 5e9, MaxAttempts: Number(r.split(':')[1] ?? 0) };
  return undefined;
}

function ports(v: unknown): PortConfig[] {
  return maps(v).map((p) => ({
    Protocol: (String(p.protocol ?? 'tcp') as PortConfig['Protocol']),
    TargetPort: Number(p.target),
    ...(p.published !== undefined && p.published !== '' ? { PublishedPort: Number(p.published) } : {}),
    PublishMode: p.mode === 'host' ? 'host' : 'ingress',
  }));
}

function mounts(stack: string, v: unknown, volumes: Record<string, Map_>): MountConfig[] {
  return maps(v).map((m) => {
    const type = m.type === 'bind' || m.type === 'tmpfs' ? m.type : 'volume';
    const source = typeof m.source === 'string' ? m.source : undefined;
    const name = type === 'volume' && source ? scopedName(stack, source, volumes[source]) : source;
    return { Type: type, ...(name ? { Source: name } : {}), Target: String(m.target), ...(m.read_only ? { ReadOnly: true } : {}), ...(type === 'volume' && source ? { VolumeOptions: { Labels: { [NAMESPACE_LABEL]: stack } } } : {}) };
  });
}

export interface ConvertContext {
  stack: string;
  networks: Record<string, Map_>;
  volumes: Record<string, Map_>;
  /** Secret/config reference → id, by the scoped name (throws when missing). */
  secretId(name: string): string;
  configId(name: string): string;
  secretName(key: string): string;
  configName(key: string): string;
  /** The image as the client sends it (digest resolved or not). */
  image(ref: string): string;
}

export function convertService(ctx: ConvertContext, key: string, s: ServiceModel): ServiceSpec {
  const stack = ctx.stack;
  const deploy: Map_ = isMap(s.deploy) ? s.deploy : {};
  const ns = { [NAMESPACE_LABEL]: stack };
  const env = isMap(s.environment)
    ? Object.entries(s.environment).map(([k, v]) => (v === null || v === undefined ? k : `${k}=${String(v)}`)).sort()
    : [];
  const res = isMap(deploy.resources) ? deploy.resources : {};
  const limits = isMap(res.limits) ? res.limits : {};
  const reservations = isMap(res.reservations) ? res.reservations : {};
  const placement = isMap(deploy.placement) ? deploy.placement : {};
  const hc = isMap(s.healthcheck) ? s.healthcheck : null;
  const nets = isMap(s.networks) ? Object.entries(s.networks) : [];
  const image = ctx.image(String(s.image ?? ''));
  const secretRefs = maps(s.secrets).map((r) => {
    const name = ctx.secretName(String(r.source));
    const target = String(r.target ?? r.source).replace(/^\/run\/secrets\//, '');
    return { File: { Name: target, UID: String(r.uid ?? '0'), GID: String(r.gid ?? '0'), Mode: Number(r.mode ?? 0o444) }, SecretID: ctx.secretId(name), SecretName: name };
  });
  const configRefs = maps(s.configs).map((r) => {
    const name = ctx.configName(String(r.source));
    return { File: { Name: String(r.target ?? `/${String(r.source)}`), UID: String(r.uid ?? '0'), GID: String(r.gid ?? '0'), Mode: Number(r.mode ?? 0o444) }, ConfigID: ctx.configId(name), ConfigName: name };
  });
  const restart = restartPolicy(s.restart, deploy.restart_policy);
  const update = updateConfig(deploy.update_config);
  const rollback = updateConfig(deploy.rollback_config);
  const labels = isMap(deploy.labels) ? Object.fromEntries(Object.entries(deploy.labels).map(([k, v]) => [k, String(v)])) : {};
  const containerLabels = isMap(s.labels) ? Object.fromEntries(Object.entries(s.labels).map(([k, v]) => [k, String(v)])) : {};
  const prefs = maps(placement.preferences).map((p) => ({ Spread: { SpreadDescriptor: String(p.spread) } }));
  return {
    Name: `${stack}_${key}`,
    Labels: { ...labels, ...ns, 'com.docker.stack.image': String(s.image ?? '') },
    TaskTemplate: {
      ContainerSpec: {
        Image: image,
        Labels: { ...containerLabels, ...ns },
        ...(s.entrypoint ? { Command: strs(s.entrypoint) } : {}),
        ...(s.command ? { Args: strs(s.command) } : {}),
        ...(typeof s.hostname === 'string' ? { Hostname: s.hostname } : {}),
        ...(env.length ? { Env: env } : {}),
        ...(typeof s.working_dir === 'string' ? { Dir: s.working_dir } : {}),
        ...(typeof s.user === 'string' ? { User: s.user } : {}),
        ...(s.init === true ? { Init: true } : {}),
        ...(s.tty === true ? { TTY: true } : {}),
        ...(s.read_only === true ? { ReadOnly: true } : {}),
        ...(Array.isArray(s.volumes) && s.volumes.length ? { Mounts: mounts(stack, s.volumes, ctx.volumes) } : {}),
        ...(typeof s.stop_signal === 'string' ? { StopSignal: s.stop_signal } : {}),
        ...(dur(s.stop_grace_period) !== undefined ? { StopGracePeriod: dur(s.stop_grace_period)! } : {}),
        ...(hc
          ? {
              Healthcheck: hc.disable
                ? { Test: ['NONE'] }
                : {
                    Test: strs(hc.test),
                    ...(dur(hc.interval) ? { Interval: dur(hc.interval)! } : {}),
                    ...(dur(hc.timeout) ? { Timeout: dur(hc.timeout)! } : {}),
                    ...(dur(hc.start_period) ? { StartPeriod: dur(hc.start_period)! } : {}),
                    ...(hc.retries !== undefined ? { Retries: Number(hc.retries) } : {}),
                  },
            }
          : {}),
        DNSConfig: {},
        ...(secretRefs.length ? { Secrets: secretRefs } : {}),
        ...(configRefs.length ? { Configs: configRefs } : {}),
        Isolation: 'default',
      },
      Resources: {
        Limits: { ...(limits.cpus !== undefined ? { NanoCPUs: Math.round(Number(limits.cpus) * 1e9) } : {}), ...(limits.memory !== undefined ? { MemoryBytes: Number(limits.memory) } : {}) },
        Reservations: { ...(reservations.cpus !== undefined ? { NanoCPUs: Math.round(Number(reservations.cpus) * 1e9) } : {}), ...(reservations.memory !== undefined ? { MemoryBytes: Number(reservations.memory) } : {}) },
      },
      ...(restart ? { RestartPolicy: restart } : {}),
      Placement: {
        ...(Array.isArray(placement.constraints) ? { Constraints: placement.constraints.map(String) } : {}),
        ...(prefs.length ? { Preferences: prefs } : {}),
        ...(placement.max_replicas_per_node ? { MaxReplicas: Number(placement.max_replicas_per_node) } : {}),
      },
      Networks: nets
        .map(([name, cfg]) => ({ Target: scopedName(stack, name, ctx.networks[name]), Aliases: [key, ...strs(isMap(cfg) ? cfg.aliases : undefined)] }))
        .sort((a, b) => (a.Target < b.Target ? -1 : 1)),
      ForceUpdate: 0,
      Runtime: 'container',
    },
    Mode: deploy.mode === 'global' ? { Global: {} } : { Replicated: { Replicas: deploy.replicas === undefined ? 1 : Number(deploy.replicas) } },
    ...(update ? { UpdateConfig: update } : {}),
    ...(rollback ? { RollbackConfig: rollback } : {}),
    EndpointSpec: { Mode: deploy.endpoint_mode === 'dnsrr' ? 'dnsrr' : 'vip', ...(ports(s.ports).length ? { Ports: ports(s.ports) } : {}) },
  };
}
