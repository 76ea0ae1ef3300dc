/**
 * BusyBox's make_human_readable_str for byte counts (df -h, du -h, ls -lh): powers of 1024 with a
 * unit letter. With `fraction`, one decimal for anything ≥ 1 KiB (`16.0M`, `61.9G`); without
 * (ls -lh's total), none, a tenth of 5 or more rounding the whole up (1,512 K → `2M`). Zero is `0`.
 */
const UNITS = ['', 'K', 'M', 'G', 'T', 'P'];

export function busyboxHumanBytes(bytes: number, fraction: boolean): string {
  if (bytes === 0) return '0';
  let v = bytes;
  let frac = 0;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    frac = Math.floor(((v % 1024) * 10 + 512) / 1024);
    v = Math.floor(v / 1024);
    u++;
  }
  if (frac >= 10) {
    v++;
    frac = 0;
  }
  if (!fraction) return `${frac >= 5 ? v + 1 : v}${UNITS[u]}`;
  return u === 0 ? String(v) : `${v}.${frac}${UNITS[u]}`;
}
