/**
 * What psql does with its input: SQL statements (results as aligned tables, command tags,
 * notices and errors in psql's words), backslash commands, and COPY … FROM stdin data up to
 * `\.`. Input comes as a -c string (one transaction: an error undoes it, status 1), or line by
 * line from a file, stdin or the prompt (each statement on its own; errors prefixed with
 * `psql:<file>:<line>: ` outside the prompt; ON_ERROR_STOP ends the script with status 3).
 */
import type { SqlValue } from '../../sim/db/sql-ast';
import { execute } from '../../sim/db/sql-engine';
import { isSqlError } from '../../sim/db/sql-error';
import { parseStatement } from '../../sim/db/sql-parser';
import type { ResultColumn, SqlResult } from '../../sim/db/sql-session';
import { copyIn } from '../../sim/db/sql-write';
import { formatPgError, pgMessage } from './pg-errors';
import type { PgConnection } from './pg-connect';
import { printTable, type PrintOptions } from './pg-table';
import { runMeta } from './psql-meta';
import { SqlSplitter } from './sql-splitter';

export interface RunnerOptions {
  print: PrintOptions;
  quiet: boolean;
  onErrorStop: boolean;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A value as psql shows it: '' for NULL, t/f, numeric(p,s) with its digits. */
export function pgText(v: SqlValue, col?: ResultColumn): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number' && col?.scale !== undefined) return v.toFixed(col.scale);
  return String(v);
}

export class PsqlRunner {
  private readonly splitter = new SqlSplitter();
  private copy: { table: string; columns: string[]; lines: string[]; sql: string } | null = null;
  /** An error stopped the script (ON_ERROR_STOP) or \q was typed. */
  stopped = false;
  quit = false;
  failed = false;
  /** Inside a -c string: changes are saved when all of it succeeded. */
  private transaction = false;

  constructor(
    public conn: PgConnection,
    private readonly io: Io,
    private readonly o: RunnerOptions,
    private readonly reconnect: (dbname: string, user?: string) => PgConnection | string,
  ) {}

  get midStatement(): boolean {
    return !this.splitter.empty;
  }

  get openQuote(): string | null {
    return this.splitter.openQuote;
  }

  /** `psql -c`: backslash command, or SQL statements run as one transaction. Returns psql's status. */
  commandString(text: string): number {
    if (text.trimStart().startsWith('\\')) {
      this.meta(text.trim(), '');
      return this.failed ? 1 : 0;
    }
    const statements = this.splitter.push(text);
    // What is left without its `;` (or inside an open quote) is sent as it is.
    if (this.splitter.pending.trim() !== '') statements.push(this.splitter.pending);
    this.splitter.reset();
    let cursor = 0;
    this.transaction = true;
    try {
      for (const sql of statements) {
        const start = Math.max(0, text.indexOf(sql.slice(0, -1), cursor));
        cursor = start + sql.length - 1;
        if (!this.statement(sql, '', { text, offset: start })) {
          this.conn.reload();
          return 1;
        }
        this.copy = null; // COPY FROM stdin in -c reads psql's own stdin: nothing here
      }
      this.conn.save();
      return 0;
    } finally {
      this.transaction = false;
    }
  }

  /** One line of a script or of the prompt (`label`: `<stdin>`/file name in scripts, null at the prompt). */
  line(line: string, lineNo: number, label: string | null): void {
    if (this.stopped) return;
    const prefix = label === null ? '' : `psql:${label}:${lineNo}: `;
    if (this.copy) {
      if (line === '\\.') this.endCopy(prefix);
      else this.copy.lines.push(line);
      return;
    }
    if (this.splitter.empty && line.trimStart().startsWith('\\')) {
      this.meta(line.trim(), prefix);
      return;
    }
    for (const sql of this.splitter.push(line + '\n')) {
      if (!this.statement(sql, prefix) && this.o.onErrorStop) {
        this.stopped = true;
        return;
      }
      if (this.copy) return;
    }
  }

  /** End of input: what is left in the buffer is sent as it is. */
  end(label: string | null, lineNo: number): void {
    if (this.stopped) return;
    if (this.copy) this.endCopy(label === null ? '' : `psql:${label}:${lineNo}: `);
    const rest = this.splitter.pending.trim();
    this.splitter.reset();
    if (rest) this.statement(rest, label === null ? '' : `psql:${label}:${lineNo}: `);
  }

  private endCopy(prefix: string): void {
    const c = this.copy!;
    this.copy = null;
    const s = this.conn.session();
    try {
      const n = copyIn(s, c.table, c.columns, c.lines);
      this.conn.save();
      if (!this.o.quiet) this.io.out(`COPY ${n}\n`);
    } catch (e) {
      if (!isSqlError(e)) throw e;
      this.conn.reload();
      this.io.err(formatPgError(pgMessage(e.problem), '', prefix));
      this.failed = true;
    }
  }

  private meta(line: string, prefix: string): void {
    const m = runMeta(line, this.conn, this.o.print);
    if (m.out) this.io.out(m.out);
    if (m.err) this.io.err(m.err.startsWith('invalid command') ? prefix + m.err : m.err);
    if (m.failed) this.failed = true;
    if (m.quit) this.quit = this.stopped = true;
    if (m.connect) {
      const next = this.reconnect(m.connect.dbname, m.connect.user);
      if (typeof next === 'string') {
        this.io.err(`${next}\nPrevious connection kept\n`);
        this.failed = true;
      } else {
        this.conn = next;
        this.io.out(`You are now connected to database "${next.db.name}" as user "${next.user}".\n`);
      }
    }
  }

  /** Run one statement; false when it failed. `whole`: the -c string it came from (error positions). */
  private statement(sql: string, prefix: string, whole?: { text: string; offset: number }): boolean {
    const s = this.conn.session();
    try {
      const r = execute(s, parseStatement(sql, 'pg'));
      if (s.db) this.conn.db = s.db;
      if (!this.transaction && (r.k !== 'rows' || /\b(nextval|setval)\b/i.test(sql))) this.conn.save();
      this.show(r, prefix, sql);
      return true;
    } catch (e) {
      if (!isSqlError(e)) throw e;
      if (!whole) this.conn.reload();
      const m = pgMessage(e.problem);
      if (whole && m.position !== undefined) m.position += whole.offset;
      this.io.err(formatPgError(m, whole ? whole.text : sql, prefix));
      this.failed = true;
      return false;
    }
  }

  private show(r: SqlResult, prefix: string, sql: string): void {
    if (r.k === 'copy-in') {
      this.copy = { table: r.table, columns: r.columns, lines: [], sql };
      return;
    }
    for (const n of r.notices ?? []) this.io.err(`${prefix}NOTICE:  ${n}\n`);
    if (r.k === 'rows') {
      const rows = r.rows.map((row) => row.map((v, i) => pgText(v, r.columns[i])));
      const aligns = r.columns.map((c) => (c.family === 'int' || c.family === 'decimal' ? 'r' : 'l') as 'l' | 'r');
      this.io.out(printTable({ headers: r.columns.map((c) => c.name), aligns, rows }, this.o.print));
    } else if (!this.o.quiet) this.io.out(`${r.tag}\n`);
  }
}
