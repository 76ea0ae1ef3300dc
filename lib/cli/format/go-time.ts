/**
 * Go's time formatting for the simulated host (always UTC): time.Time.String()
 * (`2026-01-15 09:00:00 +0000 UTC`, docker's CreatedAt columns) and RFC3339Nano
 * (`2026-01-15T09:00:00.5Z`, inspect timestamps; trailing zeros of the fraction dropped).
 * Times are JS milliseconds plus optional extra nanoseconds.
 */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function parts(ms: number) {
  const d = new Date(ms);
  return {
    date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    nanos: (((ms % 1000) + 1000) % 1000) * 1e6,
  };
}

function fraction(nanos: number): string {
  if (nanos === 0) return '';
  return ('.' + String(Math.round(nanos)).padStart(9, '0')).replace(/0+$/, '');
}

/** time.Time.String() in UTC; the fraction appears only when non-zero. */
export function goTimeString(ms: number, extraNanos = 0): string {
  const p = parts(ms);
  return `${p.date} ${p.time}${fraction(p.nanos + extraNanos)} +0000 UTC`;
}

/** time.RFC3339Nano in UTC. */
export function goRFC3339Nano(ms: number, extraNanos = 0): string {
  const p = parts(ms);
  return `${p.date}T${p.time}${fraction(p.nanos + extraNanos)}Z`;
}

/** Go's zero time as docker prints it in inspect (`FinishedAt` of a never-stopped container). */
export const GO_ZERO_TIME_RFC3339 = '0001-01-01T00:00:00Z';
