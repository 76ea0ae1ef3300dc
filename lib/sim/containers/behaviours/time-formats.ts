/** Timestamp formats that real server logs use (all UTC, from simulated ms). */
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n: number) => String(n).padStart(2, '0');
const p3 = (n: number) => String(n).padStart(3, '0');

const parts = (t: number) => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), wd: d.getUTCDay() };
};

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
