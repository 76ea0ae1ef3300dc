/**
 * The statements the simulated servers understand: SELECT (one table, WHERE, ORDER BY, LIMIT,
 * aggregates without GROUP BY), INSERT, UPDATE, DELETE, TRUNCATE, CREATE/DROP TABLE and DATABASE,
 * MySQL's SHOW/USE/DESCRIBE, and what a plain pg_dump contains (SET, sequences, ALTER TABLE …
 * OWNER TO / SET DEFAULT / ADD CONSTRAINT … PRIMARY KEY, COPY … FROM stdin). Anything else is a
 * syntax error at its first word or, when it is SQL this simulation skips, `unsupported`.
 */
import type { AlterAction, ColumnDef, Expr, SelectItem, Stmt } from './sql-ast';
import { SqlError } from './sql-error';
import { parseExpr } from './sql-expr';
import { tokenize } from './sql-lexer';
import { TokenStream } from './sql-stream';

/** SQL keywords that start statements this simulation does not implement. */
const KNOWN_UNSUPPORTED = new Set(['GRANT', 'REVOKE', 'WITH', 'EXPLAIN', 'VACUUM', 'ANALYZE', 'CREATE', 'ALTER', 'DROP', 'SHOW', 'COMMENT', 'REINDEX', 'MERGE', 'CALL', 'DO']);

/** Parse one statement (without its `;`). */
export function parseStatement(sql: string, dialect: 'pg' | 'mysql'): Stmt {
  const s = new TokenStream(tokenize(sql, dialect), sql, dialect);
  const stmt = statement(s);
  s.acceptOp(';');
  if (s.peek.kind !== 'eof') s.fail();
  return stmt;
}

function statement(s: TokenStream): Stmt {
  const first = s.peek;
  const kw = first.kind === 'word' ? first.text.toUpperCase() : '';
  switch (kw) {
    case 'SELECT':
      return select(s);
    case 'INSERT':
      return insert(s);
    case 'UPDATE':
      return update(s);
    case 'DELETE': {
      s.next();
      s.expect('FROM');
      const t = s.tableName();
      return { k: 'delete', table: t.name, at: t.at, ...where(s) };
    }
    case 'TRUNCATE': {
      s.next();
      s.accept('TABLE');
      const t = s.tableName();
      return { k: 'truncate', table: t.name, at: t.at };
    }
    case 'CREATE':
      return create(s);
    case 'DROP':
      return drop(s);
    case 'ALTER':
      return alter(s);
    case 'SET':
    case 'LOCK': // LOCK TABLES / UNLOCK TABLES (mysqldump): one session, nothing to wait for
    case 'UNLOCK':
      while (s.peek.kind !== 'eof') s.next();
      return { k: 'set' };
    case 'BEGIN':
    case 'START':
    case 'COMMIT':
    case 'ROLLBACK':
    case 'END':
      while (s.peek.kind !== 'eof' && !s.isOp(';')) s.next();
      return { k: 'tx', tag: kw === 'COMMIT' || kw === 'END' ? 'COMMIT' : kw === 'ROLLBACK' ? 'ROLLBACK' : 'BEGIN' };
    case 'COPY':
      return copy(s);
  }
  if (s.dialect === 'mysql') {
    if (s.accept('SHOW', 'DATABASES') || s.accept('SHOW', 'SCHEMAS')) return { k: 'show-databases' };
    if (s.accept('SHOW', 'TABLES')) return { k: 'show-tables' };
    if (s.accept('USE')) return { k: 'use', name: s.ident() };
    if (s.accept('DESCRIBE') || s.accept('DESC') || s.accept('SHOW', 'COLUMNS', 'FROM')) {
      const t = s.tableName();
      return { k: 'describe', table: t.name, at: t.at };
    }
  }
  if (KNOWN_UNSUPPORTED.has(kw)) throw new SqlError({ kind: 'unsupported', what: s.sql.trim().split(/\s+/).slice(0, 2).join(' ').toUpperCase(), at: first.at });
  return s.fail();
}

function select(s: TokenStream): Stmt {
  s.next();
  s.accept('ALL');
  const items: SelectItem[] = [];
  do {
    const from = s.peek.at;
    const e = parseExpr(s);
    const text = s.textFrom(from);
    let alias: string | undefined;
    if (e.k === 'star') {
      // `*` takes no alias: a word after it is the syntax error.
    } else if (s.accept('AS')) alias = s.ident();
    else if (s.peek.kind === 'quoted' || (s.peek.kind === 'word' && !['FROM', 'WHERE', 'ORDER', 'LIMIT'].includes(s.peek.text.toUpperCase()))) alias = s.ident();
    items.push({ e, text, ...(alias !== undefined ? { alias } : {}) });
  } while (s.acceptOp(','));
  const out: Stmt & { k: 'select' } = { k: 'select', items, order: [] };
  if (s.accept('FROM')) out.from = s.tableName();
  const w = where(s);
  if (w.where) out.where = w.where;
  if (s.accept('ORDER', 'BY')) {
    do {
      const e = parseExpr(s);
      const desc = s.accept('DESC');
      if (!desc) s.accept('ASC');
      out.order.push({ e, desc });
    } while (s.acceptOp(','));
  }
  if (s.accept('LIMIT')) {
    const t = s.next();
    if (t.kind !== 'number') s.fail();
    out.limit = Number(t.text);
  }
  return out;
}

function where(s: TokenStream): { where?: Expr } {
  return s.accept('WHERE') ? { where: parseExpr(s) } : {};
}

function nameList(s: TokenStream): string[] {
  s.expectOp('(');
  const names: string[] = [];
  do names.push(s.ident());
  while (s.acceptOp(','));
  s.expectOp(')');
  return names;
}

function insert(s: TokenStream): Stmt {
  s.next();
  s.expect('INTO');
  const t = s.tableName();
  const columns = s.isOp('(') ? nameList(s) : undefined;
  if (!s.accept('VALUES') && !s.accept('VALUE')) s.fail();
  const rows: Expr[][] = [];
  do {
    s.expectOp('(');
    const row: Expr[] = [];
    do row.push(parseExpr(s));
    while (s.acceptOp(','));
    s.expectOp(')');
    rows.push(row);
  } while (s.acceptOp(','));
  return { k: 'insert', table: t.name, at: t.at, rows, ...(columns ? { columns } : {}) };
}

function update(s: TokenStream): Stmt {
  s.next();
  const t = s.tableName();
  s.expect('SET');
  const sets: Array<[string, Expr]> = [];
  do {
    const col = s.ident();
    s.expectOp('=');
    sets.push([col, parseExpr(s)]);
  } while (s.acceptOp(','));
  return { k: 'update', table: t.name, at: t.at, sets, ...where(s) };
}

function create(s: TokenStream): Stmt {
  s.next();
  if (s.accept('DATABASE') || s.accept('SCHEMA')) {
    const ifNotExists = s.accept('IF', 'NOT', 'EXISTS');
    const name = s.ident();
    while (s.peek.kind !== 'eof' && !s.isOp(';')) s.next(); // OWNER, ENCODING, CHARACTER SET…
    return { k: 'create-db', name, ifNotExists };
  }
  if (s.accept('SEQUENCE')) {
    const name = s.tableName().name;
    while (s.peek.kind !== 'eof' && !s.isOp(';')) s.next();
    return { k: 'create-sequence', name };
  }
  if (!s.is('TABLE')) throw new SqlError({ kind: 'unsupported', what: `CREATE ${s.peek.text.toUpperCase()}`, at: s.peek.at });
  s.next();
  const ifNotExists = s.accept('IF', 'NOT', 'EXISTS');
  const name = s.tableName().name;
  s.expectOp('(');
  const columns: ColumnDef[] = [];
  let primaryKey: string[] = [];
  do {
    if (s.accept('PRIMARY', 'KEY')) primaryKey = nameList(s);
    else if (s.accept('CONSTRAINT')) {
      s.ident();
      s.expect('PRIMARY', 'KEY');
      primaryKey = nameList(s);
    } else if (s.accept('UNIQUE')) nameList(s);
    else columns.push(columnDef(s));
  } while (s.acceptOp(','));
  s.expectOp(')');
  while (s.peek.kind !== 'eof' && !s.isOp(';')) s.next(); // ENGINE=InnoDB…
  for (const c of columns) if (c.primaryKey) primaryKey = [c.name];
  return { k: 'create-table', name, ifNotExists, columns, primaryKey };
}

function columnDef(s: TokenStream): ColumnDef {
  const name = s.ident();
  const type = s.next();
  if (type.kind !== 'word') s.fail();
  let typeText = type.text.toLowerCase();
  if (typeText === 'double' && s.accept('PRECISION')) typeText = 'double precision';
  if ((typeText === 'character' && s.accept('VARYING')) || typeText === 'varchar') typeText = 'varchar';
  if (s.isOp('(')) {
    s.next();
    const args: string[] = [];
    do args.push(s.next().text);
    while (s.acceptOp(','));
    s.expectOp(')');
    typeText += `(${args.join(',')})`;
  }
  if (s.accept('WITH', 'TIME', 'ZONE')) typeText += ' with time zone';
  else if (s.accept('WITHOUT', 'TIME', 'ZONE')) typeText += '';
  s.accept('UNSIGNED');
  const col: ColumnDef = { name, type: typeText, notNull: false, primaryKey: false, unique: false, autoIncrement: false };
  for (;;) {
    if (s.accept('NOT', 'NULL')) col.notNull = true;
    else if (s.accept('NULL')) col.notNull = false;
    else if (s.accept('PRIMARY', 'KEY')) col.primaryKey = col.notNull = true;
    else if (s.accept('UNIQUE')) col.unique = true;
    else if (s.accept('AUTO_INCREMENT') || s.accept('AUTOINCREMENT')) col.autoIncrement = true;
    else if (s.accept('DEFAULT')) col.default = parseExpr(s);
    else if (s.accept('GENERATED')) {
      while (!s.is('IDENTITY') && s.peek.kind !== 'eof') s.next();
      s.expect('IDENTITY');
      col.autoIncrement = col.notNull = true;
    } else if (s.accept('REFERENCES')) {
      s.tableName();
      if (s.isOp('(')) nameList(s);
      while (s.accept('ON', 'DELETE') || s.accept('ON', 'UPDATE')) s.next();
    } else if (s.accept('CHECK')) {
      s.expectOp('(');
      parseExpr(s);
      s.expectOp(')');
    } else break;
  }
  return col;
}

function drop(s: TokenStream): Stmt {
  s.next();
  if (s.accept('DATABASE') || s.accept('SCHEMA')) {
    const ifExists = s.accept('IF', 'EXISTS');
    return { k: 'drop-db', name: s.ident(), ifExists };
  }
  if (!s.accept('TABLE')) throw new SqlError({ kind: 'unsupported', what: `DROP ${s.peek.text.toUpperCase()}`, at: s.peek.at });
  const ifExists = s.accept('IF', 'EXISTS');
  const names: Array<{ name: string; at: number }> = [];
  do names.push(s.tableName());
  while (s.acceptOp(','));
  s.accept('CASCADE');
  return { k: 'drop-table', names, ifExists };
}

function alter(s: TokenStream): Stmt {
  s.next();
  if (s.accept('SEQUENCE')) {
    while (s.peek.kind !== 'eof' && !s.isOp(';')) s.next();
    return { k: 'alter-sequence' };
  }
  if (!s.accept('TABLE')) throw new SqlError({ kind: 'unsupported', what: `ALTER ${s.peek.text.toUpperCase()}`, at: s.peek.at });
  s.accept('ONLY');
  const t = s.tableName();
  let action: AlterAction;
  if (s.accept('OWNER', 'TO')) {
    s.ident();
    action = { k: 'owner' };
  } else if (s.accept('ALTER', 'COLUMN') || s.accept('ALTER')) {
    const column = s.ident();
    s.expect('SET', 'DEFAULT');
    action = { k: 'set-default', column, e: parseExpr(s) };
  } else if (s.accept('ADD', 'CONSTRAINT')) {
    const name = s.ident();
    s.expect('PRIMARY', 'KEY');
    action = { k: 'add-pk', name, columns: nameList(s) };
  } else if (s.accept('ADD', 'PRIMARY', 'KEY')) {
    action = { k: 'add-pk', columns: nameList(s) };
  } else if (s.accept('ADD')) {
    s.accept('COLUMN');
    action = { k: 'add-column', column: columnDef(s) };
  } else if (s.accept('DROP')) {
    s.accept('COLUMN');
    const at = s.peek.at;
    action = { k: 'drop-column', column: s.ident(), at };
  } else return s.fail();
  return { k: 'alter-table', table: t.name, at: t.at, action };
}

function copy(s: TokenStream): Stmt {
  s.next();
  const t = s.tableName();
  const columns = s.isOp('(') ? nameList(s) : undefined;
  s.expect('FROM');
  if (!s.accept('STDIN')) throw new SqlError({ kind: 'unsupported', what: 'COPY FROM a file', at: s.peek.at });
  return { k: 'copy-from', table: t.name, at: t.at, ...(columns ? { columns } : {}) };
}
