/**
 * Defaults dockerd fills in (HostConfig, State) and the merge of the image config into the
 * container config (daemon/commit.go merge: env by key, labels, Cmd/Entrypoint rules, health).
 */
import type { ImageConfig } from '../images/types';
import type { ContainerConfig, ContainerState, HostConfig } from './types';
import { goMapOrder } from '../core/go-map';

export function defaultHostConfig(): HostConfig {
  return {
    Binds: null,
    LogConfig: { Type: 'json-file', Config: {} },
    NetworkMode: 'bridge',
    PortBindings: {},
    RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
    AutoRemove: false,
    VolumesFrom: null,
    CapAdd: null,
    CapDrop: null,
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: null,
    Links: null,
    Privileged: false,
    PublishAllPorts: false,
    ReadonlyRootfs: false,
    SecurityOpt: null,
    ShmSize: 67_108_864,
    PidMode: '',
    UTSMode: '',
    IpcMode: 'private',
    CpuShares: 0,
    Memory: 0,
    MemoryReservation: 0,
    MemorySwap: 0,
    NanoCpus: 0,
    CpuPeriod: 0,
    CpuQuota: 0,
    CpusetCpus: '',
    CpusetMems: '',
    BlkioWeight: 0,
    PidsLimit: null,
    OomKillDisable: null,
  };
}

export function createdState(): ContainerState {
  return { Status: 'created', Running: false, Paused: false, Restarting: false, OOMKilled: false, Dead: false, Pid: 0, ExitCode: 0, Error: '', StartedAt: null, FinishedAt: null };
}

/** What the client sends for `docker create/run` (Config minus what the daemon derives). */
export type ConfigInput = Partial<Omit<ContainerConfig, 'Image'>> & { Image: string };

export function mergeConfig(user: ConfigInput, image: ImageConfig): ContainerConfig {
  const env = [...(user.Env ?? [])];
  if (env.length === 0) env.push(...image.Env);
  else {
    const keys = new Set(env.map(envKey));
    for (const e of image.Env) if (!keys.has(envKey(e))) env.push(e);
  }
  let cmd = user.Cmd ?? null;
  let entrypoint = user.Entrypoint ?? null;
  if (!user.Entrypoint || user.Entrypoint.length === 0) {
    if (!cmd || cmd.length === 0) cmd = image.Cmd;
    if (user.Entrypoint === undefined || user.Entrypoint === null) entrypoint = image.Entrypoint;
  }
  const exposed = { ...(image.ExposedPorts ?? {}), ...(user.ExposedPorts ?? {}) };
  const volumes = { ...(image.Volumes ?? {}), ...(user.Volumes ?? {}) };
  let health = user.Healthcheck ?? image.Healthcheck;
  if (user.Healthcheck && image.Healthcheck) {
    const u = user.Healthcheck;
    const i = image.Healthcheck;
    health = {
      Test: u.Test.length > 0 ? u.Test : i.Test,
      Interval: u.Interval || i.Interval,
      Timeout: u.Timeout || i.Timeout,
      StartPeriod: u.StartPeriod || i.StartPeriod,
      StartInterval: u.StartInterval || i.StartInterval,
      Retries: u.Retries || i.Retries,
    };
  }
  const config: ContainerConfig = {
    Hostname: user.Hostname ?? '',
    Domainname: user.Domainname ?? '',
    User: user.User || image.User,
    AttachStdin: user.AttachStdin ?? false,
    AttachStdout: user.AttachStdout ?? true,
    AttachStderr: user.AttachStderr ?? true,
    ExposedPorts: Object.keys(exposed).length > 0 ? exposed : null,
    Tty: user.Tty ?? false,
    OpenStdin: user.OpenStdin ?? false,
    StdinOnce: user.StdinOnce ?? false,
    Env: env,
    Cmd: cmd,
    Image: user.Image,
    Volumes: Object.keys(volumes).length > 0 ? volumes : null,
    WorkingDir: user.WorkingDir || image.WorkingDir,
    Entrypoint: entrypoint,
    OnBuild: image.OnBuild,
    Labels: goMapOrder({ ...(image.Labels ?? {}), ...(user.Labels ?? {}) }),
  };
  if (health) config.Healthcheck = health;
  const stopSignal = user.StopSignal || image.StopSignal;
  if (stopSignal) config.StopSignal = stopSignal;
  if (user.StopTimeout !== undefined) config.StopTimeout = user.StopTimeout;
  return config;
}

/** The name of a `K=V` entry (all of it without `=`). */
function envKey(e: string): string {
  const i = e.indexOf('=');
  return i < 0 ? e : e.slice(0, i);
}

/** Env list (`K=V`) to a record, later entries winning. */
export function envRecord(env: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of env) {
    const i = e.indexOf('=');
    if (i > 0) out[e.slice(0, i)] = e.slice(i + 1);
  }
  return out;
}
