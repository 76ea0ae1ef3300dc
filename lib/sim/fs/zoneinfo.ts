/**
 * Time zones the simulated tzdata package knows: the files it installs under /usr/share/zoneinfo
 * and the offset/abbreviation of each zone at an instant, by the 2025 rules (EU: last Sunday of
 * March/October at 01:00 UTC; US: second Sunday of March/first of November at 02:00 local).
 * Plain functions, no Intl: the same answer in every browser.
 */

export const ZONEINFO_DIR = '/usr/share/zoneinfo';

type Rule = 'eu' | 'us' | null;

interface Zone {
  /** Standard offset east of UTC, minutes. */
  std: number;
  stdAbbr: string;
  dstAbbr?: string;
  rule: Rule;
}

const EU_CENTRAL: Zone = { std: 60, stdAbbr: 'CET', dstAbbr: 'CEST', rule: 'eu' };
const zone = (std: number, stdAbbr: string, dstAbbr?: string, rule: Rule = null): Zone => ({ std, stdAbbr, ...(dstAbbr ? { dstAbbr } : {}), rule });

const ZONES: Record<string, Zone> = {
  UTC: zone(0, 'UTC'),
  'Etc/UTC': zone(0, 'UTC'),
  GMT: zone(0, 'GMT'),
  'Europe/Paris': EU_CENTRAL,
  'Europe/Berlin': EU_CENTRAL,
  'Europe/Brussels': EU_CENTRAL,
  'Europe/Amsterdam': EU_CENTRAL,
  'Europe/Madrid': EU_CENTRAL,
  'Europe/Rome': EU_CENTRAL,
  'Europe/Zurich': EU_CENTRAL,
  'Europe/London': zone(0, 'GMT', 'BST', 'eu'),
  'Europe/Lisbon': zone(0, 'WET', 'WEST', 'eu'),
  'Europe/Athens': zone(120, 'EET', 'EEST', 'eu'),
  'America/New_York': zone(-300, 'EST', 'EDT', 'us'),
  'America/Chicago': zone(-360, 'CST', 'CDT', 'us'),
  'America/Denver': zone(-420, 'MST', 'MDT', 'us'),
  'America/Los_Angeles': zone(-480, 'PST', 'PDT', 'us'),
  'America/Sao_Paulo': zone(-180, '-03'),
  'Asia/Tokyo': zone(540, 'JST'),
  'Asia/Shanghai': zone(480, 'CST'),
  'Asia/Singapore': zone(480, '+08'),
  'Asia/Kolkata': zone(330, 'IST'),
};

/** Every zone name tzdata installs here (file paths under ZONEINFO_DIR). */
export const ZONE_NAMES: readonly string[] = Object.keys(ZONES);

/** The text of a simulated TZif file (content is not read; its presence is what matters). */
export const zoneFile = (name: string): string => `TZif2 simulated zone data: ${name}\n`;

/** Day of month of the n-th (1-based; 0 = last) Sunday of a month (0-based), in UTC. */
function sunday(year: number, month: number, n: number): number {
  if (n === 0) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

function inDst(z: Zone, ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  const H = 3_600_000;
  if (z.rule === 'eu') return ms >= Date.UTC(year, 2, sunday(year, 2, 0)) + H && ms < Date.UTC(year, 9, sunday(year, 9, 0)) + H;
  if (z.rule === 'us') {
    const start = Date.UTC(year, 2, sunday(year, 2, 2)) + 2 * H - z.std * 60_000;
    const end = Date.UTC(year, 10, sunday(year, 10, 1)) + 2 * H - (z.std + 60) * 60_000;
    return ms >= start && ms < end;
  }
  return false;
}

export interface ZoneAt {
  /** Minutes east of UTC. */
  offset: number;
  abbr: string;
}

/** The zone's offset and abbreviation at `ms`, or null for a zone tzdata here does not know. */
export function zoneAt(name: string, ms: number): ZoneAt | null {
  const z = Object.hasOwn(ZONES, name) ? ZONES[name]! : null;
  if (!z) return null;
  return inDst(z, ms) ? { offset: z.std + 60, abbr: z.dstAbbr ?? z.stdAbbr } : { offset: z.std, abbr: z.stdAbbr };
}
