/**
 * The validators docker attaches to its list flags (docker/cli opts package), with their exact
 * error texts. Use them with `f.list({ validator })`.
 */
import { canonicalIP } from './go-ip';
import { goQuote } from './go-strconv';
import type { ParseEnv } from './types';

/** `-e KEY=VAL`; `-e KEY` takes KEY from the caller's environment when set there. */
export function validateEnv(val: string, env: ParseEnv): string {
  const eq = val.indexOf('=');
  const key = eq < 0 ? val : val.slice(0, eq);
  if (key === '') throw new Error('invalid environment variable: ' + val);
  if (eq >= 0) return val;
  const fromEnv = env.env[key];
  return fromEnv !== undefined ? `${key}=${fromEnv}` : val;
}

/** `--label k=v`. */
export function validateLabel(value: string): string {
  const eq = value.indexOf('=');
  const key = (eq < 0 ? value : value.slice(0, eq)).replace(/^[ \t]+/, '');
  if (key === '') throw new Error(`invalid label '${value}': empty name`);
  if (/[ \t]/.test(key)) throw new Error(`label '${key}' contains whitespaces`);
  return value;
}

/** `--dns 8.8.8.8`: returns the canonical address. */
export function validateIPAddress(val: string): string {
  const ip = canonicalIP(val.trim());
  if (ip === null) throw new Error(`IP address is not correctly formatted: ${val}`);
  return ip;
}

/** `--add-host name:ip` or `name=ip` (ip may be `host-gateway` or `[v6]`); returns `name:ip`. */
export function validateExtraHost(val: string): string {
  let sep = val.indexOf('=');
  if (sep < 0) sep = val.indexOf(':');
  const key = sep < 0 ? '' : val.slice(0, sep);
  let ip = sep < 0 ? '' : val.slice(sep + 1);
  if (sep < 0 || key === '' || key.includes(':')) throw new Error(`bad format for add-host: ${goQuote(val)}`);
  if (ip !== 'host-gateway') {
    if (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
    if (canonicalIP(ip.trim()) === null) throw new Error(`invalid IP address in add-host: ${goQuote(ip)}`);
  }
  return `${key}:${ip}`;
}

/** `-a stdin|stdout|stderr` (case-insensitive). */
export function validateAttach(val: string): string {
  const s = val.toLowerCase();
  if (s === 'stdin' || s === 'stdout' || s === 'stderr') return s;
  throw new Error('valid streams are STDIN, STDOUT and STDERR');
}

/** `--link name[:alias]`. */
export function validateLink(val: string): string {
  if (val === '') throw new Error('empty string specified for links');
  if (val.split(':').length > 2) throw new Error('bad format for links: ' + val);
  return val;
}

const SYSCTLS = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced']);

/** `--sysctl key=value`: namespaced sysctls only. */
export function validateSysctl(val: string): string {
  const eq = val.indexOf('=');
  const key = eq < 0 ? '' : val.slice(0, eq);
  if (key === '') throw new Error(`sysctl '${val}' is not allowed`);
  if (SYSCTLS.has(key) || key.startsWith('net.') || key.startsWith('fs.mqueue.')) return val;
  throw new Error(`sysctl '${val}' is not allowed`);
}
