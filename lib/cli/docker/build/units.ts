/**
 * tonistiigi/units as BuildKit's progress printer uses it (`%.2f` of units.Bytes): whole bytes
 * below 1000 (`104B`), else two decimals with a decimal unit (`2.10kB`, `3.64MB`).
 */
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];

export function progressBytes(n: number): string {
  if (n < 1000) return `${Math.round(n)}B`;
  let i = 0;
  let v = n;
  while (v >= 1000 && i < UNITS.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(2)}${UNITS[i]}`;
}

/** `%.1f` seconds of a duration in ms. */
export function seconds1(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** A log line's timestamp: 3 decimals below 10s, 2 below 100s, else 1 (BuildKit's precision rule). */
export function logStamp(ms: number): string {
  const sec = ms / 1000;
  return sec.toFixed(sec < 10 ? 3 : sec < 100 ? 2 : 1);
}
