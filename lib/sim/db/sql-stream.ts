/** A cursor over a statement's tokens, with the parser's small vocabulary (peek, accept, expect). */
import { SqlError } from './sql-error';
import type { Token } from './sql-lexer';

export class TokenStream {
  private i = 0;

  constructor(
    private readonly tokens: readonly Token[],
    readonly sql: string,
    readonly dialect: 'pg' | 'mysql',
  ) {}

  get peek(): Token {
    return this.tokens[this.i]!;
  }

  ahead(n: number): Token {
    return this.tokens[Math.min(this.i + n, this.tokens.length - 1)]!;
  }

  next(): Token {
    const t = this.tokens[this.i]!;
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  /** The keyword (case-insensitive) is next. */
  is(word: string, n = 0): boolean {
    const t = this.ahead(n);
    return t.kind === 'word' && t.text.toUpperCase() === word;
  }

  isOp(op: string): boolean {
    return this.peek.kind === 'op' && this.peek.text === op;
  }

  accept(...words: string[]): boolean {
    if (!words.every((w, n) => this.is(w, n))) return false;
    for (let n = 0; n < words.length; n++) this.next();
    return true;
  }

  acceptOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.next();
    return true;
  }

  expect(...words: string[]): void {
    for (const w of words) if (!this.accept(w)) this.fail();
  }

  expectOp(op: string): void {
    if (!this.acceptOp(op)) this.fail();
  }

  /** A name: a word (folded to lower case by PostgreSQL) or a quoted identifier. */
  ident(): string {
    const t = this.peek;
    if (t.kind === 'quoted') return this.next().text;
    if (t.kind === 'word') return this.dialect === 'pg' ? this.next().text.toLowerCase() : this.next().text;
    return this.fail();
  }

  /** A possibly schema-qualified table name (`public.users` → users). */
  tableName(): { name: string; at: number } {
    const at = this.peek.at;
    let name = this.ident();
    while (this.acceptOp('.')) name = this.ident();
    return { name, at };
  }

  /** The syntax error at the current token. */
  fail(): never {
    const t = this.peek;
    throw new SqlError({ kind: 'syntax', near: t.kind === 'eof' ? '' : this.sql.slice(t.at, t.at + t.text.length + (t.kind === 'word' || t.kind === 'number' || t.kind === 'op' ? 0 : 2)), at: t.at });
  }

  /** The source text from offset `from` up to the current token. */
  textFrom(from: number): string {
    const t = this.tokens[this.i - 1];
    const end = t ? this.rawEnd(t) : from;
    return this.sql.slice(from, end).trim();
  }

  private rawEnd(t: Token): number {
    if (t.kind === 'string' || t.kind === 'quoted') {
      // find the closing quote after t.at
      const q = this.sql[t.at]!;
      let j = t.at + 1;
      while (j < this.sql.length) {
        if (this.sql[j] === q && this.sql[j + 1] === q) j += 2;
        else if (this.sql[j] === q) return j + 1;
        else j++;
      }
      return this.sql.length;
    }
    return t.at + t.text.length;
  }

  atEnd(): boolean {
    return this.peek.kind === 'eof' || (this.isOp(';') && this.ahead(1).kind === 'eof');
  }
}
