/**
 * A database's contents as plain data (JSON in the server's data directory): tables with their
 * columns and rows in insertion order, and PostgreSQL's sequences (serial columns).
 */
import type { ColumnDef, SqlValue } from './sql-ast';

export type Column = ColumnDef;

export interface Table {
  name: string;
  columns: Column[];
  primaryKey: string[];
  rows: SqlValue[][];
  /** MySQL's AUTO_INCREMENT counter (the last value given). */
  autoIncrement: number;
}

export interface Sequence {
  last: number;
  called: boolean;
}

export interface Database {
  name: string;
  owner: string;
  tables: Record<string, Table>;
  sequences: Record<string, Sequence>;
}

export const newDatabase = (name: string, owner: string): Database => ({ name, owner, tables: {}, sequences: {} });

/** Type families: how values are checked and aligned. */
export type TypeFamily = 'int' | 'decimal' | 'bool' | 'text' | 'time';

export function typeFamily(type: string): TypeFamily {
  const t = type.toLowerCase();
  if (/^(small|big|medium|tiny)?int|^integer|^serial|^bigserial|^smallserial|^int[248]$/.test(t)) return 'int';
  if (/^(numeric|decimal|real|float|double)/.test(t)) return 'decimal';
  if (/^bool/.test(t)) return 'bool';
  if (/^(timestamp|date|time)/.test(t)) return 'time';
  return 'text';
}

/** The digits after the point a numeric(p,s)/decimal(p,s) column shows. */
export function typeScale(type: string): number | undefined {
  const m = /^(?:numeric|decimal)\(\d+,\s*(\d+)\)/.exec(type);
  return m ? Number(m[1]) : undefined;
}

/** PostgreSQL's canonical name of a declared type (what \d and pg_dump print). */
export function pgTypeName(type: string): string {
  const t = type.toLowerCase();
  const m = /^(\w+(?: \w+)?)(\(.*\))?(.*)$/.exec(t);
  const base = m?.[1] ?? t;
  const args = m?.[2] ?? '';
  const names: Record<string, string> = {
    int: 'integer', int4: 'integer', integer: 'integer', serial: 'integer', serial4: 'integer', bigint: 'bigint', int8: 'bigint', bigserial: 'bigint',
    smallint: 'smallint', int2: 'smallint', smallserial: 'smallint', varchar: 'character varying', char: 'character', character: 'character',
    bool: 'boolean', boolean: 'boolean', text: 'text', float: 'double precision', float8: 'double precision', 'double precision': 'double precision',
    real: 'real', float4: 'real', decimal: 'numeric', numeric: 'numeric', timestamp: 'timestamp without time zone', timestamptz: 'timestamp with time zone',
    date: 'date', json: 'json', jsonb: 'jsonb', uuid: 'uuid',
  };
  if (base === 'timestamp' && t.includes('with time zone')) return 'timestamp with time zone';
  return (names[base] ?? base) + args.replace(/,/g, ',');
}
