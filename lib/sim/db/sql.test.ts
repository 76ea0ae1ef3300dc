import { describe, expect, it } from 'vitest';
import { execute } from './sql-engine';
import { SqlError, type SqlProblem } from './sql-error';
import { parseStatement } from './sql-parser';
import { newDatabase, type Database } from './sql-model';
import type { SqlResult, SqlSession } from './sql-session';
import { copyIn } from './sql-write';

function session(dialect: 'pg' | 'mysql'): SqlSession {
  const dbs: Record<string, Database> = { app: newDatabase('app', 'postgres') };
  return {
    dialect,
    db: dbs['app']!,
    user: 'postgres',
    now: Date.UTC(2026, 0, 15, 9, 0, 2),
    version: 'PostgreSQL 17.5',
    server: {
      databases: () => Object.keys(dbs),
      create: (n, o) => {
        if (dbs[n]) throw new SqlError({ kind: 'db-exists', name: n });
        dbs[n] = newDatabase(n, o);
      },
      drop: (n) => void delete dbs[n],
      use: (n) => {
        if (!dbs[n]) throw new SqlError({ kind: 'no-db', name: n });
        return dbs[n];
      },
    },
  };
}

const run = (s: SqlSession, sql: string): SqlResult => execute(s, parseStatement(sql, s.dialect));
const rows = (r: SqlResult) => (r.k === 'rows' ? r.rows : null);
function problem(f: () => unknown): SqlProblem {
  try {
    f();
  } catch (e) {
    if (e instanceof SqlError) return e.problem;
    throw e;
  }
  throw new Error('no error');
}

describe('SQL subset (PostgreSQL dialect)', () => {
  it('creates a table with a serial key, inserts, filters, orders and limits', () => {
    const s = session('pg');
    expect(run(s, 'CREATE TABLE users (id SERIAL PRIMARY KEY, name TEXT NOT NULL, age INT)')).toMatchObject({ k: 'done', tag: 'CREATE TABLE' });
    expect(run(s, "INSERT INTO users (name, age) VALUES ('ann', 31), ('bob', 25), ('cy', NULL)")).toMatchObject({ tag: 'INSERT 0 3', affected: 3 });
    expect(rows(run(s, 'SELECT * FROM users WHERE age > 26 OR age IS NULL ORDER BY id DESC'))).toEqual([[3, 'cy', null], [1, 'ann', 31]]);
    expect(rows(run(s, "SELECT name FROM users WHERE name LIKE '_o%' LIMIT 1"))).toEqual([['bob']]);
    const agg = run(s, 'SELECT count(*), max(age), min(name) FROM users');
    expect(agg).toMatchObject({ columns: [{ name: 'count' }, { name: 'max' }, { name: 'min' }], rows: [[3, 31, 'ann']] });
  });

  it('names columns as PostgreSQL does and evaluates expressions', () => {
    const s = session('pg');
    const r = run(s, "SELECT 1, 2 + 3 * 4 AS n, 'a' || 'b', upper('x'), current_database()");
    expect(r).toMatchObject({ columns: [{ name: '?column?', family: 'int' }, { name: 'n' }, { name: '?column?' }, { name: 'upper' }, { name: 'current_database' }], rows: [[1, 14, 'ab', 'X', 'app']] });
    expect(rows(run(s, 'SELECT now()'))).toEqual([['2026-01-15 09:00:02+00']]);
  });

  it('updates and deletes matching rows with their counts', () => {
    const s = session('pg');
    run(s, 'CREATE TABLE t (k int, v text)');
    run(s, "INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    expect(run(s, "UPDATE t SET v = 'z' WHERE k >= 2")).toMatchObject({ tag: 'UPDATE 2' });
    expect(run(s, 'DELETE FROM t WHERE k = 1')).toMatchObject({ tag: 'DELETE 1' });
    expect(rows(run(s, 'SELECT v FROM t'))).toEqual([['z'], ['z']]);
  });

  it('reports errors with what the servers need to word them', () => {
    const s = session('pg');
    run(s, 'CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL)');
    expect(problem(() => run(s, 'selec 1'))).toEqual({ kind: 'syntax', near: 'selec', at: 0 });
    expect(problem(() => run(s, 'SELECT * FROM'))).toEqual({ kind: 'syntax', near: '', at: 13 });
    expect(problem(() => run(s, 'SELECT * FROM nope'))).toMatchObject({ kind: 'no-table', name: 'nope', at: 14 });
    expect(problem(() => run(s, 'SELECT missing FROM t'))).toMatchObject({ kind: 'no-column', name: 'missing', at: 7 });
    expect(problem(() => run(s, 'CREATE TABLE t (x int)'))).toEqual({ kind: 'table-exists', name: 't' });
    expect(problem(() => run(s, 'INSERT INTO t (id) VALUES (1)'))).toMatchObject({ kind: 'not-null', column: 'name', row: ['1', 'null'] });
    run(s, "INSERT INTO t VALUES (1, 'a')");
    expect(problem(() => run(s, "INSERT INTO t VALUES (1, 'b')"))).toMatchObject({ kind: 'duplicate-key', column: 'id', value: '1' });
    expect(problem(() => run(s, "INSERT INTO t VALUES ('x', 'b')"))).toMatchObject({ kind: 'bad-value', type: 'integer', value: 'x' });
    expect(problem(() => run(s, "INSERT INTO t (id) VALUES (2, 'b')"))).toMatchObject({ kind: 'column-count', more: 'values' });
    expect(problem(() => run(s, 'GRANT ALL ON t TO bob'))).toMatchObject({ kind: 'unsupported', what: 'GRANT ALL' });
  });

  it('runs the statements of a pg_dump: sequences, defaults, COPY data, setval', () => {
    const s = session('pg');
    run(s, 'CREATE TABLE public.notes (id integer NOT NULL, body text)');
    run(s, 'CREATE SEQUENCE public.notes_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1');
    run(s, "ALTER TABLE ONLY public.notes ALTER COLUMN id SET DEFAULT nextval('public.notes_id_seq'::regclass)");
    expect(run(s, 'COPY public.notes (id, body) FROM stdin')).toEqual({ k: 'copy-in', table: 'notes', columns: ['id', 'body'] });
    expect(copyIn(s, 'notes', ['id', 'body'], ['1\tfirst\\tline', '2\t\\N'])).toBe(2);
    expect(rows(run(s, "SELECT pg_catalog.setval('public.notes_id_seq', 2, true)"))).toEqual([[2]]);
    run(s, 'ALTER TABLE ONLY public.notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id)');
    run(s, "INSERT INTO notes (body) VALUES ('third')");
    expect(rows(run(s, 'SELECT * FROM notes'))).toEqual([[1, 'first\tline'], [2, null], [3, 'third']]);
  });
});

describe('SQL subset (MySQL dialect)', () => {
  it('AUTO_INCREMENT, backticks, SHOW and DESCRIBE', () => {
    const s = session('mysql');
    run(s, 'CREATE TABLE `items` (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20)) ENGINE=InnoDB');
    run(s, "INSERT INTO items (name) VALUES ('a'), (\"b\")");
    expect(rows(run(s, 'SELECT id, NAME FROM items'))).toEqual([[1, 'a'], [2, 'b']]);
    expect(run(s, 'SELECT 1+1, user()')).toMatchObject({ columns: [{ name: '1+1' }, { name: 'user()' }], rows: [[2, 'postgres@localhost']] });
    expect(rows(run(s, 'SHOW TABLES'))).toEqual([['items']]);
    expect(rows(run(s, 'DESCRIBE items'))).toEqual([['id', 'int', 'NO', 'PRI', null, 'auto_increment'], ['name', 'varchar(20)', 'YES', '', null, '']]);
    expect(problem(() => run(s, "INSERT INTO items VALUES ('x')"))).toMatchObject({ kind: 'column-count' });
  });

  it('needs a database for tables; USE picks one', () => {
    const s = session('mysql');
    s.db = null;
    expect(problem(() => run(s, 'SELECT * FROM t'))).toEqual({ kind: 'no-db-selected' });
    run(s, 'CREATE DATABASE shop');
    expect(problem(() => run(s, 'CREATE DATABASE shop'))).toEqual({ kind: 'db-exists', name: 'shop' });
    run(s, 'USE shop');
    expect(rows(run(s, 'SELECT database()'))).toEqual([['shop']]);
  });
});
