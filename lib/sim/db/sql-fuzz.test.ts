import { describe, expect, it } from 'vitest';
import { createRng, nextInt } from '../core/rng';
import { execute } from './sql-engine';
import { isSqlError } from './sql-error';
import { parseStatement } from './sql-parser';
import { newDatabase, type Database } from './sql-model';
import type { SqlSession } from './sql-session';

const WORDS = ['SELECT', 'FROM', 'WHERE', 'INSERT', 'INTO', 'VALUES', 'CREATE', 'TABLE', 'DROP', 'UPDATE', 'SET', 'DELETE', 'ORDER', 'BY', 'LIMIT', 'AND', 'OR', 'NOT', 'NULL', 'IS', 'AS', 't', 'a', 'b', 'count', 'now', '(', ')', ',', '*', '=', '<>', '+', '-', '/', "'x'", '"q"', '`b`', '1', '2.5', ';', '::', 'int', 'text', 'serial', 'PRIMARY', 'KEY', 'DEFAULT', 'COPY', 'stdin', 'SHOW', 'TABLES', 'USE', 'DATABASE', "'", '@', '$1', 'ALTER', 'ONLY', 'COLUMN', 'CONSTRAINT', 'TRUNCATE', 'DESCRIBE', 'LIKE', 'nextval', 'setval', 'IF', 'EXISTS', 'REFERENCES', 'CHECK', 'GENERATED'];

function session(dialect: 'pg' | 'mysql'): SqlSession {
  const db: Database = newDatabase('app', 'postgres');
  const s: SqlSession = { dialect, db, user: 'u', now: 0, version: 'v', server: { databases: () => ['app'], create: () => undefined, drop: () => undefined, use: () => db } };
  execute(s, parseStatement('CREATE TABLE t (a int PRIMARY KEY, b text)', dialect));
  execute(s, parseStatement("INSERT INTO t VALUES (1, 'x'), (2, NULL)", dialect));
  return s;
}

describe('SQL subset robustness', () => {
  it('any token soup either runs or is an SqlError (never a crash)', () => {
    const rng = createRng(7);
    const outcomes = { ran: 0, refused: 0 };
    for (const dialect of ['pg', 'mysql'] as const) {
      const s = session(dialect);
      for (let n = 0; n < 3000; n++) {
        const sql = Array.from({ length: 1 + nextInt(rng, 9) }, () => WORDS[nextInt(rng, WORDS.length)]).join(' ');
        try {
          execute(s, parseStatement(sql, dialect));
          outcomes.ran++;
        } catch (e) {
          if (!isSqlError(e)) throw new Error(`${dialect}: ${sql}: ${String(e)}`);
          outcomes.refused++;
        }
      }
      // A statement that would not parse with the subset's grammar is still a typed error.
      expect(() => parseStatement('SELECT a FROM t WHERE', dialect)).toThrow(expect.objectContaining({ problem: { kind: 'syntax', near: '', at: 21 } }));
    }
    expect(outcomes.ran).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(outcomes.ran);
  });
});
