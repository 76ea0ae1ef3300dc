/**
 * `--platform` for pulls: containerd's platform parsing (`linux/arm64`, `arm64`, `linux/arm/v7`)
 * with the daemon's errors, and which platforms a catalog repository's index offers.
 */
import { invalid, notFound } from '../core/errors';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const OSES = new Set(['linux', 'windows', 'darwin', 'freebsd']);
const ARCH_ALIASES: Record<string, [string, string?]> = {
  amd64: ['amd64'], x86_64: ['amd64'], 'x86-64': ['amd64'], aarch64: ['arm64'], arm64: ['arm64'], armhf: ['arm', 'v7'], armel: ['arm', 'v6'],
  arm: ['arm', 'v7'], i386: ['386'], '386': ['386'], ppc64le: ['ppc64le'], s390x: ['s390x'], riscv64: ['riscv64'],
};

export const HOST_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

/** platforms.Parse: throws the daemon's `"x": unknown operating system or architecture: invalid argument`. */
export function parsePlatform(spec: string): Platform {
  const bad = () => invalid(`"${spec}": unknown operating system or architecture: invalid argument`);
  const parts = spec.toLowerCase().split('/');
  if (parts.length > 3 || parts.some((p) => p === '')) throw bad();
  if (parts.length === 1) {
    if (OSES.has(parts[0]!)) return { os: parts[0]!, architecture: 'amd64' };
    const a = ARCH_ALIASES[parts[0]!];
    if (!a) throw bad();
    return { os: 'linux', architecture: a[0], ...(a[1] ? { variant: a[1] } : {}) };
  }
  const [os, arch, variant] = parts as [string, string, string?];
  const a = ARCH_ALIASES[arch];
  if (!OSES.has(os) || !a) throw bad();
  const v = variant ?? a[1];
  return { os, architecture: a[0], ...(v && v !== 'v8' ? { variant: v } : {}) };
}

export function platformString(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? '/' + p.variant : ''}`;
}

/** Official images whose index differs from the usual set (their Docker Hub manifest lists). */
const OFFICIAL_PLATFORMS: Record<string, string[]> = {
  alpine: ['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
  busybox: ['linux/amd64', 'linux/arm/v5', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
  ubuntu: ['linux/amd64', 'linux/arm/v7', 'linux/arm64', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
};

/** The platforms of a catalog repository's index. Official images ship many architectures; other publishers amd64 and arm64. */
export function offered(repository: string): string[] {
  const base = ['linux/amd64', 'linux/arm64'];
  if (!repository.startsWith('docker.io/library/')) return base;
  return OFFICIAL_PLATFORMS[repository.slice('docker.io/library/'.length)] ?? [...base, 'linux/arm/v7', 'linux/386', 'linux/ppc64le', 'linux/s390x'];
}

/** The platform to pull from a catalog index, or the daemon's `no matching manifest` error. */
export function selectPlatform(repository: string, spec: string | undefined): Platform {
  if (!spec) return HOST_PLATFORM;
  const p = parsePlatform(spec);
  if (!offered(repository).includes(platformString(p))) throw notFound(`no matching manifest for ${platformString(p)} in the manifest list entries`);
  return p;
}

/** Suffix that keeps ids of other platforms' images distinct from the host's. */
export function platformKey(p: Platform): string {
  return p.architecture === HOST_PLATFORM.architecture && p.os === HOST_PLATFORM.os ? '' : `#${platformString(p)}`;
}
