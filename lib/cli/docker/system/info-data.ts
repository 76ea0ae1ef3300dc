/**
 * The data behind `docker info`: the daemon's system.Info (Engine API field order, for
 * `--format '{{json .}}'`) and the client part (version, context, CLI plugins), as the
 * dockerInfo struct docker's templates see.
 */
import { hostOf, systemInfo, type Engine } from '../../../sim/index';
import { swarmInfo } from '../../../sim/swarm/index';
import { goStruct } from '../../format/template';
import { DOCKER_API_VERSION, DOCKER_GIT_COMMIT, DOCKER_VERSION } from '../root';

export const CLIENT_PLATFORM = 'Docker Engine - Community';
export const CLIENT_GO_VERSION = 'go1.24.3';
export const CLIENT_BUILT = 'Fri May 30 12:07:27 2025';

export const CLI_PLUGINS = [
  { Name: 'buildx', ShortDescription: 'Docker Buildx', Vendor: 'Docker Inc.', Version: 'v0.24.0', Path: '/usr/libexec/docker/cli-plugins/docker-buildx' },
  { Name: 'compose', ShortDescription: 'Docker Compose', Vendor: 'Docker Inc.', Version: 'v2.36.2', Path: '/usr/libexec/docker/cli-plugins/docker-compose' },
];

/** docker's system.Info for the host, in the API's field order. */
export function serverInfo(eng: Engine) {
  const i = systemInfo(eng);
  const commit = (id: string) => goStruct({ ID: id }, 'system.Commit');
  return goStruct(
    {
      ID: i.id,
      Containers: i.containers,
      ContainersRunning: i.running,
      ContainersPaused: i.paused,
      ContainersStopped: i.stopped,
      Images: i.images,
      Driver: i.storageDriver,
      DriverStatus: [['Backing Filesystem', i.backingFilesystem], ['Supports d_type', 'true'], ['Using metacopy', 'false'], ['Native Overlay Diff', 'true'], ['userxattr', 'false']],
      Plugins: goStruct({ Volume: ['local'], Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'], Authorization: null, Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'] }, 'system.PluginsInfo'),
      MemoryLimit: true,
      SwapLimit: true,
      CpuCfsPeriod: true,
      CpuCfsQuota: true,
      CPUShares: true,
      CPUSet: true,
      PidsLimit: true,
      IPv4Forwarding: true,
      Debug: false,
      NFd: 27 + i.running * 6,
      OomKillDisable: false,
      NGoroutines: 42 + i.running * 9,
      SystemTime: new Date(i.systemTime).toISOString().replace('Z', '000000Z'),
      LoggingDriver: i.loggingDriver,
      CgroupDriver: i.cgroupDriver,
      CgroupVersion: i.cgroupVersion,
      NEventsListener: 0,
      KernelVersion: i.kernelVersion,
      OperatingSystem: i.operatingSystem,
      OSVersion: i.osVersion,
      OSType: i.osType,
      Architecture: 'x86_64',
      IndexServerAddress: i.indexServerAddress,
      RegistryConfig: goStruct({ InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'], IndexConfigs: { 'docker.io': { Name: 'docker.io', Mirrors: [], Secure: true, Official: true } }, Mirrors: null }, 'registry.ServiceConfig'),
      NCPU: i.ncpu,
      MemTotal: i.memTotal,
      GenericResources: null,
      DockerRootDir: i.dockerRootDir,
      HttpProxy: '',
      HttpsProxy: '',
      NoProxy: '',
      Name: i.name,
      Labels: [],
      ExperimentalBuild: i.experimental,
      ServerVersion: i.version,
      Runtimes: Object.fromEntries(i.runtimes.map((r) => [r, { path: r === 'runc' ? 'runc' : '/usr/bin/runc', status: { 'org.opencontainers.runtime-spec.features': '{}' } }])),
      DefaultRuntime: i.defaultRuntime,
      Swarm: goStruct(swarmInfo(eng.world, hostOf(eng)), 'swarm.Info'),
      LiveRestoreEnabled: i.liveRestoreEnabled,
      Isolation: '',
      InitBinary: 'docker-init',
      ContainerdCommit: commit(i.containerd.gitCommit),
      RuncCommit: commit(i.runc.gitCommit),
      InitCommit: commit(i.init.gitCommit),
      SecurityOptions: i.securityOptions,
      FirewallBackend: goStruct({ Driver: 'iptables' }, 'system.FirewallInfo'),
      CDISpecDirs: ['/etc/cdi', '/var/run/cdi'],
      Containerd: goStruct({ Address: '/run/containerd/containerd.sock', Namespaces: goStruct({ Containers: 'moby', Plugins: 'plugindb' }, 'system.ContainerdNamespaces') }, 'system.ContainerdInfo'),
      Warnings: null,
    },
    'system.Info',
  );
}

export function clientInfo(context: string) {
  return goStruct(
    {
      Debug: false,
      Platform: goStruct({ Name: CLIENT_PLATFORM }, 'system.platformInfo'),
      Version: DOCKER_VERSION,
      GitCommit: DOCKER_GIT_COMMIT,
      GoVersion: CLIENT_GO_VERSION,
      Os: 'linux',
      Arch: 'amd64',
      BuildTime: CLIENT_BUILT,
      Context: context,
      Plugins: CLI_PLUGINS.map((p) => goStruct({ SchemaVersion: '0.1.0', Vendor: p.Vendor, Version: p.Version, ShortDescription: p.ShortDescription, Name: p.Name, Path: p.Path }, 'manager.Plugin')),
      Warnings: null,
    },
    'system.clientInfo',
  );
}

export const CLIENT_API_VERSION = DOCKER_API_VERSION;
