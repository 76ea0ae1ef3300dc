/**
 * Evaluating an expression for one row: three-valued comparisons (NULL compares to nothing),
 * numbers compared as numbers, LIKE with % and _, and the functions a scope provides.
 */
import { AGGREGATES, type Expr, type SqlValue } from './sql-ast';
import { SqlError } from './sql-error';

export interface Scope {
  /** A column of the current row (throws no-column when unknown). */
  column(name: string, at: number): SqlValue;
  /** A scalar function (throws no-function when unknown). */
  call(name: string, args: SqlValue[], at: number): SqlValue;
  /** Aggregates already computed over the rows, keyed by the call's offset. */
  aggregate?(e: Expr & { k: 'call' }): SqlValue;
}

export function evalExpr(e: Expr, scope: Scope): SqlValue {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'col':
      return scope.column(e.name, e.at);
    case 'star':
    case 'default':
      throw new SqlError({ kind: 'syntax', near: e.k === 'star' ? '*' : 'DEFAULT', at: e.at });
    case 'call':
      if (scope.aggregate && AGGREGATES.has(e.name)) return scope.aggregate(e);
      return scope.call(e.name, e.args.map((a) => evalExpr(a, scope)), e.at);
    case 'not': {
      const v = evalExpr(e.e, scope);
      return v === null ? null : !truthy(v);
    }
    case 'neg': {
      const v = evalExpr(e.e, scope);
      return v === null ? null : -Number(v);
    }
    case 'isnull': {
      const v = evalExpr(e.e, scope);
      return e.not ? v !== null : v === null;
    }
    case 'cast':
      return castTo(evalExpr(e.e, scope), e.type);
    case 'bin':
      return binary(e.op, e.l, e.r, scope, e.at);
  }
}

function binary(op: string, le: Expr, re: Expr, scope: Scope, at: number): SqlValue {
  if (op === 'AND' || op === 'OR') {
    const l = evalExpr(le, scope);
    const r = evalExpr(re, scope);
    if (op === 'AND') return l === false || r === false || l === 0 || r === 0 ? false : l === null || r === null ? null : truthy(l) && truthy(r);
    return (l !== null && truthy(l)) || (r !== null && truthy(r)) ? true : l === null || r === null ? null : false;
  }
  const l = evalExpr(le, scope);
  const r = evalExpr(re, scope);
  if (l === null || r === null) return null;
  switch (op) {
    case '||':
      return String(l) + String(r);
    case '+':
      return Number(l) + Number(r);
    case '-':
      return Number(l) - Number(r);
    case '*':
      return Number(l) * Number(r);
    case '/':
    case '%': {
      if (Number(r) === 0) throw new SqlError({ kind: 'division-by-zero' });
      const q = op === '%' ? Number(l) % Number(r) : Number(l) / Number(r);
      return op === '/' && Number.isInteger(l) && Number.isInteger(r) ? Math.trunc(q) : q;
    }
    case 'LIKE':
      return likeRegex(String(r)).test(String(l));
    default:
      void at;
      return compareOp(op, compare(l, r));
  }
}

function compareOp(op: string, c: number): boolean {
  return op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
}

/** Order of two non-null values: numerically when both read as numbers, else as text. */
export function compare(a: SqlValue, b: SqlValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const na = typeof a === 'boolean' ? Number(a) : Number(a);
  const nb = typeof b === 'boolean' ? Number(b) : Number(b);
  if ((typeof a === 'number' || typeof b === 'number' || typeof a === 'boolean') && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function truthy(v: SqlValue): boolean {
  return v === true || (typeof v === 'number' && v !== 0) || v === 't' || v === '1';
}

function likeRegex(pattern: string): RegExp {
  let src = '';
  for (const ch of pattern) src += ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${src}$`, 's');
}

function castTo(v: SqlValue, type: string): SqlValue {
  if (v === null) return null;
  if (['int', 'integer', 'int4', 'bigint', 'int8', 'smallint', 'numeric', 'real', 'float'].includes(type)) {
    const n = Number(v);
    if (Number.isNaN(n)) throw new SqlError({ kind: 'bad-value', type: type.startsWith('int') ? 'integer' : type, value: String(v) });
    return type.startsWith('int') || type === 'bigint' || type === 'smallint' ? Math.round(n) : n;
  }
  if (type === 'text' || type === 'varchar' || type === 'regclass') return String(v);
  if (type === 'boolean' || type === 'bool') return truthy(v);
  return v;
}
