/**
 * Recognises column output such as `docker ps`, `docker images` or `kubectl get pods`: an upper-case
 * header whose columns are separated by two or more spaces, aligned rows below (Go's tabwriter). The
 * screen-reader log then shows it as a real table with a summary, instead of a wall of spaces.
 */
export interface OutputTable {
  columns: string[];
  rows: string[][];
}

const HEADER_CELL = /^[A-Z][A-Z0-9 _/().%-]*$/;

export function parseOutputTable(text: string): OutputTable | null {
  const lines = text.replace(/\s+$/, '').split('\n');
  const header = lines[0] ?? '';
  const starts: number[] = [];
  const columns: string[] = [];
  for (const m of header.matchAll(/\S+(?: \S+)*/g)) {
    starts.push(m.index);
    columns.push(m[0]);
  }
  if (columns.length < 2 || !columns.every((c) => HEADER_CELL.test(c))) return null;
  if (!/^\S/.test(header) || / {2,}/.test(header) === false) return null;
  const rows: string[][] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    // Every cell starts at its header's column; a row that does not fit is not tabular output.
    if (starts.slice(1).some((s) => s < line.length && line[s - 1] !== ' ')) return null;
    rows.push(starts.map((s, i) => line.slice(s, starts[i + 1] ?? line.length).trim()));
  }
  return { columns, rows };
}

export function tableSummary({ columns, rows }: OutputTable): string {
  const count = rows.length === 0 ? 'no rows' : rows.length === 1 ? '1 row' : `${rows.length} rows`;
  return `Table, ${count}, columns: ${columns.join(', ')}.`;
}
