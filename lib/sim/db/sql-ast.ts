/** The statements and expressions of the SQL subset (see sql-parser.ts), and the values they hold. */

export type SqlValue = string | number | boolean | null;

/** The aggregate functions a SELECT folds over its rows (or groups). */
export const AGGREGATES: ReadonlySet<string> = new Set(['count', 'sum', 'min', 'max', 'avg']);

export type Expr =
  | { k: 'lit'; v: SqlValue; at: number }
  | { k: 'col'; name: string; at: number }
  | { k: 'star'; at: number }
  | { k: 'call'; name: string; args: Expr[]; star: boolean; at: number }
  | { k: 'bin'; op: string; l: Expr; r: Expr; at: number }
  | { k: 'not'; e: Expr; at: number }
  | { k: 'neg'; e: Expr; at: number }
  | { k: 'isnull'; e: Expr; not: boolean; at: number }
  | { k: 'cast'; e: Expr; type: string; at: number }
  | { k: 'default'; at: number };

export interface SelectItem {
  e: Expr;
  alias?: string;
  /** The item as typed (MySQL's column header). */
  text: string;
}

export interface ColumnDef {
  name: string;
  /** Declared type, lower case as written (`serial`, `varchar(50)`, `int`). */
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  unique: boolean;
  autoIncrement: boolean;
  default?: Expr;
}

export type AlterAction =
  | { k: 'owner' }
  | { k: 'set-default'; column: string; e: Expr }
  | { k: 'add-pk'; name?: string; columns: string[] }
  | { k: 'add-column'; column: ColumnDef }
  | { k: 'drop-column'; column: string; at: number };

export type Stmt =
  | { k: 'select'; items: SelectItem[]; from?: { name: string; at: number }; where?: Expr; order: Array<{ e: Expr; desc: boolean }>; limit?: number }
  | { k: 'insert'; table: string; at: number; columns?: string[]; rows: Expr[][] }
  | { k: 'update'; table: string; at: number; sets: Array<[string, Expr]>; where?: Expr }
  | { k: 'delete'; table: string; at: number; where?: Expr }
  | { k: 'truncate'; table: string; at: number }
  | { k: 'create-table'; name: string; ifNotExists: boolean; columns: ColumnDef[]; primaryKey: string[] }
  | { k: 'drop-table'; names: Array<{ name: string; at: number }>; ifExists: boolean }
  | { k: 'create-db'; name: string; ifNotExists: boolean }
  | { k: 'drop-db'; name: string; ifExists: boolean }
  | { k: 'show-databases' }
  | { k: 'show-tables' }
  | { k: 'use'; name: string }
  | { k: 'describe'; table: string; at: number }
  | { k: 'set' }
  | { k: 'tx'; tag: 'BEGIN' | 'COMMIT' | 'ROLLBACK' }
  | { k: 'create-sequence'; name: string }
  | { k: 'alter-sequence' }
  | { k: 'alter-table'; table: string; at: number; action: AlterAction }
  | { k: 'copy-from'; table: string; at: number; columns?: string[] };
