/** What a statement runs against (the connection's database and server) and what it returns. */
import type { SqlValue } from './sql-ast';
import type { Database, TypeFamily } from './sql-model';

export interface ServerOps {
  databases(): string[];
  /** Throws db-exists. */
  create(name: string, owner: string): void;
  /** Throws no-db. */
  drop(name: string): void;
  /** Throws no-db. */
  use(name: string): Database;
}

export interface SqlSession {
  dialect: 'pg' | 'mysql';
  /** The connection's current database (MySQL: none until USE or a database argument). */
  db: Database | null;
  /** The connected role (PostgreSQL), or `user@host` as MySQL's USER() shows it. */
  user: string;
  now: number;
  /** `SELECT version()`. */
  version: string;
  server: ServerOps;
}

export interface ResultColumn {
  name: string;
  family: TypeFamily;
  /** numeric(p,s): digits after the point. */
  scale?: number;
}

export type SqlResult =
  | { k: 'rows'; columns: ResultColumn[]; rows: SqlValue[][]; notices?: string[] }
  /** `tag`: PostgreSQL's command tag (`INSERT 0 1`); `affected`: MySQL's row count; `changed`: data to save. */
  | { k: 'done'; tag: string; affected: number; changed: boolean; notices?: string[] }
  /** COPY … FROM stdin: the client sends the data lines next (copyIn). */
  | { k: 'copy-in'; table: string; columns: string[] };
