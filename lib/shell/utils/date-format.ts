/**
 * strftime for `date +FORMAT`: the common GNU conversions, in UTC or in the zone given (offset and
 * abbreviation for %Z/%z, see ./local-zone.ts).
 */
import type { ZoneAt } from '../../sim/fs/zoneinfo';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const p2 = (n: number) => String(n).padStart(2, '0');

export function formatDate(format: string, ms: number, zone: ZoneAt = { offset: 0, abbr: 'UTC' }): string {
  const d = new Date(ms + zone.offset * 60_000);
  const Y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const w = d.getUTCDay();
  const start = Date.UTC(Y, 0, 1);
  const yday = Math.floor((Date.UTC(Y, m, day) - start) / 86400000) + 1;
  return format.replace(/%([-_0^#]?)([a-zA-Z%+])/g, (all, flag: string, c: string) => {
    let v: string;
    switch (c) {
      case 'Y': v = String(Y); break;
      case 'y': v = p2(Y % 100); break;
      case 'C': v = p2(Math.floor(Y / 100)); break;
      case 'm': v = p2(m + 1); break;
      case 'd': v = p2(day); break;
      case 'e': v = String(day).padStart(2); break;
      case 'H': v = p2(H); break;
      case 'I': v = p2(H % 12 === 0 ? 12 : H % 12); break;
      case 'M': v = p2(M); break;
      case 'S': v = p2(S); break;
      case 'N': v = String((ms % 1000) * 1_000_000).padStart(9, '0'); break;
      case 'p': v = H < 12 ? 'AM' : 'PM'; break;
      case 'a': v = DAYS[w] as string; break;
      case 'A': v = DAYS_LONG[w] as string; break;
      case 'b':
      case 'h': v = MONTHS[m] as string; break;
      case 'B': v = MONTHS_LONG[m] as string; break;
      case 'j': v = String(yday).padStart(3, '0'); break;
      case 'u': v = String(w === 0 ? 7 : w); break;
      case 'w': v = String(w); break;
      case 's': v = String(Math.floor(ms / 1000)); break;
      case 'Z': v = zone.abbr; break;
      case 'z': v = `${zone.offset < 0 ? '-' : '+'}${p2(Math.floor(Math.abs(zone.offset) / 60))}${p2(Math.abs(zone.offset) % 60)}`; break;
      case 'F': v = `${Y}-${p2(m + 1)}-${p2(day)}`; break;
      case 'T': v = `${p2(H)}:${p2(M)}:${p2(S)}`; break;
      case 'R': v = `${p2(H)}:${p2(M)}`; break;
      case 'D': v = `${p2(m + 1)}/${p2(day)}/${p2(Y % 100)}`; break;
      case 'c': v = `${DAYS[w]} ${MONTHS[m]} ${String(day).padStart(2)} ${p2(H)}:${p2(M)}:${p2(S)} ${Y}`; break;
      case 'n': v = '\n'; break;
      case 't': v = '\t'; break;
      case '%': v = '%'; break;
      default: return all;
    }
    if (flag === '-') v = v.replace(/^[0 ]+(?=\d)/, '');
    else if (flag === '^') v = v.toUpperCase();
    return v;
  });
}
