/**
 * MySQL's and MariaDB's error lines (`ERROR 1146 (42S02) at line 1: Table 'shop.t' doesn't
 * exist`). `at line N` appears in batch mode (-e, scripts), not at the prompt.
 */
import type { SqlProblem } from '../../sim/db/sql-error';
import type { MysqlKind } from '../../sim/db/mysql-data';

/** Code, SQLSTATE and message for a problem; `verb`: the statement that hit it (USE vs DROP DATABASE). */
export function mysqlError(p: SqlProblem, sql: string, kind: MysqlKind, db: string | null, verb: string): [number, string, string] {
  const product = kind === 'mysql' ? 'MySQL' : 'MariaDB';
  switch (p.kind) {
    case 'syntax':
    case 'unterminated': {
      const rest = sql.slice(p.at).replace(/;\s*$/, '');
      const line = sql.slice(0, p.at).split('\n').length;
      return [1064, '42000', `You have an error in your SQL syntax; check the manual that corresponds to your ${product} server version for the right syntax to use near '${rest.slice(0, 80)}' at line ${line}`];
    }
    case 'no-table':
      return p.drop ? [1051, '42S02', `Unknown table '${p.db ?? db}.${p.name}'`] : [1146, '42S02', `Table '${p.db ?? db}.${p.name}' doesn't exist`];
    case 'table-exists':
      return [1050, '42S01', `Table '${p.name}' already exists`];
    case 'no-column':
      return [1054, '42S22', `Unknown column '${p.name}' in '${p.clause}'`];
    case 'db-exists':
      return [1007, 'HY000', `Can't create database '${p.name}'; database exists`];
    case 'no-db':
      return verb === 'drop-db' ? [1008, 'HY000', `Can't drop database '${p.name}'; database doesn't exist`] : [1049, '42000', `Unknown database '${p.name}'`];
    case 'no-db-selected':
      return [1046, '3D000', 'No database selected'];
    case 'not-null':
      return [1048, '23000', `Column '${p.column}' cannot be null`];
    case 'duplicate-key':
      return [1062, '23000', `Duplicate entry '${p.value}' for key '${kind === 'mysql' ? `${p.table}.` : ''}PRIMARY'`];
    case 'bad-value':
      return [1366, 'HY000', `Incorrect ${p.type.replace(/^int.*/, 'integer')} value: '${p.value}' for column '${p.column ?? '?'}' at row 1`];
    case 'column-count':
      return [1136, '21S01', "Column count doesn't match value count at row 1"];
    case 'no-function':
      return [1305, '42000', `FUNCTION ${db ?? 'mysql'}.${p.name} does not exist`];
    case 'division-by-zero':
      return [1365, '22012', 'Division by 0'];
    case 'drop-current-db':
    case 'no-sequence':
      return [1064, '42000', `You have an error in your SQL syntax; check the manual that corresponds to your ${product} server version for the right syntax to use near '' at line 1`];
    case 'unsupported':
      return [1235, '42000', `This version of ${product} doesn't yet support '${p.what}' (this simulated server understands a small SQL subset)`];
  }
}

export function errorLine(code: number, state: string, message: string, line: number | null): string {
  return `ERROR ${code} (${state})${line === null ? '' : ` at line ${line}`}: ${message}\n`;
}
