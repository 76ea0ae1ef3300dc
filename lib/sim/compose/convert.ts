/**
 * A service as the container compose asks the engine for (pkg/compose/create.go
 * getCreateConfigs): command/entrypoint/env/user/workdir, exposed and published ports, named
 * volumes and short-syntax binds as `Binds`, the rest as `Mounts`, restart policy (`restart:` or
 * deploy.restart_policy), memory/CPU limits (also from deploy.resources.limits), the project
 * network with the container name, service name and aliases as DNS aliases, compose's labels.
 */
import type { CreateSpec, EndpointRequest, HostConfig, MountSpec } from '../index';
import { stableHex } from '../index';
import {
  COMPOSE_LABEL_VERSION,
  CONFIG_FILES_LABEL,
  CONFIG_HASH_LABEL,
  CONTAINER_NUMBER_LABEL,
  DEPENDENCIES_LABEL,
  ENV_FILE_LABEL,
  IMAGE_LABEL,
  ONEOFF_LABEL,
  PROJECT_LABEL,
  SERVICE_LABEL,
  VERSION_LABEL,
  WORKING_DIR_LABEL,
} from './labels';
import type { ComposeProject, ServiceModel } from './project';
import { isMap, type Yaml, type YamlMap } from './tree-path';
import { parseGoDuration } from './units';

const str = (v: Yaml | undefined) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const strs = (v: Yaml | undefined) => (Array.isArray(v) ? v.map(String) : []);

/** The image a service runs: `image:`, or `<project>-<service>` for a build without one. */
export function serviceImage(project: string, service: string, s: ServiceModel): string {
  return typeof s.image === 'string' && s.image !== '' ? s.image : `${project}-${service}`;
}

/** compose's ServiceHash: the service config minus build, pull_policy, scale/replicas, depends_on, profiles. */
export function serviceHash(s: ServiceModel): string {
  const { build: _b, pull_policy: _p, scale: _s, depends_on: _d, profiles: _pr, ...rest } = s;
  const deploy = isMap(rest.deploy) ? { ...rest.deploy } : undefined;
  if (deploy) delete deploy.replicas;
  return stableHex(JSON.stringify({ ...rest, ...(deploy ? { deploy } : {}) }));
}

export function containerName(project: string, service: string, s: ServiceModel, number: number): string {
  return typeof s.container_name === 'string' && s.container_name !== '' ? s.container_name : `${project}-${service}-${number}`;
}

export interface ContainerLabelsInput {
  project: ComposeProject;
  service: string;
  number: number;
  oneOff: boolean;
  imageId: string;
  envFiles: readonly string[];
}

export function composeLabels(i: ContainerLabelsInput): Record<string, string> {
  const s = i.project.services[i.service] ?? i.project.disabledServices[i.service] ?? {};
  const labels: Record<string, string> = {};
  if (isMap(s.labels)) for (const [k, v] of Object.entries(s.labels)) labels[k] = str(v);
  labels[PROJECT_LABEL] = i.project.name;
  labels[SERVICE_LABEL] = i.service;
  labels[VERSION_LABEL] = COMPOSE_LABEL_VERSION;
  labels[WORKING_DIR_LABEL] = i.project.workingDir;
  labels[CONFIG_FILES_LABEL] = i.project.composeFiles.join(',');
  labels[ONEOFF_LABEL] = i.oneOff ? 'True' : 'False';
  if (i.envFiles.length > 0) labels[ENV_FILE_LABEL] = i.envFiles.join(',');
  labels[IMAGE_LABEL] = i.imageId;
  labels[CONFIG_HASH_LABEL] = serviceHash(s);
  if (i.number > 0) labels[CONTAINER_NUMBER_LABEL] = String(i.number);
  const deps = isMap(s.depends_on) ? s.depends_on : {};
  labels[DEPENDENCIES_LABEL] = Object.entries(deps)
    .map(([d, c]) => `${d}:${isMap(c) ? str(c.condition) : ''}:${isMap(c) && c.restart === true}`)
    .join(',');
  return labels;
}

function restartPolicy(s: ServiceModel): HostConfig['RestartPolicy'] {
  const map = (c: string): HostConfig['RestartPolicy']['Name'] => (c === 'none' || c === 'no' ? 'no' : c === 'any' ? 'always' : (c as HostConfig['RestartPolicy']['Name']));
  let policy: HostConfig['RestartPolicy'] = { Name: '', MaximumRetryCount: 0 };
  if (typeof s.restart === 'string' && s.restart !== '') {
    const [name, attempts] = s.restart.split(':');
    policy = { Name: map(name!), MaximumRetryCount: Number(attempts ?? 0) || 0 };
  }
  const rp = isMap(s.deploy) && isMap(s.deploy.restart_policy) ? s.deploy.restart_policy : null;
  if (rp) policy = { Name: map(str(rp.condition)), MaximumRetryCount: typeof rp.max_attempts === 'number' ? rp.max_attempts : 0 };
  return policy;
}

function health(s: ServiceModel): CreateSpec['config']['Healthcheck'] | undefined {
  const hc = isMap(s.healthcheck) ? s.healthcheck : null;
  if (!hc) return undefined;
  if (hc.disable === true) return { Test: ['NONE'] };
  const ns = (v: Yaml | undefined) => (typeof v === 'string' ? parseGoDuration(v) : 0);
  return {
    Test: strs(hc.test),
    ...(hc.interval ? { Interval: ns(hc.interval) } : {}),
    ...(hc.timeout ? { Timeout: ns(hc.timeout) } : {}),
    ...(hc.start_period ? { StartPeriod: ns(hc.start_period) } : {}),
    ...(hc.start_interval ? { StartInterval: ns(hc.start_interval) } : {}),
    ...(typeof hc.retries === 'number' ? { Retries: hc.retries } : {}),
  };
}

function volumeMounts(p: ComposeProject, s: ServiceModel): { binds: string[]; mounts: MountSpec[] } {
  const binds: string[] = [];
  const mounts: MountSpec[] = [];
  for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
    if (!isMap(v)) continue;
    const target = str(v.target);
    const access = v.read_only === true ? 'ro' : 'rw';
    const bind = isMap(v.bind) ? v.bind : null;
    const vol = isMap(v.volume) ? v.volume : null;
    if (v.type === 'bind') {
      if (bind && bind.create_host_path === true && !bind.propagation) binds.push(`${str(v.source)}:${target}:${[access, ...(bind.selinux ? [str(bind.selinux)] : [])].join(',')}`);
      else mounts.push({ Type: 'bind', Source: str(v.source), Target: target, ReadOnly: v.read_only === true });
    } else if (v.type === 'volume' && v.source) {
      const name = str(p.volumes[str(v.source)]?.name) || str(v.source);
      if (vol && vol.subpath) mounts.push({ Type: 'volume', Source: name, Target: target, ReadOnly: v.read_only === true, VolumeOptions: { Subpath: str(vol.subpath) } });
      else binds.push(`${name}:${target}:${[access, ...(vol?.nocopy === true ? ['nocopy'] : [])].join(',')}`);
    } else if (v.type === 'volume') mounts.push({ Type: 'volume', Source: '', Target: target, ReadOnly: v.read_only === true });
    else if (v.type === 'tmpfs') mounts.push({ Type: 'tmpfs', Source: '', Target: target });
  }
  const files = (refs: Yaml | undefined, tops: Record<string, YamlMap>, base: string) => {
    for (const r of Array.isArray(refs) ? refs : []) {
      if (!isMap(r)) continue;
      const top = tops[str(r.source)];
      if (!top || typeof top.file !== 'string') continue;
      mounts.push({ Type: 'bind', Source: top.file, Target: str(r.target) || `${base}${str(r.source)}`, ReadOnly: true });
    }
  };
  files(s.secrets, p.secrets, '/run/secrets/');
  files(s.configs, p.configs, '/');
  return { binds, mounts };
}

function resources(s: ServiceModel): Partial<HostConfig> {
  const limits = isMap(s.deploy) && isMap(s.deploy.resources) && isMap(s.deploy.resources.limits) ? s.deploy.resources.limits : {};
  const memory = typeof limits.memory === 'number' ? limits.memory : typeof s.mem_limit === 'number' ? s.mem_limit : 0;
  const cpus = typeof limits.cpus === 'number' ? limits.cpus : typeof s.cpus === 'number' ? s.cpus : 0;
  const pids = typeof limits.pids === 'number' ? limits.pids : typeof s.pids_limit === 'number' ? s.pids_limit : 0;
  return {
    Memory: memory,
    MemoryReservation: typeof s.mem_reservation === 'number' ? s.mem_reservation : 0,
    MemorySwap: typeof s.memswap_limit === 'number' ? s.memswap_limit : 0,
    NanoCpus: Math.round(cpus * 1e9),
    CpuShares: typeof s.cpu_shares === 'number' ? s.cpu_shares : 0,
    CpusetCpus: str(s.cpuset),
    PidsLimit: pids > 0 ? pids : null,
  };
}

function portBindings(s: ServiceModel): { exposed: Record<string, Record<string, never>>; bindings: HostConfig['PortBindings'] } {
  const exposed: Record<string, Record<string, never>> = {};
  const bindings: HostConfig['PortBindings'] = {};
  for (const e of strs(s.expose)) exposed[e.includes('/') ? e : `${e}/tcp`] = {};
  for (const port of Array.isArray(s.ports) ? s.ports : []) {
    if (!isMap(port)) continue;
    const key = `${str(port.target)}/${str(port.protocol) || 'tcp'}`;
    exposed[key] = {};
    (bindings[key] ??= []).push({ HostIp: str(port.host_ip), HostPort: str(port.published) });
  }
  return { exposed, bindings };
}

export interface SpecInput {
  project: ComposeProject;
  service: string;
  name: string;
  labels: Record<string, string>;
  /** Network aliases: the service name and configured aliases (not for one-off containers). */
  useAliases: boolean;
  /** Publish the service's ports (`run` does only with --service-ports). */
  publish?: boolean;
}

export function createSpec(i: SpecInput): CreateSpec {
  const s = i.project.services[i.service] ?? i.project.disabledServices[i.service]!;
  const env = isMap(s.environment) ? s.environment : {};
  const { exposed, bindings } = portBindings(s);
  const { binds, mounts } = volumeMounts(i.project, s);
  const tmpfs: Record<string, string> = {};
  for (const t of strs(s.tmpfs)) {
    const [path, opts = ''] = t.split(/:(.*)/s) as [string, string?];
    tmpfs[path] = opts;
  }
  const endpoints: Record<string, EndpointRequest> = {};
  let networkMode = str(s.network_mode);
  if (networkMode === '') {
    const nets = isMap(s.networks) ? Object.keys(s.networks).sort() : [];
    for (const key of nets) {
      const cfg = isMap(s.networks) && isMap(s.networks[key]) ? (s.networks[key] as YamlMap) : {};
      const netName = str(i.project.networks[key]?.name) || key;
      const aliases = [i.name, ...(i.useAliases ? [i.service, ...strs(cfg.aliases)] : [])];
      endpoints[netName] = { aliases, ...(cfg.ipv4_address ? { ipv4Address: str(cfg.ipv4_address) } : {}) };
      if (networkMode === '') networkMode = netName;
    }
    if (networkMode === '') networkMode = 'none';
  }
  const logging = isMap(s.logging) ? s.logging : null;
  const grace = typeof s.stop_grace_period === 'string' ? Math.round(parseGoDuration(s.stop_grace_period) / 1e9) : undefined;
  const hc = health(s);
  return {
    name: i.name,
    config: {
      Image: serviceImage(i.project.name, i.service, s),
      Hostname: str(s.hostname),
      Domainname: str(s.domainname),
      User: str(s.user),
      WorkingDir: str(s.working_dir),
      Tty: s.tty === true,
      OpenStdin: s.stdin_open === true,
      AttachStdout: true,
      AttachStderr: true,
      ...(Object.keys(exposed).length > 0 ? { ExposedPorts: exposed } : {}),
      ...(Array.isArray(s.command) ? { Cmd: s.command.map(String) } : {}),
      ...(Array.isArray(s.entrypoint) ? { Entrypoint: s.entrypoint.map(String) } : {}),
      Env: Object.keys(env)
        .sort()
        .map((k) => (env[k] === null ? k : `${k}=${str(env[k])}`)),
      Labels: i.labels,
      ...(s.stop_signal ? { StopSignal: str(s.stop_signal) } : {}),
      ...(grace !== undefined ? { StopTimeout: grace } : {}),
      ...(hc ? { Healthcheck: hc } : {}),
    },
    hostConfig: {
      Binds: binds.length > 0 ? binds : null,
      ...(mounts.length > 0 ? { Mounts: mounts } : {}),
      NetworkMode: networkMode,
      PortBindings: i.publish === false ? {} : bindings,
      RestartPolicy: restartPolicy(s),
      CapAdd: s.cap_add ? strs(s.cap_add) : null,
      CapDrop: s.cap_drop ? strs(s.cap_drop) : null,
      Dns: strs(s.dns),
      DnsSearch: strs(s.dns_search),
      DnsOptions: strs(s.dns_opt),
      ExtraHosts: s.extra_hosts ? strs(s.extra_hosts).map((h) => h.replace('=', ':')) : null,
      Privileged: s.privileged === true,
      ReadonlyRootfs: s.read_only === true,
      SecurityOpt: s.security_opt ? strs(s.security_opt) : null,
      ...(Object.keys(tmpfs).length > 0 ? { Tmpfs: tmpfs } : {}),
      ...(typeof s.shm_size === 'number' ? { ShmSize: s.shm_size } : {}),
      ...(s.init !== undefined ? { Init: s.init === true } : {}),
      PidMode: str(s.pid),
      IpcMode: str(s.ipc) || 'private',
      ...(logging ? { LogConfig: { Type: str(logging.driver) || 'json-file', Config: isMap(logging.options) ? (logging.options as Record<string, string>) : {} } } : {}),
      ...resources(s),
    },
    endpoints,
  };
}

