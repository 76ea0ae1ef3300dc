/**
 * What ping prints, in both flavours: the header, one line per reply (iputils names the reverse
 * lookup and counts icmp_seq from 1; BusyBox counts seq from 0), the statistics block, and
 * simulated round-trip times (sub-millisecond on the host's bridges, ~12 ms to the internet).
 */
import { hostOf, type Engine, type Origin } from '../../sim/index';
import { ipToInt, parseCidr } from '../../sim/networks/ipam';
import { jitter } from './busybox';
import { isIpv4 } from './route';
import type { Flavour } from './types';

export interface Target {
  name: string;
  ip: string;
  /** Name iputils prints in replies (reverse lookup), null for numeric targets. */
  display: string | null;
  ttl: number;
  /** Round-trip scale in ms. */
  base: number;
}

export function describe(eng: Engine, origin: Origin, name: string, ip: string): Target {
  const host = hostOf(eng);
  const local = ip.startsWith('127.') || ip.startsWith('172.') || ip.startsWith('10.') || ip.startsWith('192.168.');
  let display: string | null = isIpv4(name) ? null : name;
  if (display && !ip.startsWith('127.')) {
    for (const c of Object.values(host.containers)) {
      const hit = Object.entries(c.networks).find(([, ep]) => ep.ipAddress === ip && ep.dnsNames.includes(name));
      if (hit) display = `${c.name}.${hit[0]}`;
    }
  }
  const ttl = local ? 64 : origin.kind === 'host' ? 117 : 116;
  return { name, ip, display, ttl, base: local ? 0.05 : 12 };
}

export function rtts(eng: Engine, t: Target, n: number): number[] {
  const seed = eng.world.clock + eng.world.seq;
  return Array.from({ length: n }, (_, i) => t.base * (0.7 + 0.9 * jitter(seed + i * 7919)));
}

/** The host's address on the bridge whose subnet holds `ip` (where ARP was tried). */
export function bridgeGatewayFor(eng: Engine, ip: string): string | undefined {
  const n = ipToInt(ip) ?? -1;
  for (const net of Object.values(hostOf(eng).networks)) {
    for (const c of net.ipam.Config) {
      const cidr = parseCidr(c.Subnet);
      if (cidr && c.Gateway && n >= cidr.base && n < cidr.base + 2 ** (32 - cidr.prefix)) return c.Gateway;
    }
  }
  return undefined;
}

function iputilsTime(ms: number): string {
  if (ms >= 100) return String(Math.round(ms));
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

export function stats(flavour: Flavour, t: Target, sent: number, times: number[], errors = 0): string {
  const recv = times.length;
  const loss = sent === 0 ? 0 : Math.round(((sent - recv) * 100) / sent);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const avg = times.reduce((a, b) => a + b, 0) / Math.max(1, recv);
  if (flavour === 'busybox') {
    const tail = recv > 0 ? `round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)} ms\n` : '';
    return `\n--- ${t.name} ping statistics ---\n${sent} packets transmitted, ${recv} packets received, ${loss}% packet loss\n${tail}`;
  }
  const mdev = Math.sqrt(Math.max(0, times.reduce((a, b) => a + b * b, 0) / Math.max(1, recv) - avg * avg));
  const elapsed = sent <= 1 ? 0 : (sent - 1) * 1000 + sent + 1;
  const tail = recv > 0 ? `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n` : errors > 0 ? `pipe ${Math.min(errors, 4)}\n` : '';
  return `\n--- ${t.name} ping statistics ---\n${sent} packets transmitted, ${recv} received, ${errors > 0 ? `+${errors} errors, ` : ''}${loss}% packet loss, time ${elapsed}ms\n${tail}`;
}

export function reply(flavour: Flavour, t: Target, seq: number, ms: number): string {
  if (flavour === 'busybox') return `64 bytes from ${t.ip}: seq=${seq - 1} ttl=${t.ttl} time=${ms.toFixed(3)} ms\n`;
  const from = t.display ? `${t.display} (${t.ip})` : t.ip;
  return `64 bytes from ${from}: icmp_seq=${seq} ttl=${t.ttl} time=${iputilsTime(ms)} ms\n`;
}

export function header(flavour: Flavour, t: Target, size: number): string {
  return flavour === 'busybox' ? `PING ${t.name} (${t.ip}): ${size} data bytes\n` : `PING ${t.name} (${t.ip}) ${size}(${size + 28}) bytes of data.\n`;
}

