/**
 * Scalar functions and the scope a row is evaluated in: columns of the row (by name; MySQL's are
 * case-insensitive), version(), now(), current_user, database(), sequences (nextval/setval)…
 */
import { AGGREGATES, type Expr, type SqlValue } from './sql-ast';
import { SqlError } from './sql-error';
import type { Scope } from './sql-eval';
import type { Database, Table } from './sql-model';
import type { SqlSession } from './sql-session';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** now() as each server prints it: `2026-01-15 09:00:02.5+00` (PostgreSQL) or `2026-01-15 09:00:02` (MySQL). */
export function timestampText(ms: number, dialect: 'pg' | 'mysql', dateOnly = false): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (dateOnly) return date;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (dialect === 'mysql') return `${date} ${time}`;
  const frac = d.getUTCMilliseconds() ? '.' + pad(d.getUTCMilliseconds(), 3) + '000' : '';
  return `${date} ${time}${frac}+00`;
}

export function columnIndex(t: Table, name: string, dialect: 'pg' | 'mysql'): number {
  return dialect === 'mysql' ? t.columns.findIndex((c) => c.name.toLowerCase() === name.toLowerCase()) : t.columns.findIndex((c) => c.name === name);
}

function sequence(db: Database | null, name: SqlValue) {
  const key = String(name).replace(/^public\./, '').replace(/^"|"$/g, '');
  const seq = db?.sequences[key];
  if (!seq) throw new SqlError({ kind: 'no-sequence', name: key });
  return seq;
}

export function callFunction(s: SqlSession, name: string, args: SqlValue[], at: number): SqlValue {
  const a0 = args[0] ?? null;
  switch (name) {
    case 'version':
      return s.version;
    case 'now':
    case 'current_timestamp':
    case 'localtimestamp':
    case 'sysdate':
      return timestampText(s.now, s.dialect);
    case 'current_date':
    case 'curdate':
      return timestampText(s.now, s.dialect, true);
    case 'current_user':
    case 'session_user':
    case 'user':
    case 'system_user':
      return s.dialect === 'mysql' && !s.user.includes('@') ? `${s.user}@localhost` : s.user;
    case 'database':
    case 'schema':
    case 'current_database':
      return s.db?.name ?? null;
    case 'upper':
      return a0 === null ? null : String(a0).toUpperCase();
    case 'lower':
      return a0 === null ? null : String(a0).toLowerCase();
    case 'length':
    case 'char_length':
      return a0 === null ? null : String(a0).length;
    case 'concat':
      return s.dialect === 'mysql' && args.includes(null) ? null : args.filter((x) => x !== null).map(String).join('');
    case 'coalesce':
    case 'ifnull':
      return args.find((x) => x !== null) ?? null;
    case 'abs':
      return a0 === null ? null : Math.abs(Number(a0));
    case 'round':
      return a0 === null ? null : Number(Number(a0).toFixed(Number(args[1] ?? 0)));
    case 'nextval': {
      const seq = sequence(s.db, a0);
      seq.last = seq.called ? seq.last + 1 : seq.last;
      seq.called = true;
      return seq.last;
    }
    case 'currval':
      return sequence(s.db, a0).last;
    case 'setval': {
      const seq = sequence(s.db, a0);
      seq.last = Number(args[1]);
      seq.called = args[2] === undefined ? true : args[2] === true || args[2] === 't';
      return seq.last;
    }
    case 'set_config':
      return args[1] ?? null;
    case 'pg_sleep':
    case 'sleep':
      return s.dialect === 'mysql' ? 0 : '';
  }
  throw new SqlError({ kind: 'no-function', name, at });
}

/** The scope of one row of `t` (or of no table). */
export function rowScope(s: SqlSession, t: Table | null, row: readonly SqlValue[], clause: 'field list' | 'where clause' | 'order clause'): Scope {
  return {
    column: (name, at) => {
      const i = t ? columnIndex(t, name, s.dialect) : -1;
      if (i < 0) throw new SqlError({ kind: 'no-column', name, at, clause, ...(t ? { table: t.name } : {}) });
      return row[i] ?? null;
    },
    call: (name, args, at) => callFunction(s, name, args, at),
  };
}

/** Is this expression (or one inside it) an aggregate call? */
export function hasAggregate(e: Expr): boolean {
  switch (e.k) {
    case 'call':
      return AGGREGATES.has(e.name) || e.args.some(hasAggregate);
    case 'bin':
      return hasAggregate(e.l) || hasAggregate(e.r);
    case 'not':
    case 'neg':
    case 'isnull':
    case 'cast':
      return hasAggregate(e.e);
    default:
      return false;
  }
}
