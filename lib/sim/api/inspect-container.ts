/**
 * `docker container inspect` as the Engine API (1.50) returns it: keys in the daemon's order,
 * Go zero values, nulls where Go has nil slices/maps. The CLI only encodes and formats it.
 */
import { hostOf, type Engine } from '../core/engine';
import { stableHex } from '../core/rng';
import type { ContainerRecord } from '../containers/types';
import type { ImageRecord } from '../images/types';
import { rfc3339Nano } from './time';
import { structSet } from './inspect-objects';

const nsDur = (v: number | undefined) => v ?? 0;

function state(c: ContainerRecord): Record<string, unknown> {
  const s = c.state;
  const out: Record<string, unknown> = {
    Status: s.Status, Running: s.Running, Paused: s.Paused, Restarting: s.Restarting, OOMKilled: s.OOMKilled, Dead: s.Dead,
    Pid: s.Pid, ExitCode: s.ExitCode, Error: s.Error, StartedAt: rfc3339Nano(s.StartedAt, c.id + 's'), FinishedAt: rfc3339Nano(s.FinishedAt, c.id + 'f'),
  };
  if (s.Health) out['Health'] = { Status: s.Health.Status, FailingStreak: s.Health.FailingStreak, Log: s.Health.Log.map((l) => ({ Start: rfc3339Nano(l.Start, c.id + l.Start), End: rfc3339Nano(l.End, c.id + l.End), ExitCode: l.ExitCode, Output: l.Output })) };
  return out;
}

const MASKED_PATHS = ['/proc/asound', '/proc/acpi', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware', '/sys/devices/virtual/powercap'];
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/**
 * HostConfig in dockerd's key order. One literal (the object stays in fast mode, unlike one grown by
 * Object.assign); the keys only some containers have (Tmpfs, Mounts, Init) are put in their place after.
 */
function hostConfig(c: ContainerRecord): Record<string, unknown> {
  const h = c.hostConfig;
  let out: Record<string, unknown> = {
    Binds: h.Binds, ContainerIDFile: '', LogConfig: h.LogConfig, NetworkMode: h.NetworkMode, PortBindings: h.PortBindings, RestartPolicy: h.RestartPolicy,
    AutoRemove: h.AutoRemove, VolumeDriver: '', VolumesFrom: h.VolumesFrom, ConsoleSize: [0, 0], CapAdd: h.CapAdd, CapDrop: h.CapDrop, CgroupnsMode: 'private',
    Dns: h.Dns, DnsOptions: h.DnsOptions, DnsSearch: h.DnsSearch, ExtraHosts: h.ExtraHosts, GroupAdd: null, IpcMode: h.IpcMode, Cgroup: '', Links: h.Links,
    OomScoreAdj: 0, PidMode: h.PidMode, Privileged: h.Privileged, PublishAllPorts: h.PublishAllPorts, ReadonlyRootfs: h.ReadonlyRootfs, SecurityOpt: h.SecurityOpt,
    UTSMode: h.UTSMode, UsernsMode: '', ShmSize: h.ShmSize, Runtime: 'runc', Isolation: '', CpuShares: h.CpuShares, Memory: h.Memory, NanoCpus: h.NanoCpus,
    CgroupParent: '', BlkioWeight: h.BlkioWeight, BlkioWeightDevice: [], BlkioDeviceReadBps: [], BlkioDeviceWriteBps: [], BlkioDeviceReadIOps: [], BlkioDeviceWriteIOps: [],
    CpuPeriod: h.CpuPeriod, CpuQuota: h.CpuQuota, CpuRealtimePeriod: 0, CpuRealtimeRuntime: 0, CpusetCpus: h.CpusetCpus, CpusetMems: h.CpusetMems, Devices: [],
    DeviceCgroupRules: null, DeviceRequests: null, MemoryReservation: h.MemoryReservation, MemorySwap: h.MemorySwap, MemorySwappiness: null, OomKillDisable: h.OomKillDisable,
    PidsLimit: h.PidsLimit, Ulimits: [], CpuCount: 0, CpuPercent: 0, IOMaximumIOps: 0, IOMaximumBandwidth: 0,
    MaskedPaths: h.Privileged ? null : [...MASKED_PATHS],
    ReadonlyPaths: h.Privileged ? null : [...READONLY_PATHS],
  };
  if (h.Tmpfs) out = withKeyAfter(out, 'SecurityOpt', 'Tmpfs', h.Tmpfs);
  if (h.Mounts) out = withKeyAfter(out, 'IOMaximumBandwidth', 'Mounts', h.Mounts);
  if (h.Init !== undefined) out = withKeyAfter(out, h.Mounts ? 'Mounts' : 'IOMaximumBandwidth', 'Init', h.Init);
  return out;
}

/** A copy of `o` with `key` placed right after `after` (JSON key order is insertion order). */
function withKeyAfter(o: Record<string, unknown>, after: string, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in o) {
    out[k] = o[k];
    if (k === after) out[key] = value;
  }
  return out;
}

export function containerConfigJson(c: ContainerRecord): Record<string, unknown> {
  const k = c.config;
  const out: Record<string, unknown> = { Hostname: k.Hostname, Domainname: k.Domainname, User: k.User, AttachStdin: k.AttachStdin, AttachStdout: k.AttachStdout, AttachStderr: k.AttachStderr };
  if (k.ExposedPorts) out['ExposedPorts'] = structSet(k.ExposedPorts);
  Object.assign(out, { Tty: k.Tty, OpenStdin: k.OpenStdin, StdinOnce: k.StdinOnce, Env: k.Env, Cmd: k.Cmd });
  if (k.Healthcheck) out['Healthcheck'] = { Test: k.Healthcheck.Test, ...(k.Healthcheck.Interval ? { Interval: nsDur(k.Healthcheck.Interval) } : {}), ...(k.Healthcheck.Timeout ? { Timeout: k.Healthcheck.Timeout } : {}), ...(k.Healthcheck.StartPeriod ? { StartPeriod: k.Healthcheck.StartPeriod } : {}), ...(k.Healthcheck.StartInterval ? { StartInterval: k.Healthcheck.StartInterval } : {}), ...(k.Healthcheck.Retries ? { Retries: k.Healthcheck.Retries } : {}) };
  Object.assign(out, { Image: k.Image, Volumes: k.Volumes ? structSet(k.Volumes) : k.Volumes, WorkingDir: k.WorkingDir, Entrypoint: k.Entrypoint, OnBuild: k.OnBuild, Labels: k.Labels });
  if (k.StopSignal) out['StopSignal'] = k.StopSignal;
  if (k.StopTimeout !== undefined) out['StopTimeout'] = k.StopTimeout;
  return out;
}

function networkSettings(c: ContainerRecord): Record<string, unknown> {
  const running = c.state.Running;
  const sandbox = running ? stableHex(c.id + 'sandbox') : '';
  const networks: Record<string, unknown> = {};
  for (const [name, ep] of Object.entries(c.networks)) {
    networks[name] = {
      IPAMConfig: ep.requestedIp ? { IPv4Address: ep.requestedIp } : null, Links: null, Aliases: ep.aliases.length ? ep.aliases : null, MacAddress: ep.macAddress,
      DriverOpts: null, GwPriority: 0, NetworkID: ep.networkId, EndpointID: ep.endpointId, Gateway: ep.gateway, IPAddress: ep.ipAddress, IPPrefixLen: ep.ipPrefixLen,
      IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, DNSNames: ep.dnsNames.length ? ep.dnsNames : null,
    };
  }
  const bridge = c.networks['bridge'];
  return {
    Bridge: '', SandboxID: sandbox, SandboxKey: running ? `/var/run/docker/netns/${sandbox.slice(0, 12)}` : '', Ports: c.ports,
    HairpinMode: false, LinkLocalIPv6Address: '', LinkLocalIPv6PrefixLen: 0, SecondaryIPAddresses: null, SecondaryIPv6Addresses: null,
    EndpointID: bridge?.endpointId ?? '', Gateway: bridge?.gateway ?? '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, IPAddress: bridge?.ipAddress ?? '',
    IPPrefixLen: bridge?.ipPrefixLen ?? 0, IPv6Gateway: '', MacAddress: bridge?.macAddress ?? '', Networks: networks,
  };
}

interface LayerPaths {
  image: ImageRecord | undefined;
  layer: string;
  lowerDir: string;
}

/** The overlay2 directory names are hashes of the container and image ids: worked out once per container record and image. */
const layerPaths = new WeakMap<ContainerRecord, LayerPaths>();

function graphPaths(c: ContainerRecord, image: ImageRecord | undefined): LayerPaths {
  let p = layerPaths.get(c);
  if (!p || p.image !== image) {
    const layer = stableHex(c.id + 'layer');
    const lowers = [`/var/lib/docker/overlay2/${layer}-init/diff`, ...(image?.layers ?? []).map((l) => `/var/lib/docker/overlay2/${stableHex(l + 'cache')}/diff`).reverse()];
    layerPaths.set(c, (p = { image, layer, lowerDir: lowers.join(':') }));
  }
  return p;
}

export function inspectContainer(eng: Engine, c: ContainerRecord, o: { size?: boolean } = {}): Record<string, unknown> {
  const host = hostOf(eng);
  const dir = `/var/lib/docker/containers/${c.id}`;
  const image = host.images[c.imageId];
  const { layer, lowerDir } = graphPaths(c, image);
  const out: Record<string, unknown> = {
    Id: c.id, Created: rfc3339Nano(c.created, c.id), Path: c.path, Args: c.args, State: state(c), Image: c.imageId,
    ResolvConfPath: `${dir}/resolv.conf`, HostnamePath: `${dir}/hostname`, HostsPath: `${dir}/hosts`, LogPath: c.hostConfig.LogConfig.Type === 'json-file' ? `${dir}/${c.id}-json.log` : '',
    Name: `/${c.name}`, RestartCount: c.restartCount, Driver: 'overlay2', Platform: 'linux', MountLabel: '', ProcessLabel: '',
    AppArmorProfile: c.hostConfig.Privileged ? 'unconfined' : 'docker-default', ExecIDs: c.execs.length ? c.execs.map((e) => stableHex(`${c.id}:${e.pid}`)) : null,
    HostConfig: hostConfig(c),
    GraphDriver: { Data: { ID: c.id, LowerDir: lowerDir, MergedDir: `/var/lib/docker/overlay2/${layer}/merged`, UpperDir: `/var/lib/docker/overlay2/${layer}/diff`, WorkDir: `/var/lib/docker/overlay2/${layer}/work` }, Name: 'overlay2' },
  };
  if (o.size) {
    const rw = Object.values(c.upper.entries).reduce((n, e) => n + (e.t === 'f' ? (e.size ?? e.data?.length ?? 0) : 0), 0);
    out['SizeRw'] = rw;
    out['SizeRootFs'] = rw + (image?.size ?? 0);
  }
  out['Mounts'] = c.mounts.map((m) => ({ Type: m.Type, ...(m.Name !== undefined ? { Name: m.Name } : {}), Source: m.Source, Destination: m.Destination, ...(m.Driver ? { Driver: m.Driver } : {}), Mode: m.Mode, RW: m.RW, Propagation: m.Propagation }));
  out['Config'] = containerConfigJson(c);
  out['NetworkSettings'] = networkSettings(c);
  return out;
}
