/**
 * psql's backslash commands over the simulated catalog: \l, \dt, \d [table], \du, \dn,
 * \c[onnect], \conninfo, \q, \?. Tables and titles are those of psql 17.
 */
import { pgTypeName, type Database } from '../../sim/db/sql-model';
import type { Expr } from '../../sim/db/sql-ast';
import type { PgConnection } from './pg-connect';
import { printTable, type PrintOptions } from './pg-table';

export interface MetaOutcome {
  out: string;
  /** Messages (`Did not find any relations.` is one, not a failure). */
  err: string;
  /** The command failed (psql -c exits 1). */
  failed?: boolean;
  /** \q */
  quit?: boolean;
  /** \c: connect to this database (and user). */
  connect?: { dbname: string; user?: string };
}

const PRIVS = (owner: string) => `=c/${owner}\n${owner}=CTc/${owner}`;

function defaultText(e: Expr | undefined): string {
  if (!e) return '';
  if (e.k === 'call' && e.name === 'nextval') {
    const a = e.args[0];
    return `nextval('${a && a.k === 'lit' ? String(a.v) : ''}'::regclass)`;
  }
  if (e.k === 'lit') return e.v === null ? 'NULL::text' : typeof e.v === 'string' ? `'${e.v}'::text` : String(e.v);
  if (e.k === 'call') return `${e.name}()`;
  return '';
}

function relations(db: Database, tablesOnly: boolean): string[][] {
  const rows: string[][] = Object.keys(db.tables).map((n) => ['public', n, 'table', db.owner]);
  if (!tablesOnly) rows.push(...Object.keys(db.sequences).map((n) => ['public', n, 'sequence', db.owner]));
  return rows.sort((a, b) => (a[1]! < b[1]! ? -1 : 1));
}

function describeTable(db: Database, name: string, o: PrintOptions): MetaOutcome {
  const t = db.tables[name.replace(/^public\./, '')];
  if (!t) return { out: '', err: `Did not find any relation named "${name}".\n`, failed: true };
  const rows = t.columns.map((c) => [c.name, pgTypeName(c.type), '', c.notNull || t.primaryKey.includes(c.name) ? 'not null' : '', defaultText(c.default)]);
  const footers = t.primaryKey.length ? ['Indexes:', `    "${t.name}_pkey" PRIMARY KEY, btree (${t.primaryKey.join(', ')})`] : [];
  return { out: printTable({ title: `Table "public.${t.name}"`, headers: ['Column', 'Type', 'Collation', 'Nullable', 'Default'], aligns: ['l', 'l', 'l', 'l', 'l'], rows, footers }, o), err: '' };
}

export function runMeta(line: string, conn: PgConnection, o: PrintOptions): MetaOutcome {
  const words = line.trim().split(/\s+/);
  const cmd = words[0]!.replace(/\+$/, '');
  const arg = words[1]?.replace(/^"|"$/g, '');
  const c = conn.cluster;
  switch (cmd) {
    case '\\q':
    case '\\quit':
      return { out: '', err: '', quit: true };
    case '\\l':
    case '\\list': {
      const rows = Object.values(c.databases)
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((d) => [d.name, d.owner, 'UTF8', 'libc', 'en_US.utf8', 'en_US.utf8', '', '', d.name.startsWith('template') ? PRIVS(d.owner) : '']);
      return { out: printTable({ title: 'List of databases', headers: ['Name', 'Owner', 'Encoding', 'Locale Provider', 'Collate', 'Ctype', 'Locale', 'ICU Rules', 'Access privileges'], aligns: Array(9).fill('l'), rows }, o), err: '' };
    }
    case '\\dt':
    case '\\d': {
      if (cmd === '\\d' && arg) return describeTable(conn.db, arg, o);
      const rows = relations(conn.db, cmd === '\\dt').filter((r) => !arg || r[1] === arg);
      if (rows.length === 0) return { out: '', err: arg ? `Did not find any relation named "${arg}".\n` : 'Did not find any relations.\n' };
      return { out: printTable({ title: 'List of relations', headers: ['Schema', 'Name', 'Type', 'Owner'], aligns: ['l', 'l', 'l', 'l'], rows }, o), err: '' };
    }
    case '\\du':
    case '\\dg': {
      const rows = Object.values(c.roles).map((r) => [r.name, r.superuser ? 'Superuser, Create role, Create DB, Replication, Bypass RLS' : '']);
      return { out: printTable({ title: 'List of roles', headers: ['Role name', 'Attributes'], aligns: ['l', 'l'], rows, footers: [] }, o), err: '' };
    }
    case '\\dn':
      return { out: printTable({ title: 'List of schemas', headers: ['Name', 'Owner'], aligns: ['l', 'l'], rows: [['public', 'pg_database_owner']] }, o), err: '' };
    case '\\c':
    case '\\connect':
      return { out: '', err: '', connect: { dbname: arg && arg !== '-' ? arg : conn.db.name, ...(words[2] && words[2] !== '-' ? { user: words[2] } : {}) } };
    case '\\conninfo': {
      const t = conn.target;
      const where = t.host === null ? 'via socket in "/var/run/postgresql"' : `on host "${t.host}"`;
      return { out: `You are connected to database "${conn.db.name}" as user "${conn.user}" ${where} at port "${t.port}".\n`, err: '' };
    }
    case '\\?':
      return { out: 'General\n  \\q                     quit psql\n\nInformational\n  \\d[S+]                 list tables, views, and sequences\n  \\d[S+]  NAME           describe table, view, sequence, or index\n  \\dt[S+] [PATTERN]      list tables\n  \\du[S+] [PATTERN]      list roles\n  \\l[+]   [PATTERN]      list databases\n\nConnection\n  \\c[onnect] {[DBNAME|- USER|- HOST|- PORT|-] | conninfo}\n                         connect to new database\n  \\conninfo              display information about current connection\n', err: '' };
  }
  return { out: '', err: `invalid command ${cmd}\nTry \\? for help.\n`, failed: true };
}
