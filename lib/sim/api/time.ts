/** Go time formatting as the Docker API emits it. */
import { stableHex } from '../core/rng';

export const ZERO_TIME = '0001-01-01T00:00:00Z';

/**
 * RFC 3339 with nanoseconds, trailing zeros trimmed, like Go's RFC3339Nano. Simulated times are
 * whole ms; `seed` adds stable sub-millisecond digits so timestamps look like real daemon output.
 */
export function rfc3339Nano(ms: number | null, seed?: string): string {
  if (ms === null) return ZERO_TIME;
  const iso = new Date(ms).toISOString();
  const sub = seed ? String(parseInt(stableHex(seed, 6), 16) % 1_000_000).padStart(6, '0') : '000000';
  const frac = (iso.slice(20, 23) + sub).replace(/0+$/, '');
  return `${iso.slice(0, 19)}${frac ? '.' + frac : ''}Z`;
}
