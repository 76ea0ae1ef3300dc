/**
 * What went wrong in a statement, as data: the server (PostgreSQL or MySQL wording) and the client
 * (psql's LINE/caret, mysql's `at line N`) turn it into text. Offsets are 0-based in the statement.
 */
import { ExpectedError } from '../../expected-error';

export type SqlProblem =
  /** `near` is the token text ('' at the end of the input). */
  | { kind: 'syntax'; near: string; at: number }
  | { kind: 'unterminated'; at: number; quote: string; near: string }
  /** `drop`: DROP TABLE of a missing table (PostgreSQL says `table`, MySQL `Unknown table`). */
  | { kind: 'no-table'; name: string; at?: number; db?: string; drop?: boolean }
  | { kind: 'table-exists'; name: string }
  | { kind: 'no-column'; name: string; at?: number; clause: 'field list' | 'where clause' | 'order clause'; table?: string }
  | { kind: 'db-exists'; name: string }
  | { kind: 'no-db'; name: string }
  | { kind: 'no-db-selected' }
  | { kind: 'not-null'; column: string; table: string; row: string[] }
  | { kind: 'duplicate-key'; table: string; column: string; value: string }
  | { kind: 'bad-value'; type: string; value: string; at?: number; column?: string }
  | { kind: 'column-count'; more: 'values' | 'columns'; at?: number }
  | { kind: 'no-function'; name: string; at: number }
  | { kind: 'division-by-zero' }
  | { kind: 'drop-current-db'; name: string }
  | { kind: 'no-sequence'; name: string }
  /** Valid SQL this simulation does not implement. */
  | { kind: 'unsupported'; what: string; at: number };

export class SqlError extends ExpectedError {
  constructor(readonly problem: SqlProblem) {
    super(problem.kind);
    this.name = 'SqlError';
  }
}

export const isSqlError = (e: unknown): e is SqlError => e instanceof SqlError;
