/**
 * BusyBox `ls` formatting (alpine/busybox images, BusyBox 1.35–1.37): fixed-width long rows
 * (`%-10s %4u %-8.8s %-8.8s %9u date name`, -h sizes `%7s`), its own -h sizes and date rule, and its column layout
 * (every column as wide as the longest name plus two, filled top to bottom).
 */
import { busyboxHumanBytes } from './busybox-human';
import { MONTHS } from './ls-format';

/** One long-format row's fields, already resolved (names or numbers, size as shown). */
export interface BusyboxRow {
  mode: string;
  links: number;
  user: string;
  group: string;
  size: string;
  date: string;
  name: string;
}

/** `human`: a -h size, right-aligned in 7 columns instead of 9. */
export function busyboxLongRow(r: BusyboxRow, human = false): string {
  const id = (s: string) => s.slice(0, 8).padEnd(8);
  return `${r.mode.padEnd(10)} ${String(r.links).padStart(4)} ${id(r.user)} ${id(r.group)} ${r.size.padStart(human ? 7 : 9)} ${r.date} ${r.name}`;
}

/**
 * The `total` line of `ls -lh`: make_human_readable_str(blocks × 1024, 0, 0) — no fraction, a tenth
 * of 5 or more rounds up (1,512 K → 2M) — left-aligned in 7 columns.
 */
export function busyboxHumanTotal(blocks: number): string {
  return busyboxHumanBytes(blocks * 1024, false).padEnd(7);
}

/**
 * `Nov 24 05:59` when less than half a 365-day year old and at most 15 minutes ahead of now,
 * `Jan  2  2020` otherwise (GNU shows the year for any time in the future).
 */
export function busyboxDate(mtime: number, now: number): string {
  const d = new Date(mtime);
  const head = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)}`;
  const age = now - mtime;
  if (age < (365 / 2) * 24 * 3600 * 1000 && age > -15 * 60 * 1000) {
    return `${head} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  }
  return `${head}  ${d.getUTCFullYear()}`;
}

/** `--full-time`: `2026-11-24 05:59:04 +0000` (whole seconds, UTC). */
export function busyboxFullTime(mtime: number): string {
  return new Date(Math.floor(mtime / 1000) * 1000).toISOString().replace('T', ' ').replace('.000Z', ' +0000');
}

/**
 * BusyBox's columns: one width for all (longest name + 2), as many as fit in the terminal width
 * less one, filled top to bottom; padding goes before the next name, so no line ends in spaces.
 */
export function busyboxColumns(names: string[], termWidth: number): string {
  const n = names.length;
  if (n === 0) return '';
  const colWidth = Math.max(...names.map(s => s.length)) + 2;
  let cols = Math.max(1, Math.floor((termWidth - 1) / colWidth));
  const rows = Math.ceil(n / cols);
  cols = Math.ceil(n / rows);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < cols; c++) {
      const name = names[c * rows + r];
      if (name === undefined) break;
      if (c > 0) line = line.padEnd(c * colWidth);
      line += name;
    }
    out += line + '\n';
  }
  return out;
}
