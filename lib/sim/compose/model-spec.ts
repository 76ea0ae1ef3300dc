/**
 * The shape of compose-go's types (types.go, project.go…) as data: each struct's fields in
 * declaration order (the order `docker compose config` prints them) with their kind. The binder
 * uses it to coerce values as mapstructure does; the marshallers to order and format them.
 *
 * Kinds: str int float bool dur (Go duration) bytes (UnitBytes) strs ([]string) cmd
 * (ShellCommand) mapeq (MappingWithEquals) labels (map, `k=v` lists) hosts (HostsList) test
 * (HealthCheckTest) envfiles ulimit any; `*S` pointer to struct S (printed even when empty), `S`
 * struct (omitted when empty), `[S]` list of S, `{S}` map of S (null allowed), `?k` pointer to a
 * scalar (printed even when zero), `!k` never omitted.
 */
export interface FieldSpec {
  key: string;
  kind: string;
}

const RAW: Record<string, string> = {
  Project: 'name:!str services:{ServiceConfig} networks:{NetworkConfig} volumes:{VolumeConfig} secrets:{FileObjectConfig} configs:{FileObjectConfig}',
  ServiceConfig:
    'profiles:strs annotations:labels attach:?bool build:*BuildConfig develop:*any blkio_config:*any cap_add:strs cap_drop:strs cgroup_parent:str cgroup:str ' +
    'cpu_count:int cpu_percent:float cpu_period:int cpu_quota:int cpu_rt_period:int cpu_rt_runtime:int cpus:float cpuset:str cpu_shares:int command:cmd ' +
    'configs:[FileReferenceConfig] container_name:str credential_spec:*any depends_on:{ServiceDependency} deploy:*DeployConfig device_cgroup_rules:strs ' +
    'devices:[DeviceMapping] dns:strs dns_opt:strs dns_search:strs dockerfile:str domainname:str entrypoint:cmd provider:*any environment:mapeq ' +
    'env_file:envfiles expose:strs extends:*ExtendsConfig external_links:strs extra_hosts:hosts group_add:strs gpus:[any] hostname:str ' +
    'healthcheck:*HealthCheckConfig image:str init:?bool ipc:str isolation:str labels:labels label_file:strs links:strs logging:*LoggingConfig ' +
    'log_driver:str log_opt:labels mem_limit:bytes mem_reservation:bytes memswap_limit:bytes mem_swappiness:bytes mac_address:str net:str ' +
    'network_mode:str networks:{ServiceNetworkConfig} oom_kill_disable:bool oom_score_adj:int pid:str pids_limit:int platform:str ' +
    'ports:[ServicePortConfig] privileged:bool pull_policy:str read_only:bool restart:str runtime:str scale:?int secrets:[FileReferenceConfig] ' +
    'security_opt:strs shm_size:bytes stdin_open:bool stop_grace_period:?dur stop_signal:str storage_opt:labels sysctls:labels tmpfs:strs tty:bool ' +
    'ulimits:{ulimit} user:str userns_mode:str uts:str volume_driver:str volumes:[ServiceVolumeConfig] volumes_from:strs working_dir:str ' +
    'post_start:[any] pre_stop:[any]',
  BuildConfig:
    'context:str dockerfile:str dockerfile_inline:str entitlements:strs args:mapeq ssh:any labels:labels cache_from:strs cache_to:strs no_cache:bool ' +
    'additional_contexts:labels pull:bool extra_hosts:hosts isolation:str network:str target:str secrets:[FileReferenceConfig] shm_size:bytes tags:strs ' +
    'ulimits:{ulimit} platforms:strs privileged:bool',
  DeviceMapping: 'source:str target:str permissions:str',
  LoggingConfig: 'driver:str options:labels',
  DeployConfig:
    'mode:str replicas:?int labels:labels update_config:*UpdateConfig rollback_config:*UpdateConfig resources:Resources restart_policy:*RestartPolicy ' +
    'placement:Placement endpoint_mode:str',
  UpdateConfig: 'parallelism:?int delay:dur failure_action:str monitor:dur max_failure_ratio:float order:str',
  Resources: 'limits:*Resource reservations:*Resource',
  Resource: 'cpus:float memory:bytes pids:int devices:[any] generic_resources:[any]',
  RestartPolicy: 'condition:str delay:?dur max_attempts:?int window:?dur',
  Placement: 'constraints:strs preferences:[any] max_replicas_per_node:int',
  ServiceNetworkConfig: 'aliases:strs driver_opts:labels gw_priority:int interface_name:str ipv4_address:str ipv6_address:str link_local_ips:strs mac_address:str priority:int',
  ServicePortConfig: 'name:str mode:str host_ip:str target:int published:str protocol:str app_protocol:str',
  ServiceVolumeConfig: 'type:str source:str target:str read_only:bool consistency:str bind:*ServiceVolumeBind volume:*ServiceVolumeVolume tmpfs:*ServiceVolumeTmpfs image:*any',
  ServiceVolumeBind: 'selinux:str propagation:str create_host_path:bool recursive:str',
  ServiceVolumeVolume: 'labels:labels nocopy:bool subpath:str',
  ServiceVolumeTmpfs: 'size:bytes mode:int',
  FileReferenceConfig: 'source:str target:str uid:str gid:str mode:?int',
  NetworkConfig: 'name:str driver:str driver_opts:labels ipam:IPAMConfig external:bool internal:bool attachable:bool labels:labels enable_ipv4:?bool enable_ipv6:?bool',
  IPAMConfig: 'driver:str config:[IPAMPool]',
  IPAMPool: 'subnet:str gateway:str ip_range:str aux_addresses:labels',
  VolumeConfig: 'name:str driver:str driver_opts:labels external:bool labels:labels',
  FileObjectConfig: 'name:str file:str environment:str content:str external:bool labels:labels driver:str driver_opts:labels template_driver:str',
  ServiceDependency: 'condition:str restart:bool required:!bool',
  ExtendsConfig: 'file:str service:str',
  HealthCheckConfig: 'test:test timeout:?dur interval:?dur retries:?int start_period:?dur start_interval:?dur disable:bool',
};

const specs = new Map<string, FieldSpec[]>();

/** The fields of a struct, in declaration order. */
export function structFields(name: string): FieldSpec[] {
  let fields = specs.get(name);
  if (!fields) {
    const raw = RAW[name];
    if (raw === undefined) throw new Error(`unknown compose struct ${name}`);
    fields = raw.split(/\s+/).map((f) => {
      const i = f.indexOf(':');
      return { key: f.slice(0, i), kind: f.slice(i + 1) };
    });
    specs.set(name, fields);
  }
  return fields;
}

export function isStruct(name: string): boolean {
  return name in RAW;
}
