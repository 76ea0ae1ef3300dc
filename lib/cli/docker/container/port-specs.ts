/**
 * `-p` / `--expose` parsing as the docker client does it (go-connections/nat ParsePortSpecs,
 * cli's convertToStandardNotation for `published=…,target=…`), with the exact error texts.
 */
import { canonicalIP } from '../../flags';
import type { PortBinding } from '../../../sim/index';

export interface ParsedPorts {
  exposed: Record<string, Record<string, never>>;
  bindings: Record<string, PortBinding[]>;
}

/** strconv.ParseUint(s, 10, 16) with Go's error text. */
function parseUint16(s: string): number {
  if (!/^\d+$/.test(s)) throw new Error(`strconv.ParseUint: parsing "${s}": invalid syntax`);
  const n = Number(s);
  if (n > 65535) throw new Error(`strconv.ParseUint: parsing "${s}": value out of range`);
  return n;
}

/** nat.ParsePortRange. */
export function parsePortRange(ports: string): [number, number] {
  if (ports === '') throw new Error('empty string specified for ports');
  if (!ports.includes('-')) {
    const n = parseUint16(ports);
    return [n, n];
  }
  const parts = ports.split('-');
  const start = parseUint16(parts[0]!);
  const end = parseUint16(parts[1]!);
  if (end < start) throw new Error(`invalid range specified for port: ${ports}`);
  return [start, end];
}

/** nat.SplitProtoPort: `80/udp` → ['udp', '80']. */
export function splitProtoPort(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw === '' || parts[0] === '') return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if (parts[1] === '') return ['tcp', parts[0]!];
  return [parts[1]!, parts[0]!];
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1]!;
  if (n === 1) return ['', '', container];
  if (n === 2) return ['', parts[0]!, container];
  if (n === 3) return [parts[0]!, parts[1]!, container];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2]!, container];
}

/** convertToStandardNotation: `published=8080,target=80[,protocol=udp]` → `8080:80/udp`. */
export function toStandardNotation(specs: readonly string[]): string[] {
  return specs.map((spec) => {
    if (!spec.includes('=')) return spec;
    const params: Record<string, string> = { protocol: 'tcp' };
    for (const param of spec.split(',')) {
      const eq = param.indexOf('=');
      if (eq <= 0) throw new Error(`invalid publish opts format (should be name=value but got '${param}')`);
      params[param.slice(0, eq)] = param.slice(eq + 1);
    }
    return `${params.published ?? ''}:${params.target ?? ''}/${params.protocol}`;
  });
}

/** nat.ParsePortSpecs over already-standard specs. */
export function parsePortSpecs(specs: readonly string[]): ParsedPorts {
  const out: ParsedPorts = { exposed: {}, bindings: {} };
  for (const raw of specs) {
    let [ip, hostPort, containerPort] = splitParts(raw);
    let proto: string;
    [proto, containerPort] = splitProtoPort(containerPort);
    if (ip.startsWith('[')) {
      if (!ip.endsWith(']')) throw new Error(`invalid IP address ${ip}: address ${ip}:: missing ']' in address`);
      ip = ip.slice(1, -1);
    }
    if (ip !== '' && canonicalIP(ip) === null) throw new Error(`invalid IP address: ${ip}`);
    if (containerPort === '') throw new Error(`no port specified: ${raw}<empty>`);
    let start: number, end: number;
    try {
      [start, end] = parsePortRange(containerPort);
    } catch {
      throw new Error(`invalid containerPort: ${containerPort}`);
    }
    let hostStart = 0;
    let hostEnd = 0;
    if (hostPort !== '') {
      try {
        [hostStart, hostEnd] = parsePortRange(hostPort);
      } catch {
        throw new Error(`invalid hostPort: ${hostPort}`);
      }
    }
    if (hostPort !== '' && end - start !== hostEnd - hostStart && end !== start) {
      throw new Error(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
    }
    if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) throw new Error(`invalid proto: ${proto}`);
    for (let i = 0; i <= end - start; i++) {
      const key = `${start + i}/${proto.toLowerCase()}`;
      let hp = hostPort === '' ? '' : String(hostStart + i);
      if (start === end && hostStart !== hostEnd) hp = `${hp}-${hostEnd}`;
      out.exposed[key] = {};
      (out.bindings[key] ??= []).push({ HostIp: ip, HostPort: hp });
    }
  }
  return out;
}

/** `--expose 80`, `--expose 7000-7002/udp` added to the exposed ports. */
export function addExposed(exposed: Record<string, Record<string, never>>, specs: readonly string[]): void {
  for (const e of specs) {
    if (e.includes(':')) throw new Error(`invalid port format for --expose: ${e}`);
    const [proto, port] = splitProtoPort(e);
    let start: number, end: number;
    try {
      [start, end] = parsePortRange(port);
    } catch (err) {
      throw new Error(`invalid range format for --expose: ${e}, error: ${(err as Error).message}`);
    }
    for (let p = start; p <= end; p++) exposed[`${p}/${proto}`] ??= {};
  }
}
