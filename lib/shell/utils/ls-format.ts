/**
 * Formatting pieces of `ls`: permission strings, dates (recent: `Jan 15 09:00`, older than six
 * months or in the future: `Jan 15  2025`), -h sizes, and GNU's vertical column layout.
 */
import type { Stat } from '../../sim/fs/types';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS = (365.2425 / 2) * 24 * 3600 * 1000;

export function modeString(st: Pick<Stat, 'type' | 'mode' | 'special'>): string {
  const type = st.type === 'dir' ? 'd' : st.type === 'symlink' ? 'l' : st.special === 'socket' ? 's' : '-';
  const m = st.mode;
  const bits = (shift: number, special: number, ch: string) => {
    const r = m & (4 << shift) ? 'r' : '-';
    const w = m & (2 << shift) ? 'w' : '-';
    const xOn = (m & (1 << shift)) !== 0;
    const sOn = (m & special) !== 0;
    const x = sOn ? (xOn ? ch : ch.toUpperCase()) : xOn ? 'x' : '-';
    return r + w + x;
  };
  return type + bits(6, 0o4000, 's') + bits(3, 0o2000, 's') + bits(0, 0o1000, 't');
}

export function lsDate(mtime: number, now: number): string {
  const d = new Date(mtime);
  const month = MONTHS[d.getUTCMonth()] as string;
  const day = String(d.getUTCDate()).padStart(2);
  const recent = mtime <= now + 60_000 && now - mtime < SIX_MONTHS;
  if (recent) return `${month} ${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${month} ${day}  ${d.getUTCFullYear()}`;
}

/** `ls -h` / `du -h` style: 512, 4.0K, 12K, 1.5M (rounded up, one decimal below 10). */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T', 'P'];
  let v = bytes;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  if (v < 10) {
    const r = Math.ceil(v * 10) / 10;
    return r >= 10 ? `${Math.ceil(r)}${units[u]}` : `${r.toFixed(1)}${units[u]}`;
  }
  return `${Math.ceil(v)}${units[u]}`;
}

/** GNU `ls -C`: fill columns top to bottom, as many columns as fit in `width`. */
export function formatColumns(names: string[], width: number): string {
  const n = names.length;
  for (let cols = n; cols >= 1; cols--) {
    const rows = Math.ceil(n / cols);
    if (cols > 1 && (cols - 1) * rows >= n) continue;
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      let w = 0;
      for (let r = 0; r < rows; r++) w = Math.max(w, names[c * rows + r]?.length ?? 0);
      widths.push(w);
    }
    const total = widths.reduce((a, w) => a + w + 2, -2);
    if (total > width && cols > 1) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < cols; c++) {
        const name = names[c * rows + r];
        if (name === undefined) continue;
        const last = c === cols - 1 || names[(c + 1) * rows + r] === undefined;
        cells.push(last ? name : name.padEnd((widths[c] as number) + 2));
      }
      out += cells.join('') + '\n';
    }
    return out;
  }
  return names.join('\n') + '\n';
}
