/** Service specs as the Engine API names them (swarm.ServiceSpec and its parts; durations in nanoseconds). */

export interface PortConfig {
  Name?: string;
  Protocol: 'tcp' | 'udp' | 'sctp';
  TargetPort: number;
  PublishedPort?: number;
  PublishMode: 'ingress' | 'host';
}

export interface MountConfig {
  Type: 'bind' | 'volume' | 'tmpfs';
  Source?: string;
  Target: string;
  ReadOnly?: boolean;
  VolumeOptions?: { NoCopy?: boolean; Labels?: Record<string, string>; Subpath?: string; DriverConfig?: { Name?: string } };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
}

export interface FileReference {
  File: { Name: string; UID: string; GID: string; Mode: number };
}
export interface SecretReference extends FileReference {
  SecretID: string;
  SecretName: string;
}
export interface ConfigReference extends FileReference {
  ConfigID: string;
  ConfigName: string;
}

export interface HealthcheckSpec {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export interface ContainerSpec {
  Image: string;
  Labels?: Record<string, string>;
  Command?: string[];
  Args?: string[];
  Hostname?: string;
  Env?: string[];
  Dir?: string;
  User?: string;
  Groups?: string[];
  Init?: boolean;
  TTY?: boolean;
  ReadOnly?: boolean;
  Mounts?: MountConfig[];
  StopSignal?: string;
  StopGracePeriod?: number;
  Healthcheck?: HealthcheckSpec;
  Hosts?: string[];
  DNSConfig: { Nameservers?: string[]; Search?: string[]; Options?: string[] };
  Secrets?: SecretReference[];
  Configs?: ConfigReference[];
  Isolation: string;
  Sysctls?: Record<string, string>;
  CapabilityAdd?: string[];
  CapabilityDrop?: string[];
}

export interface ResourceSpec {
  NanoCPUs?: number;
  MemoryBytes?: number;
  Pids?: number;
}

export interface RestartPolicySpec {
  Condition: 'none' | 'on-failure' | 'any';
  Delay: number;
  MaxAttempts: number;
  Window?: number;
}

export interface PlacementSpec {
  Constraints?: string[];
  Preferences?: Array<{ Spread: { SpreadDescriptor: string } }>;
  MaxReplicas?: number;
  Platforms?: Array<{ Architecture: string; OS: string }>;
}

export interface TaskSpec {
  ContainerSpec: ContainerSpec;
  Resources?: { Limits?: ResourceSpec; Reservations?: ResourceSpec };
  RestartPolicy?: RestartPolicySpec;
  Placement?: PlacementSpec;
  Networks?: Array<{ Target: string; Aliases?: string[] }>;
  LogDriver?: { Name: string; Options?: Record<string, string> };
  ForceUpdate: number;
  Runtime: string;
}

export interface UpdateConfigSpec {
  Parallelism: number;
  Delay?: number;
  FailureAction: 'pause' | 'continue' | 'rollback';
  Monitor: number;
  MaxFailureRatio: number;
  Order: 'stop-first' | 'start-first';
}

export interface ServiceSpec {
  Name: string;
  Labels: Record<string, string>;
  TaskTemplate: TaskSpec;
  Mode: { Replicated?: { Replicas: number }; Global?: Record<string, never> };
  UpdateConfig?: UpdateConfigSpec;
  RollbackConfig?: UpdateConfigSpec;
  EndpointSpec?: { Mode: 'vip' | 'dnsrr'; Ports?: PortConfig[] };
}

