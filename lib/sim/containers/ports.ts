/**
 * Publishing ports at start: explicit bindings, random ephemeral host ports (`-p 80`, `-P`) from
 * the seeded rng, docker 28's dual IPv4/IPv6 bindings, and the "port is already allocated" error.
 */
import { hostOf, type Engine } from '../core/engine';
import { systemError } from '../core/errors';
import { nextInt } from '../core/rng';
import type { ContainerRecord, PortBinding, PortMap } from './types';
import { containerList } from './container-list';

const EPHEMERAL_LOW = 32768;
const EPHEMERAL_HIGH = 60999;

interface Taken {
  ip: string;
  port: number;
  proto: string;
}

function takenPorts(eng: Engine, except: string): Taken[] {
  const out: Taken[] = [];
  for (const c of containerList(hostOf(eng))) {
    if (c.id === except || !c.state.Running) continue;
    for (const key in c.ports) {
      const binds = c.ports[key];
      if (!binds) continue;
      const proto = protoOf(key);
      for (const b of binds) out.push({ ip: b.HostIp, port: Number(b.HostPort), proto });
    }
  }
  return out;
}

/** `80/tcp` → tcp (what `key.split('/')[1] ?? 'tcp'` gives, without the array). */
function protoOf(key: string): string {
  const i = key.indexOf('/');
  if (i < 0) return 'tcp';
  const j = key.indexOf('/', i + 1);
  return j < 0 ? key.slice(i + 1) : key.slice(i + 1, j);
}

const isAny = (ip: string) => ip === '' || ip === '0.0.0.0' || ip === '::';
const family = (ip: string) => (ip.includes(':') ? 6 : 4);

function clashes(taken: Taken[], ip: string, port: number, proto: string): boolean {
  return taken.some((t) => t.port === port && t.proto === proto && family(t.ip) === family(ip) && (isAny(t.ip) || isAny(ip) || t.ip === ip));
}

/** Resolve the container's PortBindings (+ -P) into concrete host ports, or throw the daemon error. */
export function allocatePorts(eng: Engine, c: ContainerRecord, endpointName: string, endpointId: string): PortMap {
  // Other containers' bindings are gathered only when this one publishes something.
  let taken: Taken[] | null = null;
  const wanted: PortMap = { ...c.hostConfig.PortBindings };
  if (c.hostConfig.PublishAllPorts) for (const p of Object.keys(c.config.ExposedPorts ?? {})) wanted[p] ??= [{ HostIp: '', HostPort: '' }];
  const result: PortMap = {};
  for (const p of Object.keys(c.config.ExposedPorts ?? {})) result[p] = null;
  for (const [key, binds] of Object.entries(wanted)) {
    const proto = protoOf(key);
    const out: PortBinding[] = [];
    for (const b of binds ?? []) {
      const t = (taken ??= takenPorts(eng, c.id));
      const range = /^(\d+)-(\d+)$/.exec(b.HostPort);
      let port = range ? Number(range[1]) : Number(b.HostPort || 0);
      const ips = b.HostIp === '' ? ['0.0.0.0', '::'] : [b.HostIp];
      if (range) {
        while (port <= Number(range[2]) && ips.some((ip) => clashes(t, ip, port, proto))) port++;
        if (port > Number(range[2])) throw portError(endpointName, endpointId, ips[0]!, Number(range[1]));
      } else if (port === 0) {
        do port = EPHEMERAL_LOW + nextInt(eng.world.rng, EPHEMERAL_HIGH - EPHEMERAL_LOW + 1);
        while (ips.some((ip) => clashes(t, ip, port, proto)));
      } else {
        const bad = ips.find((ip) => clashes(t, ip, port, proto));
        if (bad) throw portError(endpointName, endpointId, bad === '::' ? '[::]' : bad, port);
      }
      for (const ip of ips) {
        out.push({ HostIp: ip, HostPort: String(port) });
        t.push({ ip, port, proto });
      }
    }
    result[key] = out;
  }
  return result;
}

function portError(name: string, id: string, ip: string, port: number) {
  return systemError(`driver failed programming external connectivity on endpoint ${name} (${id}): Bind for ${ip}:${port} failed: port is already allocated`);
}

/** Exposed + published container ports, e.g. for `docker port`. */
export function publishedPorts(c: ContainerRecord): Array<{ containerPort: string; binding: PortBinding }> {
  const out: Array<{ containerPort: string; binding: PortBinding }> = [];
  for (const [k, binds] of Object.entries(c.ports)) for (const b of binds ?? []) out.push({ containerPort: k, binding: b });
  return out;
}
