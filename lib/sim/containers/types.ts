/**
 * Container records. `config`, `hostConfig` and `state` use the Docker API's field names so the
 * CLI's `inspect` is a direct mapping; the rest is the simulator's own bookkeeping.
 */
import type { LayerData } from '../fs/overlay-data';
import type { HealthConfig } from '../images/types';
import type { EndpointRecord } from '../networks/types';

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
export type PortMap = Record<string, PortBinding[] | null>;

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

export interface ContainerConfig {
  Hostname: string;
  Domainname: string;
  User: string;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  ExposedPorts: Record<string, Record<string, never>> | null;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  Env: string[];
  Cmd: string[] | null;
  Healthcheck?: HealthConfig;
  /** The image as the user named it (`nginx`, `nginx:alpine`, an id). */
  Image: string;
  Volumes: Record<string, Record<string, never>> | null;
  WorkingDir: string;
  Entrypoint: string[] | null;
  OnBuild: string[] | null;
  Labels: Record<string, string>;
  StopSignal?: string;
  StopTimeout?: number;
}

export type RestartPolicyName = '' | 'no' | 'always' | 'on-failure' | 'unless-stopped';

export interface MountSpec {
  Type: 'bind' | 'volume' | 'tmpfs';
  /** Host path (bind), volume name ('' for anonymous), '' for tmpfs. */
  Source: string;
  Target: string;
  ReadOnly?: boolean;
  VolumeOptions?: { NoCopy?: boolean; Labels?: Record<string, string>; Subpath?: string };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
  BindOptions?: { CreateMountpoint?: boolean };
}

export interface HostConfig {
  Binds: string[] | null;
  LogConfig: { Type: string; Config: Record<string, string> };
  NetworkMode: string;
  PortBindings: PortMap;
  RestartPolicy: { Name: RestartPolicyName; MaximumRetryCount: number };
  AutoRemove: boolean;
  VolumesFrom: string[] | null;
  CapAdd: string[] | null;
  CapDrop: string[] | null;
  Dns: string[];
  DnsOptions: string[];
  DnsSearch: string[];
  ExtraHosts: string[] | null;
  Links: string[] | null;
  Privileged: boolean;
  PublishAllPorts: boolean;
  ReadonlyRootfs: boolean;
  SecurityOpt: string[] | null;
  Tmpfs?: Record<string, string>;
  ShmSize: number;
  Init?: boolean;
  /** '' (private), 'host', or 'container:<name|id>'. */
  PidMode: string;
  /** '' (private) or 'host'. */
  UTSMode: string;
  IpcMode: string;
  CpuShares: number;
  Memory: number;
  MemoryReservation: number;
  MemorySwap: number;
  NanoCpus: number;
  CpuPeriod: number;
  CpuQuota: number;
  CpusetCpus: string;
  CpusetMems: string;
  BlkioWeight: number;
  PidsLimit: number | null;
  OomKillDisable: boolean | null;
  Mounts?: MountSpec[];
  /** --ulimit values (container's /proc/self/limits). */
  Ulimits?: Array<{ Name: string; Soft: number; Hard: number }> | null;
}

export interface HealthLogEntry {
  Start: number;
  End: number;
  ExitCode: number;
  Output: string;
}

export interface HealthState {
  Status: 'starting' | 'healthy' | 'unhealthy';
  FailingStreak: number;
  Log: HealthLogEntry[];
}

export interface ContainerState {
  Status: ContainerStatus;
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  /** null is Go's zero time (`0001-01-01T00:00:00Z`). */
  StartedAt: number | null;
  FinishedAt: number | null;
  Health?: HealthState;
}

/** A mount as `docker inspect` lists it under `Mounts`. */
export interface MountRecord {
  Type: 'bind' | 'volume' | 'tmpfs';
  /** Volume name (volumes only). */
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

export interface LogLine {
  t: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

/** What the main process is doing (see containers/process-plan.ts). */
export interface ProcessState {
  pid: number;
  /** service: a simulated daemon; command: ran to completion at start; idle: sleeps/waits; loop: repeats a script; interactive: a shell on a terminal. */
  kind: 'service' | 'command' | 'idle' | 'loop' | 'interactive';
  behaviour?: string;
  /** When the process ends by itself (null: never). */
  exitAt: number | null;
  exitCode: number;
  /** When a memory-hungry process hits the container's memory limit (killed with 137, OOMKilled). */
  oomAt?: number;
  /** A `while true` loop with a sleep: its body, period, next run and the variables it carries. */
  loop?: { script: string; interval: number; nextAt: number; vars?: Record<string, string> };
  /** Listeners accept connections from this time on (databases initialising). */
  readyAt?: number;
  /** The entrypoint wrapper that launched a service (for its start-up lines). */
  wrapper?: string | null;
  /** What a service holds in memory (redis's dataset): plain data, gone when the process ends. */
  memory?: unknown;
}

export interface ContainerRecord {
  id: string;
  /** Without the leading slash. */
  name: string;
  created: number;
  imageId: string;
  path: string;
  args: string[];
  config: ContainerConfig;
  hostConfig: HostConfig;
  state: ContainerState;
  restartCount: number;
  /** Stopped by the user (restart policies and unless-stopped honour this). */
  manuallyStopped: boolean;
  /** NetworkSettings.Networks, keyed by network name. */
  networks: Record<string, EndpointRecord>;
  /** NetworkSettings.Ports while running (published bindings with the host ports chosen). */
  ports: PortMap;
  mounts: MountRecord[];
  /** Writable layer (the container's own changes). */
  upper: LayerData;
  /** tmpfs contents by target; emptied when the container stops. */
  tmpfs: Record<string, LayerData>;
  logs: LogLine[];
  logsDropped: number;
  proc: ProcessState | null;
  /** When a restarting container starts again. */
  restartAt: number | null;
  /** When the next health probe runs. */
  healthAt: number | null;
  /** Current restart backoff (docker doubles it from 100ms up to 1 minute). */
  restartDelay: number;
  /** Processes started with `docker exec` that are still running (in-container pids). */
  execs: Array<{ pid: number; argv: string[]; user: string; started: number }>;
  /** Next in-container pid. */
  nextLocalPid: number;
}
