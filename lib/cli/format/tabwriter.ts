/**
 * Go's text/tabwriter (the elastic-tabstops algorithm) as docker's fork uses it:
 * `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)` — cells end at `\t`, a column is as wide as its
 * widest cell plus 3 (at least 10), the last cell of a line is never padded, and a column block
 * ends at the first line that has no cell in that column. Widths are display widths.
 */
import { textWidth } from './text-width';

export interface TabwriterOptions {
  /** Minimal cell width including padding (docker: 10). */
  readonly minwidth?: number;
  /** Padding added to each cell (docker: 3). */
  readonly padding?: number;
  readonly padchar?: string;
  /** Go's tabwriter.AlignRight flag. */
  readonly alignRight?: boolean;
}

/** One call's text split into cells, the widths of the enclosing columns, and the output so far. */
interface Layout {
  readonly cells: string[][];
  readonly cellWidths: number[][];
  readonly widths: number[];
  readonly minwidth: number;
  readonly padding: number;
  readonly padchar: string;
  readonly alignRight: boolean;
  out: string;
}

/** Format `text` (lines of tab-separated cells) into aligned columns. */
export function tabwrite(text: string, options: TabwriterOptions = {}): string {
  const lines = text.split('\n');
  const cells: string[][] = new Array(lines.length);
  const cellWidths: number[][] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const row = lines[i]!.split('\t');
    const w: number[] = new Array(row.length);
    for (let j = 0; j < row.length; j++) w[j] = textWidth(row[j]!);
    cells[i] = row;
    cellWidths[i] = w;
  }
  const layout: Layout = {
    cells,
    cellWidths,
    widths: [],
    minwidth: options.minwidth ?? 10,
    padding: options.padding ?? 3,
    padchar: options.padchar ?? ' ',
    alignRight: options.alignRight ?? false,
    out: '',
  };
  format(layout, 0, lines.length);
  return layout.out;
}

/** Lines `line0` up to `line1`, each cell padded to its column's width (the last cell of a line never is). */
function writeLines(l: Layout, line0: number, line1: number): void {
  const { cells, cellWidths, widths } = l;
  for (let i = line0; i < line1; i++) {
    const line = cells[i]!;
    const lineWidths = cellWidths[i]!;
    for (let j = 0; j < line.length; j++) {
      const text = line[j]!;
      if (j < widths.length) {
        const pad = l.padchar.repeat(Math.max(widths[j]! - lineWidths[j]!, 0));
        l.out += l.alignRight ? pad + text : text + pad;
      } else l.out += text;
    }
    if (i + 1 < cells.length) l.out += '\n';
  }
}

/** Go's tabwriter.format: the column block of the next column within lines `line0`–`line1`, recursively. */
function format(l: Layout, line0: number, line1: number): void {
  const column = l.widths.length;
  for (let row = line0; row < line1; row++) {
    if (column >= l.cells[row]!.length - 1) continue;
    writeLines(l, line0, row);
    line0 = row;
    let width = l.minwidth;
    for (; row < line1; row++) {
      if (column >= l.cells[row]!.length - 1) break;
      width = Math.max(width, l.cellWidths[row]![column]! + l.padding);
    }
    l.widths.push(width);
    format(l, line0, row);
    l.widths.pop();
    line0 = row;
  }
  writeLines(l, line0, line1);
}
