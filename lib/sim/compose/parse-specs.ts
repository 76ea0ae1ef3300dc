/**
 * Short syntaxes compose-go expands: port specs (docker's nat.ParsePortSpecs: `8080:80`,
 * `127.0.0.1:8080:80/udp`, ranges `8080-8082:80`, `80`) and volume specs (format.ParseVolume:
 * `db-data:/var/lib/mysql:ro`, `./src:/app`, `/data`).
 */
import { ComposeError } from './errors';
import type { YamlMap } from './tree-path';

export interface PortSpec {
  mode: 'ingress';
  host_ip?: string;
  target: number;
  published?: string;
  protocol: string;
}

function splitProto(raw: string): [string, string] {
  const i = raw.lastIndexOf('/');
  if (i < 0) return [raw, 'tcp'];
  const proto = raw.slice(i + 1);
  return [raw.slice(0, i), proto === '' ? 'tcp' : proto];
}

function parseRange(raw: string, what: string, spec: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(raw);
  if (!m) throw new ComposeError(`invalid ${what}: ${spec}`);
  const start = Number(m[1]);
  const end = m[2] !== undefined ? Number(m[2]) : start;
  if (start > 65535 || end > 65535) throw new ComposeError(`invalid ${what}: ${spec}`);
  if (end < start) throw new ComposeError(`invalid range specified for ${what}: ${raw}`);
  return [start, end];
}

/** nat.ParsePortSpec → compose's ServicePortConfig entries (sorted by container port). */
export function parsePortSpec(raw: string): PortSpec[] {
  const [rawPort, proto] = splitProto(raw);
  let ip = '';
  let host = '';
  let container = rawPort;
  const lastColon = rawPort.lastIndexOf(':');
  if (lastColon >= 0) {
    container = rawPort.slice(lastColon + 1);
    const left = rawPort.slice(0, lastColon);
    const hostColon = left.lastIndexOf(':');
    if (hostColon >= 0) {
      ip = left.slice(0, hostColon).replace(/^\[(.*)\]$/, '$1');
      host = left.slice(hostColon + 1);
    } else host = left;
  }
  if (ip !== '' && !/^[\d.]+$|:/.test(ip)) throw new ComposeError(`invalid IP address: ${ip}`);
  if (container === '') throw new ComposeError(`no port specified: ${raw}<empty>`);
  const [cStart, cEnd] = parseRange(container, 'containerPort', container);
  let hStart = 0;
  let hEnd = 0;
  if (host !== '') [hStart, hEnd] = parseRange(host, 'hostPort', host);
  if (host !== '' && cEnd - cStart !== hEnd - hStart && cEnd !== cStart) {
    throw new ComposeError(`invalid ranges specified for container and host Ports: ${container} and ${host}`);
  }
  if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) throw new ComposeError(`invalid proto: ${proto}`);
  const out: PortSpec[] = [];
  for (let i = 0; i <= cEnd - cStart; i++) {
    let published = host !== '' ? `${hStart + i}` : '';
    if (host !== '' && hEnd !== hStart && cEnd === cStart) published = `${hStart}-${hEnd}`;
    const p: PortSpec = { mode: 'ingress', target: cStart + i, protocol: proto.toLowerCase() };
    if (ip !== '') p.host_ip = ip;
    if (published !== '') p.published = published;
    out.push(p);
  }
  return out.sort((a, b) => (String(a.target) < String(b.target) ? -1 : String(a.target) > String(b.target) ? 1 : 0));
}

const PROPAGATIONS = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave']);
const SELINUX = new Set(['z', 'Z']);

function isFilePath(source: string): boolean {
  if (source === '') return false;
  if ('./~'.includes(source[0]!)) return true;
  return /^[A-Za-z]:/.test(source) || source.startsWith('\\\\');
}

/** format.ParseVolume, with the target cleaned (compose encodes it as the long syntax). */
export function parseVolumeSpec(spec: string): YamlMap {
  const v: YamlMap = {};
  if (spec.length === 0) throw new ComposeError('invalid empty volume spec');
  if (spec.length <= 2) return { type: 'volume', target: spec, volume: {} };
  const parts: string[] = [];
  let buf = '';
  for (let i = 0; i <= spec.length; i++) {
    const c = i < spec.length ? spec[i]! : '\0';
    if (c === ':' && buf.length === 1 && /[A-Za-z]/.test(buf)) {
      buf += c;
      continue;
    }
    if (c === ':' || c === '\0') {
      if (buf === '') throw new ComposeError(`invalid spec: ${spec}: empty section between colons`);
      if (parts.length >= 2 && c === ':') throw new ComposeError(`invalid spec: ${spec}: too many colons`);
      parts.push(buf);
      buf = '';
      continue;
    }
    buf += c;
  }
  if (parts.length === 1) v.target = parts[0]!;
  else {
    v.source = parts[0]!;
    v.target = parts[1]!;
  }
  let bind: YamlMap | undefined;
  let volume: YamlMap | undefined;
  for (const option of (parts[2] ?? '').split(',')) {
    if (option === 'ro') v.read_only = true;
    else if (option === 'rw') v.read_only = false;
    else if (option === 'nocopy') volume = { nocopy: true };
    else if (PROPAGATIONS.has(option)) (bind ??= {}).propagation = option;
    else if (SELINUX.has(option)) (bind ??= {}).selinux = option;
  }
  const source = typeof v.source === 'string' ? v.source : '';
  if (isFilePath(source)) {
    v.type = 'bind';
    v.bind = { ...(bind ?? {}), create_host_path: true };
  } else {
    v.type = 'volume';
    v.volume = volume ?? {};
  }
  if (v.read_only === false) delete v.read_only;
  return v;
}

/** path.Clean for container paths. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return abs ? '/' + joined : joined === '' ? '.' : joined;
}
