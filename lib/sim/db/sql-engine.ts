/**
 * Runs one parsed statement against a session: the dispatch, and the data definition statements
 * (databases, tables, sequences, what pg_dump's ALTERs need). Changes are made in place on the
 * session's Database; the server saves it when the result says `changed`.
 */
import type { Stmt } from './sql-ast';
import { SqlError } from './sql-error';
import type { Column, Table } from './sql-model';
import { lookupTable, select } from './sql-select';
import type { SqlResult, SqlSession } from './sql-session';
import { insert, remove, update } from './sql-write';

const done = (tag: string, changed = false, affected = 0, notices?: string[]): SqlResult => ({ k: 'done', tag, affected, changed, ...(notices ? { notices } : {}) });

export function execute(s: SqlSession, q: Stmt): SqlResult {
  switch (q.k) {
    case 'select':
      return select(s, q);
    case 'insert':
      return insert(s, q);
    case 'update':
      return update(s, q);
    case 'delete':
      return remove(s, q);
    case 'truncate': {
      const t = lookupTable(s, q.table, q.at);
      t.rows = [];
      return done('TRUNCATE TABLE', true);
    }
    case 'create-table':
      return createTable(s, q);
    case 'drop-table':
      return dropTables(s, q);
    case 'create-db':
      if (q.ifNotExists && s.server.databases().includes(q.name)) return done('CREATE DATABASE', false, 1, [`database "${q.name}" already exists, skipping`]);
      s.server.create(q.name, s.user);
      return done('CREATE DATABASE', true, 1);
    case 'drop-db':
      if (!s.server.databases().includes(q.name)) {
        if (q.ifExists) return done('DROP DATABASE', false, 0, [`database "${q.name}" does not exist, skipping`]);
        throw new SqlError({ kind: 'no-db', name: q.name });
      }
      if (s.dialect === 'pg' && s.db?.name === q.name) throw new SqlError({ kind: 'drop-current-db', name: q.name });
      s.server.drop(q.name);
      if (s.db?.name === q.name) s.db = null;
      return done('DROP DATABASE', true);
    case 'show-databases':
      return { k: 'rows', columns: [{ name: 'Database', family: 'text' }], rows: s.server.databases().map((d) => [d]) };
    case 'show-tables': {
      if (!s.db) throw new SqlError({ kind: 'no-db-selected' });
      return { k: 'rows', columns: [{ name: `Tables_in_${s.db.name}`, family: 'text' }], rows: Object.keys(s.db.tables).sort().map((n) => [n]) };
    }
    case 'use':
      s.db = s.server.use(q.name);
      return done('USE');
    case 'describe':
      return describeTable(lookupTable(s, q.table, q.at));
    case 'set':
      return done('SET');
    case 'tx':
      return done(q.tag);
    case 'create-sequence':
      if (!s.db) throw new SqlError({ kind: 'no-db-selected' });
      if (s.db.sequences[q.name]) throw new SqlError({ kind: 'table-exists', name: q.name });
      s.db.sequences[q.name] = { last: 1, called: false };
      return done('CREATE SEQUENCE', true);
    case 'alter-sequence':
      return done('ALTER SEQUENCE');
    case 'alter-table':
      return alterTable(s, q);
    case 'copy-from': {
      const t = lookupTable(s, q.table, q.at);
      return { k: 'copy-in', table: t.name, columns: q.columns ?? t.columns.map((c) => c.name) };
    }
  }
}

function createTable(s: SqlSession, q: Stmt & { k: 'create-table' }): SqlResult {
  if (!s.db) throw new SqlError({ kind: 'no-db-selected' });
  const db = s.db;
  if (db.tables[q.name]) {
    if (q.ifNotExists) return done('CREATE TABLE', false, 0, [`relation "${q.name}" already exists, skipping`]);
    throw new SqlError({ kind: 'table-exists', name: q.name });
  }
  const columns: Column[] = q.columns.map((c) => ({ ...c }));
  for (const c of columns) {
    if (s.dialect === 'pg' && /^(big|small)?serial[248]?$/.test(c.type)) {
      const seq = `${q.name}_${c.name}_seq`;
      db.sequences[seq] = { last: 1, called: false };
      c.type = c.type.startsWith('big') ? 'bigint' : c.type.startsWith('small') ? 'smallint' : 'integer';
      c.notNull = true;
      c.default = { k: 'call', name: 'nextval', args: [{ k: 'lit', v: seq, at: 0 }], star: false, at: 0 };
    }
    if (c.primaryKey) c.notNull = true;
  }
  for (const k of q.primaryKey) {
    const c = columns.find((x) => x.name === k);
    if (c) c.notNull = true;
  }
  const t: Table = { name: q.name, columns, primaryKey: [...q.primaryKey], rows: [], autoIncrement: 0 };
  db.tables[q.name] = t;
  return done('CREATE TABLE', true);
}

function dropTables(s: SqlSession, q: Stmt & { k: 'drop-table' }): SqlResult {
  if (!s.db) throw new SqlError({ kind: 'no-db-selected' });
  const db = s.db;
  const notices: string[] = [];
  for (const { name, at } of q.names) {
    if (!db.tables[name]) {
      if (!q.ifExists) throw new SqlError({ kind: 'no-table', name, at, db: db.name, drop: true });
      notices.push(`table "${name}" does not exist, skipping`);
    }
  }
  for (const { name } of q.names) {
    const t = db.tables[name];
    if (!t) continue;
    delete db.tables[name];
    for (const seq of Object.keys(db.sequences)) if (seq.startsWith(`${name}_`) && seq.endsWith('_seq')) delete db.sequences[seq];
  }
  return done('DROP TABLE', true, 0, notices.length ? notices : undefined);
}

function alterTable(s: SqlSession, q: Stmt & { k: 'alter-table' }): SqlResult {
  const t = lookupTable(s, q.table, q.at);
  const a = q.action;
  const col = (name: string, at?: number) => {
    const c = t.columns.find((x) => x.name === name);
    if (!c) throw new SqlError({ kind: 'no-column', name, clause: 'field list', table: t.name, ...(at !== undefined ? { at } : {}) });
    return c;
  };
  if (a.k === 'set-default') col(a.column).default = a.e;
  else if (a.k === 'add-pk') {
    t.primaryKey = [...a.columns];
    for (const c of a.columns) col(c).notNull = true;
  } else if (a.k === 'add-column') {
    if (t.columns.some((c) => c.name === a.column.name)) throw new SqlError({ kind: 'table-exists', name: a.column.name });
    t.columns.push({ ...a.column });
    for (const r of t.rows) r.push(null);
  } else if (a.k === 'drop-column') {
    const i = t.columns.indexOf(col(a.column, a.at));
    t.columns.splice(i, 1);
    for (const r of t.rows) r.splice(i, 1);
  }
  return done('ALTER TABLE', a.k !== 'owner');
}

/** MySQL's DESCRIBE: Field, Type, Null, Key, Default, Extra. */
function describeTable(t: Table): SqlResult {
  const mysqlType = (type: string) => (type === 'integer' ? 'int' : type === 'bool' || type === 'boolean' ? 'tinyint(1)' : type);
  const rows = t.columns.map((c) => [c.name, mysqlType(c.type), c.notNull || t.primaryKey.includes(c.name) ? 'NO' : 'YES', t.primaryKey.includes(c.name) ? 'PRI' : c.unique ? 'UNI' : '', c.default && c.default.k === 'lit' ? c.default.v : null, c.autoIncrement ? 'auto_increment' : '']);
  return { k: 'rows', columns: ['Field', 'Type', 'Null', 'Key', 'Default', 'Extra'].map((name) => ({ name, family: 'text' as const })), rows };
}
