/**
 * Linux capabilities of a container's processes as dockerd computes them (oci/caps
 * TweakCapabilities): Docker's default set, `--privileged` = every capability the kernel knows,
 * `--cap-drop ALL` keeps only what `--cap-add` names, `--cap-add ALL` keeps all but `--cap-drop`.
 * Masks are bigints (41 bits on the 6.x kernel) printed as /proc/<pid>/status shows them.
 */
import type { HostConfig } from './types';

/** Capability names by bit number (include/uapi/linux/capability.h). */
export const CAPABILITIES = [
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP',
  'LINUX_IMMUTABLE', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW', 'IPC_LOCK', 'IPC_OWNER',
  'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE',
  'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'LEASE', 'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP',
  'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF',
  'CHECKPOINT_RESTORE',
] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** moby's oci/caps DefaultCapabilities. */
export const DEFAULT_CAPABILITIES: readonly Capability[] = [
  'CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP',
  'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE',
];

/** `chown`, `cap_chown`, `CAP_CHOWN` → `CHOWN`; `all` → `ALL`. */
export function normalizeCapability(name: string): string {
  const up = name.toUpperCase();
  return up.startsWith('CAP_') ? up.slice(4) : up;
}

/** The capability names a container's root processes hold, in bit order. */
export function containerCapabilities(hc: Pick<HostConfig, 'CapAdd' | 'CapDrop' | 'Privileged'>): Capability[] {
  if (hc.Privileged) return [...CAPABILITIES];
  const adds = (hc.CapAdd ?? []).map(normalizeCapability);
  const drops = (hc.CapDrop ?? []).map(normalizeCapability);
  const known = (c: string): c is Capability => (CAPABILITIES as readonly string[]).includes(c);
  let caps: string[];
  if (adds.includes('ALL')) caps = CAPABILITIES.filter((c) => !drops.includes(c));
  else if (drops.includes('ALL')) caps = adds;
  else caps = [...DEFAULT_CAPABILITIES.filter((c) => !drops.includes(c)), ...adds];
  return CAPABILITIES.filter((c) => caps.includes(c) && known(c));
}

export function capabilityMask(caps: readonly Capability[]): bigint {
  let mask = 0n;
  for (const c of caps) mask |= 1n << BigInt(CAPABILITIES.indexOf(c));
  return mask;
}

/** 16 hex digits, as the kernel prints CapEff. */
export function maskHex(mask: bigint): string {
  return mask.toString(16).padStart(16, '0');
}
