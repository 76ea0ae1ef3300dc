/**
 * The one-line subset of Go's encoding/csv that pflag's stringSlice flags use
 * (`--opt a,"b,c"` → ["a", "b,c"]), with Go's parse error wording.
 */
import { ExpectedError } from '../../expected-error';

export class CsvError extends ExpectedError {
  constructor(column: number, what: string) {
    super(`parse error on line 1, column ${column}: ${what}`);
    this.name = 'CsvError';
  }
}

const BARE = 'bare " in non-quoted-field';
const EXTRANEOUS = 'extraneous or missing " in quoted-field';

/** csv.NewReader(s).Read() for a single record. Columns are 1-based byte positions like Go's. */
export function readCsvRecord(s: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (s[i] !== '"') {
      const end = s.indexOf(',', i);
      const field = end < 0 ? s.slice(i) : s.slice(i, end);
      const quote = field.indexOf('"');
      if (quote >= 0) throw new CsvError(i + quote + 1, BARE);
      fields.push(field);
      if (end < 0) return fields;
      i = end + 1;
      continue;
    }
    let field = '';
    i++;
    for (;;) {
      const q = s.indexOf('"', i);
      if (q < 0) throw new CsvError(s.length + 1, EXTRANEOUS);
      field += s.slice(i, q);
      const next = s[q + 1];
      if (next === '"') {
        field += '"';
        i = q + 2;
      } else if (next === ',' || next === undefined) {
        i = q + 1;
        break;
      } else {
        throw new CsvError(q + 1, EXTRANEOUS);
      }
    }
    fields.push(field);
    if (s[i] === undefined) return fields;
    i++; // the comma
  }
}

function needsQuotes(field: string): boolean {
  if (field === '') return false;
  if (field === '\\.' || /[",\r\n]/.test(field)) return true;
  return /^\s/u.test(field);
}

/** csv.Writer.Write for one record, without the trailing newline. */
export function writeCsvRecord(fields: readonly string[]): string {
  return fields.map((f) => (needsQuotes(f) ? '"' + f.replace(/"/g, '""') + '"' : f)).join(',');
}
