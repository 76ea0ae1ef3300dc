/**
 * docker create: validate the request like dockerd, merge the image config, reserve the name,
 * record networks and mounts, create mount points in the writable layer, copy image content into
 * fresh volumes. Returns the container and the daemon's warnings.
 */
import { hostOf, newId, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { invalid, notFound } from '../core/errors';
import { OverlayFs } from '../fs/overlay';
import { parentOf } from '../fs/overlay-data';
import { imageLayers, resolveImage } from '../images/store';
import { blankEndpoint, isUserDefined } from '../networks/attach';
import { NO_USER_SUBNET, requireNetwork } from '../networks/manage';
import { createdState, defaultHostConfig, mergeConfig, type ConfigInput } from './defaults';
import { buildMounts, copyUpVolumes } from './mounts';
import { findContainer, generateName, reserveName } from './names';
import type { ContainerRecord, HostConfig } from './types';
import { adaptMemorySwap } from './memory-limit';
import { containersChanged } from './container-list';

export interface EndpointRequest {
  aliases?: string[];
  ipv4Address?: string;
}

export interface CreateSpec {
  name?: string;
  config: ConfigInput;
  hostConfig?: Partial<HostConfig>;
  /** Per-network settings (`--network-alias`, `--ip`) keyed by network name. */
  endpoints?: Record<string, EndpointRequest>;
}

export interface CreateResult {
  container: ContainerRecord;
  warnings: string[];
}

const POLICIES = ['', 'no', 'always', 'on-failure', 'unless-stopped'];
/** The logging drivers dockerd 28 registers on Linux (logger.ValidateLogOpts refuses any other name). */
const LOG_DRIVERS = ['none', 'json-file', 'local', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'gcplogs'];

export function validateHostConfig(eng: Engine, hc: HostConfig): string[] {
  const warnings: string[] = [];
  const rp = hc.RestartPolicy;
  if (!POLICIES.includes(rp.Name)) throw invalid(`invalid restart policy: unknown policy '${rp.Name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`);
  if (rp.MaximumRetryCount < 0) throw invalid('invalid restart policy: maximum retry count cannot be negative');
  if (rp.MaximumRetryCount > 0 && rp.Name !== 'on-failure') throw invalid("invalid restart policy: maximum retry count can only be used with 'on-failure'");
  if (hc.AutoRemove && rp.Name !== '' && rp.Name !== 'no') throw invalid("can't create 'AutoRemove' container with restart policy");
  const logDriver = hc.LogConfig?.Type ?? '';
  if (logDriver !== '' && !LOG_DRIVERS.includes(logDriver)) throw invalid(`logger: no log driver named '${logDriver}' is registered`);
  if (hc.Memory > 0 && hc.Memory < 6 * 1024 * 1024) throw invalid('Minimum memory limit allowed is 6MB');
  if (hc.MemorySwap > 0 && hc.Memory === 0) throw invalid('You should always set the Memory limit when using Memoryswap limit, see usage');
  if (hc.MemorySwap > 0 && hc.MemorySwap < hc.Memory) throw invalid('Minimum memoryswap limit should be larger than memory limit, see usage');
  if (hc.MemoryReservation > 0 && hc.MemoryReservation < 6 * 1024 * 1024) throw invalid('Minimum memory reservation allowed is 6MB');
  if (hc.Memory > 0 && hc.MemoryReservation > hc.Memory) throw invalid('Minimum memory limit can not be less than memory reservation limit, see usage');
  const ncpu = hostOf(eng).info.ncpu;
  if (hc.NanoCpus < 0 || hc.NanoCpus > ncpu * 1e9) throw invalid(`range of CPUs is from 0.01 to ${ncpu}.00, as there are only ${ncpu} CPUs available`);
  if (hc.CpusetCpus) {
    const bad = hc.CpusetCpus.split(/[,-]/).some((x) => !/^\d+$/.test(x) || Number(x) >= ncpu);
    if (bad) throw invalid(`Requested CPUs are not available - requested ${hc.CpusetCpus}, available: 0-${ncpu - 1}`);
  }
  if (hc.NetworkMode === 'host' && Object.keys(hc.PortBindings).length > 0) warnings.push('Published ports are discarded when using host network mode');
  return warnings;
}

export function createContainer(eng: Engine, spec: CreateSpec): CreateResult {
  const host = hostOf(eng);
  const image = resolveImage(eng, spec.config.Image);
  // Assigned onto a fresh literal (not spread): the CLI's request may be a dictionary-mode object,
  // and a spread copy of it would be one too, slow to read for the container's whole life.
  const hc: HostConfig = Object.assign(defaultHostConfig(), spec.hostConfig);
  if (hc.NetworkMode === 'default' || hc.NetworkMode === '') hc.NetworkMode = 'bridge';
  const warnings = validateHostConfig(eng, hc);
  adaptMemorySwap(hc);
  if (hc.NetworkMode === 'host') hc.PortBindings = {};

  const id = newId(eng);
  const config = mergeConfig(spec.config, image.config);
  if ((config.Entrypoint?.length ?? 0) + (config.Cmd?.length ?? 0) === 0) throw invalid('no command specified');
  if (hc.UTSMode === 'host' && spec.config.Hostname) throw invalid('Conflicting options: hostname and the UTS mode');
  if (!config.Hostname) config.Hostname = hc.NetworkMode === 'host' || hc.UTSMode === 'host' ? host.name : id.slice(0, 12);

  const networks: ContainerRecord['networks'] = {};
  const mode = hc.NetworkMode;
  if (mode.startsWith('container:')) {
    const ref = mode.slice(10);
    const target = findContainer(host, ref);
    if (!target) throw notFound(`No such container: ${ref}`);
    hc.NetworkMode = `container:${target.id}`;
  } else {
    const net = requireNetwork(eng, mode);
    const req = spec.endpoints?.[mode] ?? spec.endpoints?.[net.name];
    if (req?.ipv4Address && !isUserDefined(net)) throw invalid('user specified IP address is supported on user defined networks only');
    if (req?.ipv4Address && net.userSubnet === false) throw invalid(NO_USER_SUBNET);
    if (req?.aliases?.length && !isUserDefined(net)) throw invalid('network-scoped alias is supported only for containers in user defined networks');
    networks[net.name] = blankEndpoint(net, req?.aliases ?? [], req?.ipv4Address);
  }
  if (hc.PidMode.startsWith('container:')) {
    const ref = hc.PidMode.slice(10);
    const target = findContainer(host, ref);
    if (!target) throw notFound(`No such container: ${ref}`);
    hc.PidMode = `container:${target.id}`;
  }

  const name = spec.name ? reserveName(host, spec.name) : generateName(eng, id);
  const { mounts, noCopy } = buildMounts(eng, hc, Object.keys(config.Volumes ?? {}));
  const c: ContainerRecord = {
    id,
    name,
    created: eng.world.clock,
    imageId: image.id,
    path: (config.Entrypoint ?? config.Cmd ?? [])[0] ?? '',
    args: [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])].slice(1),
    config,
    hostConfig: hc,
    state: createdState(),
    restartCount: 0,
    manuallyStopped: false,
    networks,
    ports: {},
    mounts,
    upper: { entries: {} },
    tmpfs: {},
    logs: [],
    logsDropped: 0,
    proc: null,
    restartAt: null,
    healthAt: null,
    restartDelay: 0,
    execs: [],
    nextLocalPid: 7,
  };
  makeMountPoints(eng, c);
  host.containers[id] = c;
  containersChanged(host);
  copyUpVolumes(eng, c, image, noCopy);
  emit(eng.world, eng.host, 'container', 'create', id, { image: config.Image, name });
  return { container: c, warnings };
}

/** dockerd creates missing mount-point directories (or files, for file binds) in the container layer. */
function makeMountPoints(eng: Engine, c: ContainerRecord): void {
  if (c.mounts.length === 0) return;
  const host = hostOf(eng);
  const image = host.images[c.imageId];
  const view = new OverlayFs([c.upper, ...(image ? imageLayers(host, image) : [])], { writable: true, now: () => eng.world.clock });
  for (const m of c.mounts) {
    if (view.stat(m.Destination)) continue;
    const isFile = m.Type === 'bind' && eng.rt.hostFs?.stat(m.Source)?.type === 'file';
    try {
      if (isFile) {
        view.mkdir(parentOf(m.Destination), { recursive: true });
        view.writeFile(m.Destination, '');
      } else view.mkdir(m.Destination, { recursive: true });
    } catch {
      /* a path through a file: the start fails later, as runc would */
    }
  }
}
