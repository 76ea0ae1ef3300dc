/**
 * docker/cli's service option types (opts/port.go, opts/mount.go, opts/secret.go, opts/config.go,
 * opts/network.go, placement preferences): the short and the long `key=value,…` forms, with the
 * client's errors worded as the flag parser reports them.
 */
import type { ConfigReference, MountConfig, PortConfig, SecretReference } from '../../../sim/swarm/index';

function csvFields(value: string): Array<[string, string | undefined]> {
  return value.split(',').map((part) => {
    const i = part.indexOf('=');
    return i < 0 ? [part.trim().toLowerCase(), undefined] : [part.slice(0, i).trim().toLowerCase(), part.slice(i + 1)];
  });
}

/** Thrown while the flag is parsed: the parser words it `invalid argument "v" for "-p, --publish" flag: why`. */
const flagError = (_value: string, _flag: string, why: string) => new Error(why);

/** `-p 8080:80`, `-p 8080:80/udp`, `-p 80`, `-p published=8080,target=80,mode=host`. */
export function parsePort(value: string, flag = '-p, --publish'): PortConfig[] {
  if (value.includes('=')) {
    const p: PortConfig = { Protocol: 'tcp', TargetPort: 0, PublishMode: 'ingress' };
    for (const [k, v = ''] of csvFields(value)) {
      if (k === 'target') p.TargetPort = Number(v);
      else if (k === 'published') p.PublishedPort = Number(v);
      else if (k === 'protocol') p.Protocol = v.toLowerCase() as PortConfig['Protocol'];
      else if (k === 'mode') {
        if (v !== 'ingress' && v !== 'host') throw flagError(value, flag, `invalid publish mode value (${v}): must be either "ingress" or "host"`);
        p.PublishMode = v;
      } else throw flagError(value, flag, `invalid field key ${k}`);
    }
    if (!p.TargetPort) throw flagError(value, flag, 'missing mandatory field "target"');
    return [p];
  }
  const parts = value.split('/')[0]!.split(':');
  if (parts.length > 2 && !/^\d{1,3}(\.\d{1,3}){3}$/.test(parts[0]!)) throw flagError(value, flag, `invalid IP address: ${parts[0]}`);
  if (parts.length > 2) throw flagError(value, flag, 'hostip is not supported');
  const m = /^(?:(\d+)(?:-(\d+))?:)?(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/.exec(value);
  if (!m) throw flagError(value, flag, `invalid containerPort: ${value.split('/')[0]!.split(':').pop()}`);
  const proto = (m[5] ?? 'tcp') as PortConfig['Protocol'];
  const target = Number(m[3]);
  const targetEnd = m[4] ? Number(m[4]) : target;
  const published = m[1] ? Number(m[1]) : undefined;
  const out: PortConfig[] = [];
  for (let i = 0; i <= targetEnd - target; i++) {
    out.push({ Protocol: proto, TargetPort: target + i, ...(published !== undefined ? { PublishedPort: published + i } : {}), PublishMode: 'ingress' });
  }
  return out;
}

/** `--mount type=volume,source=data,target=/data[,readonly]`. */
export function parseMount(value: string, flag = '--mount'): MountConfig {
  const m: MountConfig = { Type: 'volume', Target: '' };
  // opts.MountOpt: any volume-* key makes VolumeOptions with a Labels map and an empty DriverConfig
  const vol = () => (m.VolumeOptions ??= { Labels: {}, DriverConfig: {} });
  for (const [k, v] of csvFields(value)) {
    switch (k) {
      case 'type':
        if (v !== 'bind' && v !== 'volume' && v !== 'tmpfs') throw flagError(value, flag, `invalid value for 'type': ${v}`);
        m.Type = v;
        break;
      case 'source':
      case 'src':
        m.Source = v ?? '';
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.Target = v ?? '';
        break;
      case 'readonly':
      case 'ro':
        m.ReadOnly = v === undefined || v === 'true' || v === '1';
        break;
      case 'volume-nocopy':
        vol().NoCopy = v === undefined || v === 'true';
        break;
      case 'volume-label': {
        const [lk = '', lv = ''] = (v ?? '').split(/=(.*)/s);
        if (lk !== '') vol().Labels![lk] = lv;
        break;
      }
      case 'tmpfs-size':
        m.TmpfsOptions = { ...m.TmpfsOptions, SizeBytes: Number(v) };
        break;
      default:
        if (!k.startsWith('volume-') && !k.startsWith('bind-') && !k.startsWith('tmpfs-')) throw flagError(value, flag, `unexpected key '${k}' in '${k}=${v ?? ''}'`);
    }
  }
  if (!m.Target) throw flagError(value, flag, 'target is required');
  return inFieldOrder(m);
}

/** mount.Mount's JSON order (Type, Source, Target, ReadOnly, VolumeOptions, TmpfsOptions), empty fields left out. */
function inFieldOrder(m: MountConfig): MountConfig {
  const vo = m.VolumeOptions;
  return {
    Type: m.Type,
    ...(m.Source ? { Source: m.Source } : {}),
    Target: m.Target,
    ...(m.ReadOnly ? { ReadOnly: true } : {}),
    ...(vo
      ? { VolumeOptions: { ...(vo.NoCopy ? { NoCopy: true } : {}), ...(vo.Labels && Object.keys(vo.Labels).length ? { Labels: vo.Labels } : {}), ...(vo.Subpath ? { Subpath: vo.Subpath } : {}), ...(vo.DriverConfig ? { DriverConfig: vo.DriverConfig } : {}) } }
      : {}),
    ...(m.TmpfsOptions ? { TmpfsOptions: m.TmpfsOptions } : {}),
  };
}

interface FileRef {
  source: string;
  target: string;
  uid: string;
  gid: string;
  mode: number;
}

/** `--secret name` / `--secret source=name,target=file,uid=0,gid=0,mode=0444` (the same for --config). */
export function parseFileRef(value: string, flag: string): FileRef {
  const ref: FileRef = { source: '', target: '', uid: '0', gid: '0', mode: 0o444 };
  if (!value.includes('=')) return { ...ref, source: value, target: value };
  for (const [k, v = ''] of csvFields(value)) {
    if (k === 'source' || k === 'src') ref.source = v;
    else if (k === 'target') ref.target = v;
    else if (k === 'uid') ref.uid = v;
    else if (k === 'gid') ref.gid = v;
    else if (k === 'mode') ref.mode = parseInt(v, 8);
    else throw flagError(value, flag, `invalid field in secret request: ${k}`);
  }
  if (!ref.source) throw flagError(value, flag, 'source is required');
  if (!ref.target) ref.target = ref.source;
  return ref;
}

export function secretRef(r: FileRef, id: string): SecretReference {
  return { File: { Name: r.target, UID: r.uid, GID: r.gid, Mode: r.mode }, SecretID: id, SecretName: r.source };
}

export function configRef(r: FileRef, id: string): ConfigReference {
  return { File: { Name: r.target, UID: r.uid, GID: r.gid, Mode: r.mode }, ConfigID: id, ConfigName: r.source };
}

/** `--network name` / `--network name=x,alias=y`. */
export function parseNetwork(value: string): { Target: string; Aliases?: string[] } {
  if (!value.includes('=')) return { Target: value };
  const out: { Target: string; Aliases?: string[] } = { Target: '' };
  for (const [k, v = ''] of csvFields(value)) {
    if (k === 'name') out.Target = v;
    else if (k === 'alias') (out.Aliases ??= []).push(v);
  }
  return out;
}

/** `--placement-pref spread=node.labels.zone`. */
export function parsePlacementPref(value: string): { Spread: { SpreadDescriptor: string } } {
  const i = value.indexOf('=');
  if (i < 0) throw flagError(value, '--placement-pref', 'placement preference must be of the format "<strategy>=<arg>"');
  if (value.slice(0, i) !== 'spread') throw flagError(value, '--placement-pref', `unsupported placement preference ${value.slice(0, i)} (only spread is supported)`);
  return { Spread: { SpreadDescriptor: value.slice(i + 1) } };
}


/** The flag validators (docker's PortOpt, MountOpt, placementPrefOpts check values as they are parsed). */
export const validatePort = (v: string) => (parsePort(v), v);
export const validateMount = (v: string) => (parseMount(v), v);
export const validatePlacementPref = (v: string) => (parsePlacementPref(v), v);
export const validateFileRef = (v: string) => (parseFileRef(v, ''), v);
