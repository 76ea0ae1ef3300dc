/**
 * Draws the prompt and the line being edited, wrapping at the terminal width, and puts the cursor in
 * place. Emits ANSI/VT sequences only; knows nothing about xterm. Assumes one cell per character.
 */

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

export function visibleWidth(text: string): number {
  return Array.from(text.replace(ANSI, '')).length;
}

function cells(text: string): number {
  return Array.from(text).length;
}

/** Where the cursor sits after drawing: rows below the prompt's first row. */
export interface DrawnLine {
  cursorRow: number;
}

export const NOTHING_DRAWN: DrawnLine = { cursorRow: 0 };

function moveUp(rows: number): string {
  return rows > 0 ? `\x1b[${rows}A` : '';
}

function moveTo(col: number): string {
  return col > 0 ? `\r\x1b[${col}C` : '\r';
}

/**
 * Redraw prompt + line from the prompt's first row (found from `previous`), clearing what was there.
 * Returns the sequence to write and the new cursor row.
 */
export function drawLine(previous: DrawnLine, prompt: string, line: string, cursor: number, cols: number): { out: string; drawn: DrawnLine } {
  const width = Math.max(1, cols);
  const promptCells = visibleWidth(prompt);
  const total = promptCells + cells(line);
  const endRow = Math.floor(total / width);
  let out = `${moveUp(previous.cursorRow)}\r\x1b[J${prompt}${line}`;
  // At an exact multiple of the width the terminal holds the cursor on the last column; move it down.
  if (total > 0 && total % width === 0) out += '\r\n';
  const at = promptCells + cells(line.slice(0, cursor));
  const row = Math.floor(at / width);
  out += moveUp(endRow - row) + moveTo(at % width);
  return { out, drawn: { cursorRow: row } };
}

/** After a resize the terminal reflows the line; recompute where the cursor row is now. */
export function reflow(prompt: string, line: string, cursor: number, cols: number): DrawnLine {
  const at = visibleWidth(prompt) + cells(line.slice(0, cursor));
  return { cursorRow: Math.floor(at / Math.max(1, cols)) };
}

/** Lay out completion candidates in columns, like bash listing them after a double Tab. */
export function columns(items: readonly string[], cols: number): string {
  const widest = Math.max(...items.map(cells)) + 2;
  const perRow = Math.max(1, Math.floor(Math.max(1, cols) / widest));
  const rows = Math.ceil(items.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item !== undefined) row.push(item.padEnd(widest));
    }
    lines.push(row.join('').trimEnd());
  }
  return lines.join('\r\n');
}
