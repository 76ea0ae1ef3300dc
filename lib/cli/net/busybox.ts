/** BusyBox (alpine 3.22: BusyBox v1.37.0) wording shared by the applets. */
export const BUSYBOX_BANNER = 'BusyBox v1.37.0 (2025-05-26 20:04:45 UTC) multi-call binary.\n';

/** `--help` / usage errors: the banner, a blank line, then the applet's usage text. */
export function busyboxUsage(usage: string): string {
  return `${BUSYBOX_BANNER}\n${usage}`;
}

/** getopt32's complaints, then the usage (busybox exits 1). */
export function busyboxOptError(applet: string, kind: 'unknown' | 'missing', name: string, usage: string): string {
  const line = name.startsWith('--')
    ? kind === 'unknown'
      ? `${applet}: unrecognized option '${name}'\n`
      : `${applet}: option '${name}' requires an argument\n`
    : kind === 'unknown'
      ? `${applet}: invalid option -- '${name.slice(1)}'\n`
      : `${applet}: option requires an argument -- '${name.slice(1)}'\n`;
  return line + busyboxUsage(usage);
}

/** A stable pseudo-random fraction in [0, 1) for simulated timings. */
export function jitter(seed: number): number {
  let x = (seed ^ 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 4294967296;
}
