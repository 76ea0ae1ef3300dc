/**
 * What the mysql client does with statements: batch mode (-e, stdin) prints tab-separated or
 * boxed results and stops at the first error (`ERROR … at line N`, status 1) unless --force;
 * the prompt prints boxed results with `N rows in set (0.00 sec)`, `Query OK, …`,
 * `Database changed` and errors without a line number.
 */
import { execute } from '../../sim/db/sql-engine';
import { isSqlError } from '../../sim/db/sql-error';
import { tokenize } from '../../sim/db/sql-lexer';
import { parseStatement } from '../../sim/db/sql-parser';
import type { Stmt } from '../../sim/db/sql-ast';
import { AccessError, type MysqlConnection } from './mysql-connect';
import { errorLine, mysqlError } from './mysql-errors';
import { batchTable, boxTable } from './mysql-format';
import { SqlSplitter } from './sql-splitter';

export interface MysqlRunOptions {
  interactive: boolean;
  /** Boxed tables (terminal or -t) rather than tab-separated. */
  table: boolean;
  header: boolean;
  force: boolean;
}

function onlyComments(sql: string): boolean {
  try {
    return tokenize(sql, 'mysql').every((t) => t.kind === 'eof' || (t.kind === 'op' && t.text === ';'));
  } catch {
    return false;
  }
}

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

export class MysqlRunner {
  private readonly splitter = new SqlSplitter(["'", '"', '`'], true);
  failed = false;

  constructor(
    readonly conn: MysqlConnection,
    private readonly o: MysqlRunOptions,
    private readonly out: (t: string) => void,
    private readonly err: (t: string) => void,
  ) {}

  get midStatement(): boolean {
    return !this.splitter.empty;
  }

  /** Feed input text (a -e string, stdin, or a typed line). Returns false when an error stopped it. */
  feed(text: string, firstLine = 1): boolean {
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
      for (const sql of this.splitter.push(lines[n]! + (n < lines.length - 1 || this.o.interactive ? '\n' : ''))) {
        if (!this.run(sql, firstLine + n) && !this.o.force) {
          this.splitter.reset();
          return false;
        }
      }
    }
    return true;
  }

  /** End of batch input: a statement without its `;` still runs. */
  end(line: number): boolean {
    const rest = this.splitter.pending.trim();
    this.splitter.reset();
    return rest === '' || this.run(rest, line);
  }

  private run(sql: string, line: number): boolean {
    // `/*!40101 SET … */;` (a dump's versioned comments) and empty statements do nothing here.
    if (onlyComments(sql)) return true;
    const s = this.conn.session();
    let stmt: Stmt | null = null;
    try {
      stmt = parseStatement(sql, 'mysql');
      const r = execute(s, stmt);
      this.conn.db = s.db;
      if (r.k === 'done' && r.changed) this.conn.save();
      if (r.k === 'rows') {
        if (r.rows.length === 0) {
          if (this.o.interactive) this.out('Empty set (0.00 sec)\n\n');
          return true;
        }
        this.out(this.o.table ? boxTable(r.columns, r.rows) : batchTable(r.columns, r.rows, this.o.header));
        if (this.o.interactive) this.out(`${rows(r.rows.length)} in set (0.00 sec)\n\n`);
      } else if (this.o.interactive && r.k === 'done') {
        if (stmt.k === 'use') this.out('Database changed\n');
        else if (stmt.k === 'update') this.out(`Query OK, ${rows(r.affected)} affected (0.00 sec)\nRows matched: ${r.affected}  Changed: ${r.affected}  Warnings: 0\n\n`);
        else if (stmt.k === 'insert' && r.affected > 1) this.out(`Query OK, ${rows(r.affected)} affected (0.01 sec)\nRecords: ${r.affected}  Duplicates: 0  Warnings: 0\n\n`);
        else this.out(`Query OK, ${rows(r.affected)} affected (0.01 sec)\n\n`);
      }
      return true;
    } catch (e) {
      const at = this.o.interactive ? null : line;
      if (e instanceof AccessError) this.err(errorLine(1044, '42000', e.message, at));
      else if (isSqlError(e)) {
        this.conn.reload();
        const [code, state, message] = mysqlError(e.problem, sql, this.conn.kind, s.db?.name ?? null, stmt?.k ?? '');
        this.err(errorLine(code, state, message, at));
      } else throw e;
      this.failed = true;
      return false;
    }
  }
}
