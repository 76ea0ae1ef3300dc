/**
 * IPv4 address management: CIDR parsing, the daemon's default address pools, serial allocation
 * of container addresses inside a subnet (or --ip-range).
 */
import { invalid } from '../core/errors';

export interface Cidr {
  base: number;
  prefix: number;
}

const DOT = 46;
const ZERO = 48;
const NINE = 57;

/** Dotted quad → number: four parts of 1–3 ASCII digits, each ≤ 255 (leading zeros allowed); else null. */
export function ipToInt(ip: string): number | null {
  let n = 0;
  let part = 0;
  let digits = 0;
  let parts = 0;
  for (let i = 0; i <= ip.length; i++) {
    const ch = i < ip.length ? ip.charCodeAt(i) : DOT;
    if (ch === DOT) {
      if (digits === 0 || part > 255 || ++parts > 4) return null;
      n = n * 256 + part;
      part = digits = 0;
    } else if (ch >= ZERO && ch <= NINE && ++digits <= 3) part = part * 10 + (ch - ZERO);
    else return null;
  }
  return parts === 4 ? n : null;
}

export function intToIp(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export function parseCidr(s: string): Cidr | null {
  const [ip, len] = s.split('/');
  const base = ip === undefined ? null : ipToInt(ip);
  const prefix = Number(len);
  if (base === null || len === undefined || !/^\d{1,2}$/.test(len) || prefix > 32) return null;
  return { base: (base & mask(prefix)) >>> 0, prefix };
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function cidrString(c: Cidr): string {
  return `${intToIp(c.base)}/${c.prefix}`;
}

export function size(c: Cidr): number {
  return 2 ** (32 - c.prefix);
}

export function contains(c: Cidr, ip: number): boolean {
  return ip >= c.base && ip < c.base + size(c);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base < b.base + size(b) && b.base < a.base + size(a);
}

/** Parse `--subnet`, with docker's error for a malformed one. */
export function requireCidr(s: string): Cidr {
  const c = parseCidr(s);
  if (!c) throw invalid(`invalid CIDR address: ${s}`);
  return c;
}

/** The daemon's default pools: 172.17-31.0.0/16, then 192.168.x.0/20. */
export function* defaultPools(): Generator<Cidr> {
  for (let i = 17; i <= 31; i++) yield { base: ((172 << 24) | (i << 16)) >>> 0, prefix: 16 };
  for (let i = 0; i < 256; i += 16) yield { base: ((192 << 24) | (168 << 16) | (i << 8)) >>> 0, prefix: 20 };
}

/**
 * Next free address after `cursor` (a host number in the subnet), skipping the network address,
 * the broadcast address and `used`. Returns the address and the new cursor, or null when full.
 */
export function allocate(subnet: Cidr, range: Cidr | null, used: ReadonlySet<number>, cursor: number): { ip: number; cursor: number } | null {
  const total = size(subnet);
  for (let step = 1; step <= total; step++) {
    const host = (cursor + step) % total;
    const ip = subnet.base + host;
    if (host === 0 || host === total - 1 || used.has(ip)) continue;
    if (range && !contains(range, ip)) continue;
    return { ip, cursor: host };
  }
  return null;
}

/** docker's classic MAC for an address: 02:42 followed by the four address bytes. */
export function macFor(ip: number): string {
  return `02:42:${HEX2[ip >>> 24]}:${HEX2[(ip >>> 16) & 255]}:${HEX2[(ip >>> 8) & 255]}:${HEX2[ip & 255]}`;
}

/** A byte as two lowercase hex digits, '00'…'ff' (a table: Number#toString(16) is a runtime call per byte). */
const HEX2: readonly string[] = Array.from({ length: 256 }, (_, b) => (b < 16 ? '0' : '') + b.toString(16));
