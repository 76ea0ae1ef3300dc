/**
 * psql's aligned output (border 1): an optional centred title, centred headers, a `---+---`
 * rule, cells padded one space each side, numbers right-aligned, the last left-aligned column
 * unpadded, `+` where a cell continues on the next line, then `(N rows)` and a blank line.
 * Also the unaligned (-A) and tuples-only (-t) variants.
 */

export interface PgTable {
  title?: string;
  headers: string[];
  /** 'r' for numeric columns. */
  aligns: Array<'l' | 'r'>;
  rows: string[][];
  /** Footer lines; default `(N rows)`; [] for none. */
  footers?: string[];
}

export interface PrintOptions {
  tuplesOnly: boolean;
  unaligned: boolean;
  /** -F: the unaligned field separator. */
  separator: string;
}

export const DEFAULT_PRINT: PrintOptions = { tuplesOnly: false, unaligned: false, separator: '|' };

const rowsFooter = (n: number) => `(${n} ${n === 1 ? 'row' : 'rows'})`;

export function printTable(t: PgTable, o: PrintOptions = DEFAULT_PRINT): string {
  if (o.unaligned) return unaligned(t, o);
  const n = t.headers.length;
  const width = t.headers.map((h, i) => Math.max(h.length, ...t.rows.map((r) => Math.max(0, ...(r[i] ?? '').split('\n').map((l) => l.length)))));
  let out = '';
  if (!o.tuplesOnly) {
    if (t.title !== undefined) {
      const total = width.reduce((a, b) => a + b, 0) + n * 3 - 1;
      out += t.title.length >= total ? `${t.title}\n` : `${' '.repeat(Math.floor((total - t.title.length) / 2))}${t.title}\n`;
    }
    out += t.headers.map((h, i) => {
      const space = width[i]! - h.length;
      return ` ${' '.repeat(Math.floor(space / 2))}${h}${' '.repeat(Math.ceil(space / 2))} `;
    }).join('|') + '\n';
    out += width.map((w) => '-'.repeat(w + 2)).join('+') + '\n';
  }
  for (const row of t.rows) {
    const cells = row.map((c) => c.split('\n'));
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let line = 0; line < height; line++) {
      let text = '';
      for (let j = 0; j < n; j++) {
        const parts = cells[j] ?? [''];
        const piece = parts[line];
        const last = j === n - 1;
        const more = line + 1 < parts.length;
        text += ' ';
        if (piece === undefined) text += last ? '' : ' '.repeat(width[j]!);
        else if (t.aligns[j] === 'r') text += piece.padStart(width[j]!);
        else text += !last || more ? piece.padEnd(width[j]!) : piece;
        text += more ? '+' : last ? '' : ' ';
        if (!last) text += '|';
      }
      out += text + '\n';
    }
  }
  if (!o.tuplesOnly) for (const f of t.footers ?? [rowsFooter(t.rows.length)]) out += f + '\n';
  return out + '\n';
}

function unaligned(t: PgTable, o: PrintOptions): string {
  let out = '';
  if (!o.tuplesOnly) {
    if (t.title !== undefined) out += t.title + '\n';
    out += t.headers.join(o.separator) + '\n';
  }
  for (const r of t.rows) out += r.join(o.separator) + '\n';
  if (!o.tuplesOnly) for (const f of t.footers ?? [rowsFooter(t.rows.length)]) out += f + '\n';
  return out;
}
