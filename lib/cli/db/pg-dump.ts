/**
 * pg_dump's plain-SQL format (PostgreSQL 17): header, session SETs, then per table CREATE TABLE
 * and OWNER, its serial sequence (CREATE/OWNED BY/DEFAULT), the data as COPY … FROM stdin,
 * setval, and primary keys last, as pg_dump orders them. psql reads it back (see psql-runner).
 */
import type { SqlValue } from '../../sim/db/sql-ast';
import { pgTypeName, type Database, type Table } from '../../sim/db/sql-model';
import type { PgVersion } from './pg-connect';

export interface DumpOptions {
  version: PgVersion;
  dataOnly: boolean;
  schemaOnly: boolean;
  /** -t: only these tables. */
  tables: string[];
}

const HEADER = (v: string) => `--
-- PostgreSQL database dump
--

-- Dumped from database version ${v}
-- Dumped by pg_dump version ${v}

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

`;

const FOOTER = `--
-- PostgreSQL database dump complete
--

`;

const section = (name: string, type: string, owner: string, schema = 'public') => `--\n-- ${name}; Type: ${type}; Schema: ${schema}; Owner: ${owner}\n--\n\n`;

function copyValue(v: SqlValue): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

/** The sequence a serial column takes its default from, if any. */
function serialSequence(t: Table, col: string): string | null {
  const d = t.columns.find((c) => c.name === col)?.default;
  if (d?.k !== 'call' || d.name !== 'nextval') return null;
  const a = d.args[0];
  return a?.k === 'lit' ? String(a.v).replace(/^public\./, '') : null;
}

function columnSql(t: Table): string {
  return t.columns.map((c) => {
    let s = `    ${c.name} ${pgTypeName(c.type)}`;
    if (c.default && !serialSequence(t, c.name) && c.default.k === 'lit') s += ` DEFAULT ${typeof c.default.v === 'string' ? `'${c.default.v}'::text` : String(c.default.v)}`;
    if (c.notNull || t.primaryKey.includes(c.name)) s += ' NOT NULL';
    return s;
  }).join(',\n');
}

export function pgDump(db: Database, o: DumpOptions): string {
  const owner = db.owner;
  const tables = Object.values(db.tables).filter((t) => o.tables.length === 0 || o.tables.includes(t.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  let out = HEADER(o.version.release);
  if (!o.dataOnly && tables.length > 0) out += "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n";
  const serials = tables.flatMap((t) => t.columns.map((c) => ({ t, col: c.name, seq: serialSequence(t, c.name) })).filter((x): x is { t: Table; col: string; seq: string } => x.seq !== null));
  if (!o.dataOnly) {
    for (const t of tables) {
      out += section(`Name: ${t.name}`, 'TABLE', owner);
      out += `CREATE TABLE public.${t.name} (\n${columnSql(t)}\n);\n\n\nALTER TABLE public.${t.name} OWNER TO ${owner};\n\n`;
      for (const s of serials.filter((x) => x.t === t)) {
        out += section(`Name: ${s.seq}`, 'SEQUENCE', owner);
        out += `CREATE SEQUENCE public.${s.seq}\n    AS ${pgTypeName(t.columns.find((c) => c.name === s.col)!.type)}\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\nALTER SEQUENCE public.${s.seq} OWNER TO ${owner};\n\n`;
        out += section(`Name: ${s.seq}`, 'SEQUENCE OWNED BY', owner);
        out += `ALTER SEQUENCE public.${s.seq} OWNED BY public.${t.name}.${s.col};\n\n\n`;
      }
    }
    for (const s of serials) {
      out += section(`Name: ${s.t.name} ${s.col}`, 'DEFAULT', owner);
      out += `ALTER TABLE ONLY public.${s.t.name} ALTER COLUMN ${s.col} SET DEFAULT nextval('public.${s.seq}'::regclass);\n\n\n`;
    }
  }
  if (!o.schemaOnly) {
    for (const t of tables) {
      out += section(`Data for Name: ${t.name}`, 'TABLE DATA', owner);
      out += `COPY public.${t.name} (${t.columns.map((c) => c.name).join(', ')}) FROM stdin;\n`;
      for (const r of t.rows) out += r.map(copyValue).join('\t') + '\n';
      out += '\\.\n\n\n';
    }
    for (const s of serials) {
      const seq = db.sequences[s.seq] ?? { last: 1, called: false };
      out += section(`Name: ${s.seq}`, 'SEQUENCE SET', owner);
      out += `SELECT pg_catalog.setval('public.${s.seq}', ${seq.last}, ${seq.called});\n\n\n`;
    }
  }
  if (!o.dataOnly) {
    for (const t of tables.filter((x) => x.primaryKey.length > 0)) {
      out += section(`Name: ${t.name} ${t.name}_pkey`, 'CONSTRAINT', owner);
      out += `ALTER TABLE ONLY public.${t.name}\n    ADD CONSTRAINT ${t.name}_pkey PRIMARY KEY (${t.primaryKey.join(', ')});\n\n\n`;
    }
  }
  return out + FOOTER;
}
