/**
 * PostgreSQL's words for a failed statement, as psql prints them: `ERROR:  …` (two spaces), the
 * statement's line with a caret under the position (`LINE 1: selec 1` / `        ^`), DETAIL
 * and HINT lines. In a script each message starts with `psql:<file>:<line>: `.
 */
import type { SqlProblem } from '../../sim/db/sql-error';

export interface PgMessage {
  message: string;
  position?: number;
  detail?: string;
  hint?: string;
}

export function pgMessage(p: SqlProblem): PgMessage {
  const at = (pos: number | undefined) => (pos !== undefined ? { position: pos } : {});
  switch (p.kind) {
    case 'syntax':
      return { message: p.near === '' ? 'syntax error at end of input' : `syntax error at or near "${p.near}"`, position: p.at };
    case 'unterminated':
      return { message: `unterminated ${p.quote === '"' ? 'quoted identifier' : 'quoted string'} at or near "${p.near}"`, position: p.at };
    case 'no-table':
      return p.drop ? { message: `table "${p.name}" does not exist` } : { message: `relation "${p.name}" does not exist`, ...at(p.at) };
    case 'table-exists':
      return { message: `relation "${p.name}" already exists` };
    case 'no-column':
      return { message: p.table && p.at === undefined ? `column "${p.name}" of relation "${p.table}" does not exist` : `column "${p.name}" does not exist`, ...at(p.at) };
    case 'db-exists':
      return { message: `database "${p.name}" already exists` };
    case 'no-db':
      return { message: `database "${p.name}" does not exist` };
    case 'no-db-selected':
      return { message: 'no database selected' };
    case 'not-null':
      return { message: `null value in column "${p.column}" of relation "${p.table}" violates not-null constraint`, detail: `Failing row contains (${p.row.join(', ')}).` };
    case 'duplicate-key':
      return { message: `duplicate key value violates unique constraint "${p.table}_pkey"`, detail: `Key (${p.column})=(${p.value}) already exists.` };
    case 'bad-value':
      return { message: `invalid input syntax for type ${p.type}: "${p.value}"`, ...at(p.at) };
    case 'column-count':
      return { message: p.more === 'values' ? 'INSERT has more expressions than target columns' : 'INSERT has more target columns than expressions', ...at(p.at) };
    case 'no-function':
      return { message: `function ${p.name}() does not exist`, position: p.at, hint: 'No function matches the given name and argument types. You might need to add explicit type casts.' };
    case 'division-by-zero':
      return { message: 'division by zero' };
    case 'drop-current-db':
      return { message: 'cannot drop the currently open database' };
    case 'no-sequence':
      return { message: `relation "${p.name}" does not exist` };
    case 'unsupported':
      return { message: `${p.what} is not supported by this simulated PostgreSQL (it understands a small SQL subset)`, position: p.at };
  }
}

/** The lines psql prints for an error in `sql` (positions are 0-based offsets into it). */
export function formatPgError(m: PgMessage, sql: string, prefix = '', severity = 'ERROR'): string {
  let out = `${prefix}${severity}:  ${m.message}\n`;
  if (m.position !== undefined) {
    const before = sql.slice(0, m.position);
    const lineNo = before.split('\n').length;
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEnd = sql.indexOf('\n', m.position);
    const text = sql.slice(lineStart, lineEnd < 0 ? sql.length : lineEnd);
    const label = `LINE ${lineNo}: `;
    out += `${label}${text}\n${' '.repeat(label.length + m.position - lineStart)}^\n`;
  }
  if (m.detail) out += `DETAIL:  ${m.detail}\n`;
  if (m.hint) out += `HINT:  ${m.hint}\n`;
  return out;
}
