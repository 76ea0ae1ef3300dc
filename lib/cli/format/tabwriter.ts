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

interface Cell {
  text: string;
  width: number;
}

/** Format `text` (lines of tab-separated cells) into aligned columns. */
export function tabwrite(text: string, options: TabwriterOptions = {}): string {
  const minwidth = options.minwidth ?? 10;
  const padding = options.padding ?? 3;
  const padchar = options.padchar ?? ' ';
  const lines: Cell[][] = text.split('\n').map((line) => line.split('\t').map((t) => ({ text: t, width: textWidth(t) })));
  const widths: number[] = [];
  let out = '';

  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i]!;
      for (let j = 0; j < line.length; j++) {
        const c = line[j]!;
        const pad = j < widths.length ? padchar.repeat(Math.max(widths[j]! - c.width, 0)) : '';
        out += options.alignRight ? pad + c.text : c.text + pad;
      }
      if (i + 1 < lines.length) out += '\n';
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let row = line0; row < line1; row++) {
      if (column >= lines[row]!.length - 1) continue;
      writeLines(line0, row);
      line0 = row;
      let width = minwidth;
      for (; row < line1; row++) {
        const line = lines[row]!;
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column]!.width + padding);
      }
      widths.push(width);
      format(line0, row);
      widths.pop();
      line0 = row;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out;
}
