/**
 * INSERT, UPDATE, DELETE and COPY's data: values checked against their column's type, defaults
 * (serial sequences, AUTO_INCREMENT, DEFAULT expressions), NOT NULL and primary keys.
 */
import type { Expr, SqlValue, Stmt } from './sql-ast';
import { SqlError } from './sql-error';
import { evalExpr, truthy } from './sql-eval';
import { columnIndex, rowScope } from './sql-functions';
import { typeFamily, type Column, type Table } from './sql-model';
import { checkColumns, lookupTable } from './sql-select';
import type { SqlResult, SqlSession } from './sql-session';

/** A value as stored in a column of `type` (bad-value when it does not fit). */
export function coerce(v: SqlValue, col: Column, at?: number): SqlValue {
  if (v === null) return null;
  const fam = typeFamily(col.type);
  const bad = () => new SqlError({ kind: 'bad-value', type: col.type.startsWith('int') || col.type === 'serial' ? 'integer' : col.type.replace(/\(.*/, ''), value: String(v), column: col.name, ...(at !== undefined ? { at } : {}) });
  if (fam === 'int' || fam === 'decimal') {
    if (typeof v === 'boolean') return Number(v);
    const n = typeof v === 'number' ? v : String(v).trim() === '' ? NaN : Number(v);
    if (Number.isNaN(n)) throw bad();
    if (fam === 'int' && !Number.isInteger(n)) return Math.round(n);
    return n;
  }
  if (fam === 'bool') {
    if (typeof v === 'boolean') return v;
    const t = String(v).toLowerCase();
    if (['t', 'true', 'yes', 'on', '1', 'y'].includes(t)) return true;
    if (['f', 'false', 'no', 'off', '0', 'n'].includes(t)) return false;
    throw bad();
  }
  return typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
}

function defaultValue(s: SqlSession, t: Table, col: Column): SqlValue {
  if (col.default) return coerce(evalExpr(col.default, rowScope(s, t, [], 'field list')), col);
  if (col.autoIncrement) return ++t.autoIncrement;
  return null;
}

/** Check and add one row (values by column position, undefined = default). */
function addRow(s: SqlSession, t: Table, given: Array<SqlValue | undefined>): void {
  const row = t.columns.map((c, i) => {
    const v = given[i];
    if (v === undefined) return defaultValue(s, t, c);
    if (c.autoIncrement && s.dialect === 'mysql' && (v === null || v === 0)) return ++t.autoIncrement;
    return v;
  });
  checkRow(t, row, null);
  for (const [i, c] of t.columns.entries()) if (c.autoIncrement && typeof row[i] === 'number' && row[i] > t.autoIncrement) t.autoIncrement = row[i];
  t.rows.push(row);
}

function checkRow(t: Table, row: SqlValue[], self: SqlValue[] | null): void {
  for (const [i, c] of t.columns.entries()) {
    if (row[i] === null && (c.notNull || t.primaryKey.includes(c.name))) throw new SqlError({ kind: 'not-null', column: c.name, table: t.name, row: row.map((v) => (v === null ? 'null' : String(v))) });
  }
  const keys = [...t.primaryKey.map((k) => [k]), ...t.columns.filter((c) => c.unique).map((c) => [c.name])];
  for (const key of keys) {
    const idx = key.map((k) => t.columns.findIndex((c) => c.name === k));
    const value = idx.map((i) => row[i]);
    const clash = t.rows.find((r) => r !== self && idx.every((i, n) => r[i] !== null && String(r[i]) === String(value[n])));
    if (clash) throw new SqlError({ kind: 'duplicate-key', table: t.name, column: key.join(', '), value: value.map(String).join(', ') });
  }
}

export function insert(s: SqlSession, q: Stmt & { k: 'insert' }): SqlResult {
  const t = lookupTable(s, q.table, q.at);
  const targets = (q.columns ?? t.columns.map((c) => c.name)).map((name) => {
    const i = columnIndex(t, name, s.dialect);
    if (i < 0) throw new SqlError({ kind: 'no-column', name, clause: 'field list', table: t.name });
    return i;
  });
  const scope = rowScope(s, null, [], 'field list');
  for (const exprs of q.rows) {
    if (exprs.length > targets.length || (q.columns && exprs.length < targets.length) || (s.dialect === 'mysql' && exprs.length !== targets.length)) {
      throw new SqlError({ kind: 'column-count', more: exprs.length > targets.length ? 'values' : 'columns', at: exprs[Math.min(exprs.length, targets.length)]?.at ?? q.at });
    }
    const given: Array<SqlValue | undefined> = t.columns.map(() => undefined);
    exprs.forEach((e: Expr, n) => {
      const i = targets[n]!;
      if (e.k !== 'default') given[i] = coerce(evalExpr(e, scope), t.columns[i]!, e.at);
    });
    addRow(s, t, given);
  }
  return { k: 'done', tag: `INSERT 0 ${q.rows.length}`, affected: q.rows.length, changed: true };
}

function matching(s: SqlSession, t: Table, where: Expr | undefined): SqlValue[][] {
  if (!where) return [...t.rows];
  checkColumns(s, t, where, 'where clause');
  return t.rows.filter((r) => {
    const v = evalExpr(where, rowScope(s, t, r, 'where clause'));
    return v !== null && truthy(v);
  });
}

export function update(s: SqlSession, q: Stmt & { k: 'update' }): SqlResult {
  const t = lookupTable(s, q.table, q.at);
  const sets = q.sets.map(([name, e]) => {
    const i = columnIndex(t, name, s.dialect);
    if (i < 0) throw new SqlError({ kind: 'no-column', name, clause: 'field list', table: t.name, at: e.at });
    return { i, e };
  });
  const rows = matching(s, t, q.where);
  for (const r of rows) {
    const next = [...r];
    for (const { i, e } of sets) next[i] = e.k === 'default' ? defaultValue(s, t, t.columns[i]!) : coerce(evalExpr(e, rowScope(s, t, r, 'field list')), t.columns[i]!, e.at);
    checkRow(t, next, r);
    r.splice(0, r.length, ...next);
  }
  return { k: 'done', tag: `UPDATE ${rows.length}`, affected: rows.length, changed: rows.length > 0 };
}

export function remove(s: SqlSession, q: Stmt & { k: 'delete' }): SqlResult {
  const t = lookupTable(s, q.table, q.at);
  const gone = new Set(matching(s, t, q.where));
  t.rows = t.rows.filter((r) => !gone.has(r));
  return { k: 'done', tag: `DELETE ${gone.size}`, affected: gone.size, changed: gone.size > 0 };
}

/** COPY's text format: tab-separated fields, `\N` for NULL, backslash escapes. Returns the row count. */
export function copyIn(s: SqlSession, table: string, columns: readonly string[], lines: readonly string[]): number {
  const t = lookupTable(s, table);
  const idx = columns.map((c) => columnIndex(t, c, s.dialect));
  for (const line of lines) {
    const fields = line.split('\t');
    const given: Array<SqlValue | undefined> = t.columns.map(() => undefined);
    idx.forEach((i, n) => {
      const f = fields[n] ?? '\\N';
      if (i >= 0) given[i] = f === '\\N' ? null : coerce(f.replace(/\\(.)/g, (_m, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c)), t.columns[i]!);
    });
    addRow(s, t, given);
  }
  return lines.length;
}
