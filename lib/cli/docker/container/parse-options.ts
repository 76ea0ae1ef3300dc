/**
 * The client side of `docker run` / `docker create` (docker/cli container/opts.go parse): flag
 * values → the Engine API's Config, HostConfig and per-network endpoint settings, with every
 * client-side validation error worded as docker prints it.
 */
import { ExpectedError } from '../../../expected-error';
import { resolvePath } from '../../../sim/fs/path';
import type { CreateSpec, EndpointRequest, HostConfig, MountSpec } from '../../../sim/index';
import type { ConfigInput } from '../../../sim/containers/defaults';
import type { OptionsOf } from '../../flags';
import type { CONTAINER_FLAGS } from './container-flags';
import { toMountSpec, type NetworkAttachment } from './flag-values';
import { kvToMap } from '../kv-map';
import { readKvStrings, type KvSource } from './kv-files';
import { addExposed, parsePortSpecs, toStandardNotation } from './port-specs';
import { parseTmpfsFlags, parseVolumeFlags } from './volume-specs';

export type ContainerOptions = OptionsOf<typeof CONTAINER_FLAGS>;

export interface ParsedContainer {
  spec: CreateSpec;
  /** Networks after the first (`--network a --network b`), connected after create. */
  extraNetworks: Array<{ name: string } & EndpointRequest>;
  /** `-a` streams (empty = stdout and stderr). */
  attach: string[];
  /** `--gpus` values (the daemon refuses them: no GPU driver on the simulated host). */
  gpus: string[];
}

/** A client-side parse failure (docker wraps it as `docker: <msg>\n\nRun 'docker run --help'…`, 125). */
export class ParseError extends ExpectedError {}

const fail = (message: string): never => {
  throw new ParseError(message);
};

/** container.NetworkMode.IsUserDefined. */
export const isUserDefinedMode = (mode: string) => !['default', 'bridge', 'host', 'none'].includes(mode) && !mode.startsWith('container:');

function validMode(mode: string, extra: readonly string[] = []): boolean {
  if (mode === '' || mode === 'host' || extra.includes(mode)) return true;
  return mode.startsWith('container:') && mode.length > 'container:'.length;
}

/** opts.ParseRestartPolicy. */
export function parseRestartPolicy(policy: string): HostConfig['RestartPolicy'] {
  if (policy === '') return { Name: '', MaximumRetryCount: 0 };
  const colon = policy.indexOf(':');
  const name = colon < 0 ? policy : policy.slice(0, colon);
  const count = colon < 0 ? '' : policy.slice(colon + 1);
  if (colon >= 0 && name === '') fail('invalid restart policy format: no policy provided before colon');
  if (count !== '' && !/^[+-]?\d+$/.test(count)) fail('invalid restart policy format: maximum retry count must be an integer');
  return { Name: name as HostConfig['RestartPolicy']['Name'], MaximumRetryCount: count === '' ? 0 : Number(count) };
}

function healthConfig(o: ContainerOptions): ConfigInput['Healthcheck'] {
  const have = o.healthCmd !== '' || o.healthInterval !== 0 || o.healthTimeout !== 0 || o.healthStartPeriod !== 0 || o.healthRetries !== 0 || o.healthStartInterval !== 0;
  if (o.noHealthcheck) {
    if (have) fail('--no-healthcheck conflicts with --health-* options');
    return { Test: ['NONE'] };
  }
  if (!have) return undefined;
  if (o.healthInterval < 0) fail('--health-interval cannot be negative');
  if (o.healthTimeout < 0) fail('--health-timeout cannot be negative');
  if (o.healthRetries < 0) fail('--health-retries cannot be negative');
  if (o.healthStartPeriod < 0) fail('--health-start-period cannot be negative');
  if (o.healthStartInterval < 0) fail('--health-start-interval cannot be negative');
  return {
    Test: o.healthCmd !== '' ? ['CMD-SHELL', o.healthCmd] : [],
    Interval: o.healthInterval,
    Timeout: o.healthTimeout,
    StartPeriod: o.healthStartPeriod,
    StartInterval: o.healthStartInterval,
    Retries: o.healthRetries,
  };
}

function securityOpts(values: readonly string[]): string[] {
  for (const opt of values) {
    let [k, v, ok] = cut(opt, '=');
    if (!ok && k !== 'no-new-privileges') [k, v, ok] = cut(opt, ':');
    if ((!ok || v === '') && k !== 'no-new-privileges') fail(`Invalid --security-opt: ${JSON.stringify(opt)}`);
  }
  return values.filter((o) => o !== 'systempaths=unconfined');
}

function cut(s: string, sep: string): [string, string, boolean] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, '', false] : [s.slice(0, i), s.slice(i + 1), true];
}

/** parseNetworkOpts: the first network gets `--ip`, `--network-alias`… (conflicts checked). */
function networks(o: ContainerOptions): { mode: string; first: EndpointRequest; extra: ParsedContainer['extraNetworks'] } {
  const list: NetworkAttachment[] = [...o.net, ...o.network];
  const aliases = [...o.netAlias, ...o.networkAlias];
  const first = list[0];
  if (first) {
    if (first.aliases.length > 0 && aliases.length > 0) fail('conflicting options: cannot specify both --network-alias and per-network alias');
    if (first.ipv4Address !== '' && o.ip !== '') fail('conflicting options: cannot specify both --ip and per-network IPv4 address');
    if (first.ipv6Address !== '' && o.ip6 !== '') fail('conflicting options: cannot specify both --ip6 and per-network IPv6 address');
  }
  const mode = first?.target ?? 'default';
  const firstAliases = first?.aliases.length ? first.aliases : aliases;
  if (!isUserDefinedMode(mode) && firstAliases.length > 0) fail('network-scoped aliases are only supported for user-defined networks');
  let user = false;
  let other = false;
  const seen = new Set<string>();
  const extra: ParsedContainer['extraNetworks'] = [];
  list.forEach((n, i) => {
    if (n.target.trim() === '') fail('no name set for network');
    if (isUserDefinedMode(n.target)) user = true;
    else other = true;
    if (i > 0 && !isUserDefinedMode(n.target) && n.aliases.length > 0) fail('network-scoped aliases are only supported for user-defined networks');
    if (seen.has(n.target)) fail(`network ${JSON.stringify(n.target)} is specified multiple times`);
    seen.add(n.target);
    if (i > 0) extra.push({ name: n.target, ...(n.aliases.length ? { aliases: n.aliases } : {}), ...(n.ipv4Address ? { ipv4Address: n.ipv4Address } : {}) });
  });
  if (user && other) fail('conflicting options: cannot attach both user-defined and non-user-defined network-modes');
  const ip = first?.ipv4Address || o.ip;
  return { mode, first: { ...(firstAliases.length ? { aliases: [...firstAliases] } : {}), ...(ip ? { ipv4Address: ip } : {}) }, extra };
}

/** opts.go parse(): everything the client checks and builds before talking to the daemon. */
export function parseContainerOptions(o: ContainerOptions, image: string, args: readonly string[], io: KvSource & { entrypointChanged: boolean }): ParsedContainer {
  if (o.macAddress !== '' && !/^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$/.test(o.macAddress)) fail(`${o.macAddress} is not a valid mac address`);
  if (o.memorySwappiness !== -1 && (o.memorySwappiness < 0 || o.memorySwappiness > 100)) fail(`invalid value: ${o.memorySwappiness}. Valid memory swappiness range is 0-100`);
  const attachStdin = o.attach.includes('stdin') || o.interactive;
  const noAttach = o.attach.length === 0;
  let vols;
  let ports;
  try {
    vols = parseVolumeFlags(o.volume, io.cwd);
    ports = parsePortSpecs(toStandardNotation(o.publish));
    addExposed(ports.exposed, o.expose);
  } catch (e) {
    return fail((e as Error).message);
  }
  for (const d of o.device) {
    const parts = d.split(':');
    if (parts.length > 3 || parts[0] === '') fail(`bad format for path: ${d}`);
    const target = parts.length === 1 || (parts.length === 2 && /^[rwm]{1,3}$/.test(parts[1]!)) ? parts[0]! : parts[1]!;
    if (!target.startsWith('/')) fail(`${target} is not an absolute path`);
  }
  let env: string[];
  let labels: string[];
  try {
    env = readKvStrings(io, o.envFile, o.env);
    labels = readKvStrings({ fs: io.fs, cwd: io.cwd }, o.labelFile, o.label);
  } catch (e) {
    return fail((e as Error).message);
  }
  if (!validMode(o.pid)) fail('--pid: invalid PID mode');
  if (!validMode(o.uts)) fail('--uts: invalid UTS mode');
  if (o.userns !== '' && o.userns !== 'host' && o.userns !== 'private') fail('--userns: invalid USER mode');
  if (!['', 'host', 'private'].includes(o.cgroupns)) fail('--cgroupns: invalid CGROUP mode');
  const restart = parseRestartPolicy(o.restart);
  if (o.logDriver === 'none' && o.logOpt.length > 0) fail(`invalid logging opts for driver ${o.logDriver}`);
  const security = securityOpts(o.securityOpt);
  for (const s of o.storageOpt) if (!s.includes('=')) fail('invalid storage option');
  const health = healthConfig(o);
  if (o.rm && restart.Name !== '' && restart.Name !== 'no') fail('conflicting options: cannot specify both --restart and --rm');
  const net = networks(o);

  const entrypoint = o.entrypoint !== '' ? [o.entrypoint] : io.entrypointChanged ? [''] : undefined;
  const config: ConfigInput = {
    Image: image,
    Hostname: o.hostname,
    Domainname: o.domainname,
    User: o.user,
    AttachStdin: attachStdin,
    AttachStdout: noAttach || o.attach.includes('stdout'),
    AttachStderr: noAttach || o.attach.includes('stderr'),
    Tty: o.tty,
    OpenStdin: o.interactive,
    StdinOnce: o.interactive && attachStdin,
    Env: dedupeEnv(env),
    WorkingDir: o.workdir,
    Labels: kvToMap(labels),
  };
  // The optional fields are added after the literal (absent when not given): conditional spreads
  // inside it would make an object of a slow layout that the engine then reads and copies.
  if (args.length > 0) config.Cmd = [...args];
  if (entrypoint) config.Entrypoint = entrypoint;
  if (hasKeys(ports.exposed)) config.ExposedPorts = ports.exposed;
  if (hasKeys(vols.volumes)) config.Volumes = vols.volumes;
  if (o.stopSignal !== '') config.StopSignal = o.stopSignal;
  if (health) config.Healthcheck = health;
  const mounts: MountSpec[] = o.mount.map(toMountSpec).map((m) => (m.Source.startsWith('.') ? { ...m, Source: resolvePath(io.cwd, m.Source) } : m));
  const hostConfig: Partial<HostConfig> & Record<string, unknown> = {
    Binds: vols.binds.length > 0 ? vols.binds : null,
    AutoRemove: o.rm,
    Privileged: o.privileged,
    PortBindings: ports.bindings,
    Links: o.link.length > 0 ? o.link : null,
    PublishAllPorts: o.publishAll,
    Dns: o.dns,
    DnsSearch: o.dnsSearch,
    DnsOptions: [...o.dnsOpt, ...o.dnsOption],
    ExtraHosts: o.addHost.length > 0 ? o.addHost : null,
    VolumesFrom: o.volumesFrom.length > 0 ? o.volumesFrom : null,
    IpcMode: o.ipc || 'private',
    NetworkMode: net.mode,
    PidMode: o.pid,
    UTSMode: o.uts,
    CapAdd: o.capAdd.length > 0 ? o.capAdd : null,
    CapDrop: o.capDrop.length > 0 ? o.capDrop : null,
    RestartPolicy: restart.Name === '' ? { Name: 'no', MaximumRetryCount: 0 } : restart,
    SecurityOpt: security.length > 0 ? security : null,
    ReadonlyRootfs: o.readOnly,
    LogConfig: { Type: o.logDriver || 'json-file', Config: kvToMap(o.logOpt) },
    ShmSize: o.shmSize || 67_108_864,
    CpuShares: o.cpuShares,
    Memory: o.memory,
    MemoryReservation: o.memoryReservation,
    MemorySwap: o.memorySwap,
    NanoCpus: o.cpus,
    CpuPeriod: o.cpuPeriod,
    CpuQuota: o.cpuQuota,
    CpusetCpus: o.cpusetCpus,
    CpusetMems: o.cpusetMems,
    BlkioWeight: o.blkioWeight,
    PidsLimit: o.pidsLimit === 0 ? null : o.pidsLimit,
    OomKillDisable: o.oomKillDisable,
    Ulimits: o.ulimit,
    GroupAdd: o.groupAdd.length > 0 ? o.groupAdd : null,
    OomScoreAdj: o.oomScoreAdj,
    Runtime: o.runtime,
    Isolation: o.isolation,
    StorageOpt: kvToMap(o.storageOpt),
    Devices: o.device,
    Sysctls: o.sysctl,
  };
  const tmpfs = parseTmpfsFlags(o.tmpfs);
  if (hasKeys(tmpfs)) hostConfig.Tmpfs = tmpfs;
  if (mounts.length > 0) hostConfig.Mounts = mounts;
  if (o.init) hostConfig.Init = true;
  const spec: CreateSpec = { config, hostConfig };
  // The daemon reads `default` as the bridge network.
  if (Object.keys(net.first).length > 0) spec.endpoints = { [net.mode === 'default' ? 'bridge' : net.mode]: net.first };
  return { spec, extraNetworks: net.extra, attach: o.attach, gpus: o.gpus };
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** The client rebuilds -e through a map (proxy config): one entry per key, the last value wins. */
function dedupeEnv(env: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const e of env) {
    const eq = e.indexOf('=');
    if (eq < 0) continue;
    byKey.set(e.slice(0, eq), e);
  }
  return [...byKey.values()];
}
