/**
 * The mysql client's result formats: boxed tables (a terminal, or -t) with numbers right-aligned
 * and NULL spelled out, and batch output (tab-separated, a header line unless -N, `\t` `\n` `\\`
 * escaped) when the output is not a terminal.
 */
import type { SqlValue } from '../../sim/db/sql-ast';
import type { ResultColumn } from '../../sim/db/sql-session';

export function mysqlText(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? '1' : '0';
  return String(v);
}

function cellText(v: SqlValue, c: ResultColumn): string {
  if (typeof v === 'number' && c.scale !== undefined) return v.toFixed(c.scale);
  return mysqlText(v);
}

export function boxTable(columns: readonly ResultColumn[], rows: readonly SqlValue[][]): string {
  const cells = rows.map((r) => r.map((v, i) => cellText(v, columns[i]!)));
  const width = columns.map((c, i) => Math.max(c.name.length, ...cells.map((r) => r[i]!.length)));
  const rule = '+' + width.map((w) => '-'.repeat(w + 2)).join('+') + '+\n';
  const right = (i: number) => columns[i]!.family === 'int' || columns[i]!.family === 'decimal';
  let out = rule + '| ' + columns.map((c, i) => c.name.padEnd(width[i]!)).join(' | ') + ' |\n' + rule;
  for (const r of cells) out += '| ' + r.map((v, i) => (right(i) ? v.padStart(width[i]!) : v.padEnd(width[i]!))).join(' | ') + ' |\n';
  return out + rule;
}

const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\0/g, '\\0');

export function batchTable(columns: readonly ResultColumn[], rows: readonly SqlValue[][], header: boolean): string {
  let out = header ? columns.map((c) => c.name).join('\t') + '\n' : '';
  for (const r of rows) out += r.map((v, i) => escape(cellText(v, columns[i]!))).join('\t') + '\n';
  return out;
}
