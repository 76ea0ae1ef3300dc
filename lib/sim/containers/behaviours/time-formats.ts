/** Timestamp formats that real server logs use (all UTC, from simulated ms). */
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const TWO = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const p2 = (n: number) => TWO[n] ?? String(n).padStart(2, '0');
const p3 = (n: number) => String(n).padStart(3, '0');

const DAY_MS = 86_400_000;

/** The UTC calendar fields of a time, as Date's getUTC* give them. */
interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  wd: number;
}

/**
 * Date's UTC fields by arithmetic (days → civil date, H. Hinnant's algorithm): no Date object per
 * log line. Times outside Date's range give what Date gives (NaN fields).
 */
export function parts(t: number): Parts {
  if (!(Math.abs(t) <= 8.64e15)) {
    const x = new Date(t);
    return { y: x.getUTCFullYear(), mo: x.getUTCMonth(), d: x.getUTCDate(), h: x.getUTCHours(), mi: x.getUTCMinutes(), s: x.getUTCSeconds(), ms: x.getUTCMilliseconds(), wd: x.getUTCDay() };
  }
  t = Math.trunc(t);
  const days = Math.floor(t / DAY_MS);
  let rest = t - days * DAY_MS;
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const s = rest % 60;
  rest = (rest - s) / 60;
  const mi = rest % 60;
  const h = (rest - mi) / 60;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { y, mo: month - 1, d, h, mi, s, ms, wd: (((days + 4) % 7) + 7) % 7 };
}

/** nginx error log: `2026/01/15 09:00:00` */
export function nginxTime(t: number): string {
  const x = parts(t);
  return `${x.y}/${p2(x.mo + 1)}/${p2(x.d)} ${p2(x.h)}:${p2(x.mi)}:${p2(x.s)}`;
}

/** Common Log Format: `15/Jan/2026:09:00:05 +0000` */
export function clfTime(t: number): string {
  const x = parts(t);
  return `${p2(x.d)}/${MON[x.mo]}/${x.y}:${p2(x.h)}:${p2(x.mi)}:${p2(x.s)} +0000`;
}

/** Apache error log: `Thu Jan 15 09:00:00.123456 2026` */
export function apacheTime(t: number): string {
  const x = parts(t);
  return `${DAY[x.wd]} ${MON[x.mo]} ${p2(x.d)} ${p2(x.h)}:${p2(x.mi)}:${p2(x.s)}.${p3(x.ms)}${String((t * 7) % 1000).padStart(3, '0')} ${x.y}`;
}

/** Apache's build date (`httpd -v`'s "Server built"): `Jul 23 2025 03:12:09` */
export function apacheBuiltTime(t: number): string {
  const x = parts(t);
  return `${MON[x.mo]} ${p2(x.d)} ${x.y} ${p2(x.h)}:${p2(x.mi)}:${p2(x.s)}`;
}

/** PostgreSQL: `2026-01-15 09:00:00.123 UTC` */
export function pgTime(t: number): string {
  const x = parts(t);
  return `${x.y}-${p2(x.mo + 1)}-${p2(x.d)} ${p2(x.h)}:${p2(x.mi)}:${p2(x.s)}.${p3(x.ms)} UTC`;
}

/** Redis: `15 Jan 2026 09:00:00.123` */
export function redisTime(t: number): string {
  const x = parts(t);
  return `${p2(x.d)} ${MON[x.mo]} ${x.y} ${p2(x.h)}:${p2(x.mi)}:${p2(x.s)}.${p3(x.ms)}`;
}

/** RFC 3339 with ms: `2026-01-15T09:00:00.123Z` */
export function isoTime(t: number): string {
  return new Date(t).toISOString();
}

/** HTTP Date header: `Thu, 15 Jan 2026 09:00:05 GMT` */
export function httpDate(t: number): string {
  const x = parts(t);
  return `${DAY[x.wd]}, ${p2(x.d)} ${MON[x.mo]} ${x.y} ${p2(x.h)}:${p2(x.mi)}:${p2(x.s)} GMT`;
}
