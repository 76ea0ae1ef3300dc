/**
 * Tokens of the small SQL subset the simulated PostgreSQL and MySQL servers understand. Each token
 * keeps its offset in the statement (0-based), which psql's `LINE 1: …` caret and MySQL's
 * `near '…'` text are built from.
 */
import { SqlError } from './sql-error';

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'op' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Words as typed; quoted identifiers and strings unescaped. */
  text: string;
  /** Offset in the statement. */
  at: number;
}

const OPS = ['<>', '!=', '<=', '>=', '::', '||', '(', ')', ',', ';', '=', '<', '>', '+', '-', '*', '/', '.', '%'];

/** Split a statement into tokens; `backticks`: MySQL's quoted identifiers. */
export function tokenize(sql: string, dialect: 'pg' | 'mysql'): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      continue;
    }
    if (ch === '#' && dialect === 'mysql') {
      while (i < sql.length && sql[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      continue;
    }
    const start = i;
    if (/[A-Za-z_]/.test(ch)) {
      while (i < sql.length && /[A-Za-z0-9_$]/.test(sql[i]!)) i++;
      out.push({ kind: 'word', text: sql.slice(start, i), at: start });
      continue;
    }
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      while (i < sql.length && /[0-9.]/.test(sql[i]!)) i++;
      if (/[eE]/.test(sql[i] ?? '') && /[-+0-9]/.test(sql[i + 1] ?? '')) {
        i += 2;
        while (i < sql.length && /[0-9]/.test(sql[i]!)) i++;
      }
      out.push({ kind: 'number', text: sql.slice(start, i), at: start });
      continue;
    }
    if (ch === "'" || (ch === '"' && dialect === 'mysql')) {
      const r = quoted(sql, i, ch, dialect === 'mysql');
      out.push({ kind: 'string', text: r.text, at: start });
      i = r.end;
      continue;
    }
    if (ch === '"' || (ch === '`' && dialect === 'mysql')) {
      const r = quoted(sql, i, ch, false);
      out.push({ kind: 'quoted', text: r.text, at: start });
      i = r.end;
      continue;
    }
    const op = OPS.find((o) => sql.startsWith(o, i));
    if (!op) throw new SqlError({ kind: 'syntax', near: ch, at: i });
    out.push({ kind: 'op', text: op, at: i });
    i += op.length;
  }
  out.push({ kind: 'eof', text: '', at: sql.length });
  return out;
}

function quoted(sql: string, from: number, q: string, backslashes: boolean): { text: string; end: number } {
  let text = '';
  let i = from + 1;
  for (;;) {
    if (i >= sql.length) throw new SqlError({ kind: 'unterminated', at: from, quote: q, near: sql.slice(from) });
    const c = sql[i]!;
    if (backslashes && c === '\\' && i + 1 < sql.length) {
      const n = sql[i + 1]!;
      text += n === 'n' ? '\n' : n === 't' ? '\t' : n === '0' ? '\0' : n;
      i += 2;
      continue;
    }
    if (c === q) {
      if (sql[i + 1] === q) {
        text += q;
        i += 2;
        continue;
      }
      return { text, end: i + 1 };
    }
    text += c;
    i++;
  }
}
