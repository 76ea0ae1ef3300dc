/**
 * docker's own flag value types used by run/create/update (docker/cli opts package): `--mount`
 * (MountOpt), `--network` (NetworkOpt, with the `name=…,alias=…` long syntax), `--ulimit`,
 * `--gpus`, and lists whose empty value prints as `[]` in help (ThrottledeviceOpt…).
 */
import { f, goQuote, parseGoBool, type FlagOptions } from '../../flags';
import { readCsvRecord } from '../../flags/go-csv';
import { ramInBytes } from '../../format/units';
import type { MountSpec } from '../../../sim/index';

/** A `--mount` value as docker/cli parses it (before the daemon validates it). */
export interface MountFlag {
  Type: string;
  Source: string;
  Target: string;
  ReadOnly: boolean;
  VolumeOptions?: { NoCopy?: boolean; Labels: Record<string, string>; Subpath?: string; Driver?: string };
  BindOptions?: { Propagation?: string; NonRecursive?: boolean; CreateMountpoint?: boolean };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
  ImageOptions?: { Subpath?: string };
}

function parseBoolField(key: string, val: string): boolean {
  try {
    return parseGoBool(val);
  } catch {
    throw new Error(`invalid value for ${key}: ${val}`);
  }
}

/** opts.MountOpt.Set. */
export function parseMountFlag(value: string): MountFlag {
  const m: MountFlag = { Type: 'volume', Source: '', Target: '', ReadOnly: false };
  const vol = () => (m.VolumeOptions ??= { Labels: {} });
  const bind = () => (m.BindOptions ??= {});
  const tmpfs = () => (m.TmpfsOptions ??= {});
  for (const field of readCsvRecord(value)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') m.ReadOnly = true;
      else if (key === 'volume-nocopy') vol().NoCopy = true;
      else if (key === 'bind-nonrecursive') bind().NonRecursive = true;
      else throw new Error(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    switch (key) {
      case 'type': m.Type = val.toLowerCase(); break;
      case 'source': case 'src': m.Source = val; break;
      case 'target': case 'dst': case 'destination': m.Target = val; break;
      case 'readonly': case 'ro': m.ReadOnly = parseBoolField(key, val); break;
      case 'consistency': break;
      case 'bind-propagation': bind().Propagation = val.toLowerCase(); break;
      case 'bind-nonrecursive': bind().NonRecursive = parseBoolField(key, val); break;
      case 'bind-recursive':
        if (!['enabled', 'disabled', 'writable', 'readonly'].includes(val)) throw new Error(`invalid value for ${key}: ${val} (must be "enabled", "disabled", "writable", or "readonly")`);
        bind();
        break;
      case 'volume-subpath': vol().Subpath = val; break;
      case 'volume-nocopy':
        try {
          vol().NoCopy = parseGoBool(val);
        } catch {
          throw new Error(`invalid value for volume-nocopy: ${val}`);
        }
        break;
      case 'volume-label': {
        const eqAt = val.indexOf('=');
        const k = eqAt < 0 ? val : val.slice(0, eqAt);
        if (k !== '') vol().Labels[k] = eqAt < 0 ? '' : val.slice(eqAt + 1);
        break;
      }
      case 'volume-driver': vol().Driver = val; break;
      case 'volume-opt': vol(); break;
      case 'image-subpath': m.ImageOptions = { Subpath: val }; break;
      case 'tmpfs-size':
        try {
          tmpfs().SizeBytes = ramInBytes(val);
        } catch {
          throw new Error(`invalid value for ${key}: ${val}`);
        }
        break;
      case 'tmpfs-mode': {
        if (!/^[0-7]+$/.test(val) || parseInt(val, 8) > 0xffffffff) throw new Error(`invalid value for ${key}: ${val}`);
        tmpfs().Mode = parseInt(val, 8);
        break;
      }
      default:
        throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (m.Type === '') throw new Error('type is required');
  if (m.Target === '') throw new Error('target is required');
  const mix = (has: unknown, prefix: string, type: string) => {
    if (has && m.Type !== type) throw new Error(`cannot mix '${prefix}-*' options with mount type '${m.Type}'`);
  };
  mix(m.VolumeOptions, 'volume', 'volume');
  mix(m.ImageOptions, 'image', 'image');
  mix(m.BindOptions, 'bind', 'bind');
  mix(m.TmpfsOptions, 'tmpfs', 'tmpfs');
  return m;
}

/** The engine's MountSpec for a parsed `--mount` (types the engine knows). */
export function toMountSpec(m: MountFlag): MountSpec {
  const spec: MountSpec = { Type: m.Type as MountSpec['Type'], Source: m.Source, Target: m.Target };
  if (m.ReadOnly) spec.ReadOnly = true;
  if (m.VolumeOptions) {
    spec.VolumeOptions = {
      ...(m.VolumeOptions.NoCopy ? { NoCopy: true } : {}),
      ...(Object.keys(m.VolumeOptions.Labels).length > 0 ? { Labels: m.VolumeOptions.Labels } : {}),
      ...(m.VolumeOptions.Subpath ? { Subpath: m.VolumeOptions.Subpath } : {}),
    };
  }
  if (m.TmpfsOptions) spec.TmpfsOptions = { ...m.TmpfsOptions };
  if (m.BindOptions?.CreateMountpoint) spec.BindOptions = { CreateMountpoint: true };
  return spec;
}

export const mountFlag = (o: FlagOptions) =>
  f.custom<MountFlag[]>({
    ...o,
    type: 'mount',
    fresh: () => [],
    create() {
      const values: MountFlag[] = [];
      return {
        set: (raw) => void values.push(parseMountFlag(raw)),
        get: () => values,
        toString: () => values.map((m) => `${m.Type} ${m.Source} ${m.Target}`).join(', '),
      };
    },
  });

/** One `--network` value (opts.NetworkAttachmentOpts). */
export interface NetworkAttachment {
  target: string;
  aliases: string[];
  ipv4Address: string;
  ipv6Address: string;
  macAddress: string;
  /** Whether the `name=…` long syntax was used (aliases then come from the value). */
  long: boolean;
}

const LONG_SYNTAX = /\w+=\w+(,\w+=\w+)*/;

/** opts.NetworkOpt.Set. */
export function parseNetworkFlag(value: string): NetworkAttachment {
  const n: NetworkAttachment = { target: '', aliases: [], ipv4Address: '', ipv6Address: '', macAddress: '', long: false };
  if (!LONG_SYNTAX.test(value)) return { ...n, target: value };
  n.long = true;
  for (const field of readCsvRecord(value)) {
    const lower = field.toLowerCase();
    const eq = lower.indexOf('=');
    if (eq <= 0) throw new Error(`invalid field ${field}`);
    const key = lower.slice(0, eq).trim();
    const val = lower.slice(eq + 1).trim();
    switch (key) {
      case 'name': n.target = val; break;
      case 'alias': n.aliases.push(val); break;
      case 'ip': n.ipv4Address = val; break;
      case 'ip6': n.ipv6Address = val; break;
      case 'mac-address': n.macAddress = val; break;
      case 'link-local-ip': case 'driver-opt': break;
      case 'gw-priority':
        if (!/^[+-]?\d+$/.test(val)) throw new Error(`invalid gw-priority (${val}): invalid syntax`);
        break;
      default:
        throw new Error('invalid field key ' + key);
    }
  }
  if (n.target === '') throw new Error('network name/id is not specified');
  return n;
}

export const networkFlag = (o: FlagOptions) =>
  f.custom<NetworkAttachment[]>({
    ...o,
    type: 'network',
    fresh: () => [],
    create() {
      const values: NetworkAttachment[] = [];
      return { set: (raw) => void values.push(parseNetworkFlag(raw)), get: () => values, toString: () => '' };
    },
  });

const ULIMITS = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];

export interface Ulimit {
  Name: string;
  Soft: number;
  Hard: number;
}

function parseInt64(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new Error(`strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`);
  return Number(s);
}

/** go-units ParseUlimit. */
export function parseUlimit(val: string): Ulimit {
  const eq = val.indexOf('=');
  if (eq < 0) throw new Error(`invalid ulimit argument: ${val}`);
  const name = val.slice(0, eq);
  if (!ULIMITS.includes(name)) throw new Error(`invalid ulimit type: ${name}`);
  const parts = val.slice(eq + 1).split(':');
  if (parts.length > 2) throw new Error(`too many limit value arguments - ${val.slice(eq + 1)}, can only have up to two, \`soft[:hard]\``);
  const hard = parts.length === 2 ? parseInt64(parts[1]!) : undefined;
  const soft = parseInt64(parts[0]!);
  const h = hard ?? soft;
  if (h !== -1) {
    if (soft === -1) throw new Error(`ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: ${h}`);
    if (soft > h) throw new Error(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${h}`);
  }
  return { Name: name, Soft: soft, Hard: h };
}

export const ulimitFlag = (o: FlagOptions) =>
  f.custom<Ulimit[]>({
    ...o,
    type: 'ulimit',
    fresh: () => [],
    create() {
      const byName = new Map<string, Ulimit>();
      const list = () => [...byName.values()].sort((a, b) => (a.Name < b.Name ? -1 : 1));
      return {
        set: (raw) => void byName.set(parseUlimit(raw).Name, parseUlimit(raw)),
        get: list,
        toString: () => `[${list().map((u) => `${u.Name}=${u.Soft}:${u.Hard}`).join(' ')}]`,
      };
    },
  });

/** `--gpus all|N|device=…`: kept as typed (the simulated host has no GPU). */
export const gpusFlag = (o: FlagOptions) =>
  f.custom<string[]>({
    ...o,
    type: 'gpu-request',
    fresh: () => [],
    create() {
      const values: string[] = [];
      return { set: (raw) => void values.push(raw), get: () => values, toString: () => '' };
    },
  });

/** A list flag whose Go type prints `[]` when empty (ThrottledeviceOpt, WeightdeviceOpt). */
export const bracketList = (o: FlagOptions) =>
  f.custom<string[]>({
    ...o,
    type: 'list',
    fresh: () => [],
    create() {
      const values: string[] = [];
      return { set: (raw) => void values.push(raw), get: () => values, toString: () => `[${values.join(' ')}]` };
    },
  });
