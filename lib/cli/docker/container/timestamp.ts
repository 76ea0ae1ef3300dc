/**
 * `--since` / `--until` values (docker's api/types/time GetTimestamp): a Go duration back from
 * now (whole seconds, as Unix() truncates), an RFC 3339-like date/time (UTC on the simulated
 * host), or a Unix timestamp `1700000000[.123]`. Returns milliseconds since the epoch.
 */
import { parseGoDuration } from '../../flags';

const RE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/i;

function fromParts(m: RegExpExecArray, zone: string | undefined): number {
  const [y, mo, d, h = '0', mi = '0', s = '0'] = [m[1], m[2], m[3], m[4], m[5], m[6]];
  const frac = m[7] ? Number(m[7].slice(1).padEnd(9, '0').slice(0, 3)) : 0;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    t -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  const check = new Date(t);
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number.isNaN(check.getTime())) {
    throw new Error(`parsing time "${m[0]}": month, day or time out of range`);
  }
  return t;
}

/** GetTimestamp, in milliseconds. Throws with docker's message for values it cannot read. */
export function parseTimestamp(value: string, now: number): number {
  if (value !== '0') {
    try {
      const ns = parseGoDuration(value);
      return Math.floor((now - ns / 1e6) / 1000) * 1000;
    } catch {
      /* not a duration */
    }
  }
  const date = RE_DATE.exec(value);
  if (date) return fromParts(date, undefined);
  const time = RE_TIME.exec(value);
  if (time) return fromParts(time, time[8]);
  if (value.includes('-')) throw new Error(`parsing time "${value}": cannot parse "${value}" as a date`);
  const unix = /^(-?\d+)(?:\.(\d+))?$/.exec(value);
  if (!unix) throw new Error(`failed to parse value as time or duration: "${value}"`);
  return Number(unix[1]) * 1000 + (unix[2] ? Math.floor(Number(unix[2].padEnd(9, '0').slice(0, 9)) / 1e6) : 0);
}
