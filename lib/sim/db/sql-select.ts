/**
 * SELECT over one table (or none): `*` expansion, WHERE, aggregates without GROUP BY, ORDER BY,
 * LIMIT, and each result column's name as the server reports it (PostgreSQL: the column or
 * function name, `?column?` otherwise; MySQL: the expression as typed).
 */
import type { Expr, SelectItem, SqlValue, Stmt } from './sql-ast';
import { SqlError } from './sql-error';
import { compare, evalExpr, truthy } from './sql-eval';
import { columnIndex, hasAggregate, rowScope } from './sql-functions';
import { typeFamily, typeScale, type Table, type TypeFamily } from './sql-model';
import type { ResultColumn, SqlResult, SqlSession } from './sql-session';

type Select = Stmt & { k: 'select' };

export function lookupTable(s: SqlSession, name: string, at?: number): Table {
  if (!s.db) throw new SqlError({ kind: 'no-db-selected' });
  const t = s.dialect === 'mysql' ? s.db.tables[name] : s.db.tables[name];
  if (!t) throw new SqlError({ kind: 'no-table', name, db: s.db.name, ...(at !== undefined ? { at } : {}) });
  return t;
}

export function select(s: SqlSession, q: Select): SqlResult {
  const t = q.from ? lookupTable(s, q.from.name, q.from.at) : null;
  const items: SelectItem[] = q.items.flatMap((it) =>
    it.e.k === 'star' ? (t ? t.columns.map((c) => ({ e: { k: 'col', name: c.name, at: it.e.at } as Expr, text: c.name })) : [it]) : [it],
  );
  if (!t && items.some((it) => it.e.k === 'star')) {
    throw s.dialect === 'mysql' ? new SqlError({ kind: 'no-db-selected' }) : new SqlError({ kind: 'syntax', near: '', at: q.items[0]!.e.at });
  }
  // Names are checked before any row is read, as the server's analysis does (even on an empty table).
  if (t) {
    for (const it of items) checkColumns(s, t, it.e, 'field list');
    if (q.where) checkColumns(s, t, q.where, 'where clause');
    for (const o of q.order) if (!items.some((it) => it.alias && o.e.k === 'col' && o.e.name === it.alias)) checkColumns(s, t, o.e, 'order clause');
  }
  let rows: SqlValue[][] = t ? t.rows : [[]];
  if (q.where) {
    const w = q.where;
    rows = rows.filter((r) => {
      const v = evalExpr(w, rowScope(s, t, r, 'where clause'));
      return v !== null && truthy(v);
    });
  }
  if (q.order.length > 0) {
    const keyed = rows.map((r) => ({ r, keys: q.order.map((o) => evalExpr(o.e, rowScope(s, t, r, 'order clause'))) }));
    keyed.sort((a, b) => {
      for (let i = 0; i < q.order.length; i++) {
        const c = compare(a.keys[i]!, b.keys[i]!);
        if (c !== 0) return q.order[i]!.desc ? -c : c;
      }
      return 0;
    });
    rows = keyed.map((k) => k.r);
  }
  let out: SqlValue[][];
  if (items.some((it) => hasAggregate(it.e))) {
    const matched = rows;
    const scope = { ...rowScope(s, t, matched[0] ?? [], 'field list'), aggregate: (e: Expr & { k: 'call' }) => aggregate(s, t, matched, e) };
    out = [items.map((it) => evalExpr(it.e, scope))];
  } else {
    out = rows.map((r) => items.map((it) => evalExpr(it.e, rowScope(s, t, r, 'field list'))));
  }
  if (q.limit !== undefined) out = out.slice(0, q.limit);
  const columns: ResultColumn[] = items.map((it, i) => describe(s, t, it.e, it.alias, it.text, out.map((r) => r[i] ?? null)));
  return { k: 'rows', columns, rows: out };
}

/** Throw no-column for the first column `e` names that `t` does not have. */
export function checkColumns(s: SqlSession, t: Table, e: Expr, clause: 'field list' | 'where clause' | 'order clause'): void {
  switch (e.k) {
    case 'col':
      if (columnIndex(t, e.name, s.dialect) < 0) throw new SqlError({ kind: 'no-column', name: e.name, at: e.at, clause, table: t.name });
      return;
    case 'call':
      for (const a of e.args) checkColumns(s, t, a, clause);
      return;
    case 'bin':
      checkColumns(s, t, e.l, clause);
      checkColumns(s, t, e.r, clause);
      return;
    case 'not':
    case 'neg':
    case 'isnull':
    case 'cast':
      checkColumns(s, t, e.e, clause);
      return;
    default:
      return;
  }
}

function aggregate(s: SqlSession, t: Table | null, rows: SqlValue[][], e: Expr & { k: 'call' }): SqlValue {
  if (e.name === 'count' && e.star) return rows.length;
  const arg = e.args[0];
  if (!arg) throw new SqlError({ kind: 'no-function', name: e.name, at: e.at });
  const values = rows.map((r) => evalExpr(arg, rowScope(s, t, r, 'field list'))).filter((v): v is Exclude<SqlValue, null> => v !== null);
  if (e.name === 'count') return values.length;
  if (values.length === 0) return null;
  if (e.name === 'sum') return values.reduce<number>((a, v) => a + Number(v), 0);
  if (e.name === 'avg') return values.reduce<number>((a, v) => a + Number(v), 0) / values.length;
  return values.reduce((a, v) => ((e.name === 'min' ? compare(v, a) < 0 : compare(v, a) > 0) ? v : a));
}

function describe(s: SqlSession, t: Table | null, e: Expr, alias: string | undefined, text: string, values: SqlValue[]): ResultColumn {
  const inner = e.k === 'cast' ? e.e : e;
  let family: TypeFamily = 'text';
  let scale: number | undefined;
  if (inner.k === 'col' && t) {
    const col = t.columns.find((c) => (s.dialect === 'mysql' ? c.name.toLowerCase() === inner.name.toLowerCase() : c.name === inner.name));
    if (col) {
      family = typeFamily(col.type);
      scale = typeScale(col.type);
    }
  } else if (values.every((v) => v === null || typeof v === 'number') && values.some((v) => typeof v === 'number')) family = Number.isInteger(values.find((v) => v !== null)) ? 'int' : 'decimal';
  else if (values.some((v) => typeof v === 'boolean')) family = 'bool';
  if (e.k === 'cast') family = typeFamily(e.type);
  const name = alias ?? (s.dialect === 'mysql' ? text : inner.k === 'col' ? inner.name : inner.k === 'call' ? inner.name : '?column?');
  return { name, family, ...(scale !== undefined ? { scale } : {}) };
}
