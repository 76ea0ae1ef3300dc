/**
 * awk parser: program → BEGIN/END blocks and pattern-action rules; statements and expressions
 * with awk precedence (assignment, ?:, ||, &&, in, ~, comparison, concatenation, + -, * / %,
 * unary, ^, ++/--, $).
 */
import { AwkSyntaxError, type AwkTok } from './awk-lex';
import { AwkExprParser } from './awk-expr';

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 're'; v: string }
  | { k: 'var'; name: string }
  | { k: 'field'; e: Expr }
  | { k: 'idx'; name: string; keys: Expr[] }
  | { k: 'assign'; op: string; target: Expr; e: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr }
  | { k: 'un'; op: string; e: Expr }
  | { k: 'incdec'; op: string; prefix: boolean; target: Expr }
  | { k: 'match'; neg: boolean; e: Expr; re: Expr }
  | { k: 'in'; keys: Expr[]; name: string }
  | { k: 'call'; name: string; args: Expr[] };

export type Stmt =
  | { k: 'print' | 'printf'; args: Expr[]; dest?: { append: boolean; e: Expr } }
  | { k: 'expr'; e: Expr }
  | { k: 'if'; c: Expr; a: Stmt; b?: Stmt }
  | { k: 'while'; c: Expr; body: Stmt }
  | { k: 'do'; c: Expr; body: Stmt }
  | { k: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | { k: 'forin'; v: string; arr: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' | 'break' | 'continue' }
  | { k: 'exit'; e?: Expr }
  | { k: 'delete'; name: string; keys?: Expr[] };

export interface AwkProgram {
  begin: Stmt[][];
  end: Stmt[][];
  rules: { pattern?: Expr; range?: [Expr, Expr]; body: Stmt[] | null }[];
}

export function parseAwk(src: string): AwkProgram {
  return new AwkParser(src).program();
}

class AwkParser extends AwkExprParser {
  program(): AwkProgram {
    const prog: AwkProgram = { begin: [], end: [], rules: [] };
    for (this.skipNl(); !this.is('eof'); this.skipNl()) {
      if (this.opt('kw', 'BEGIN')) prog.begin.push(this.block());
      else if (this.opt('kw', 'END')) prog.end.push(this.block());
      else if (this.is('op', '{')) prog.rules.push({ body: this.block() });
      else {
        const pattern = this.expr();
        if (this.opt('op', ',')) {
          const end = this.expr();
          prog.rules.push({ range: [pattern, end], body: this.is('op', '{') ? this.block() : null });
        } else prog.rules.push({ pattern, body: this.is('op', '{') ? this.block() : null });
      }
    }
    return prog;
  }

  private block(): Stmt[] {
    while (this.is('nl')) this.i++;
    this.eat('op', '{');
    const body: Stmt[] = [];
    for (this.skipNl(); !this.is('op', '}'); this.skipNl()) {
      if (this.is('eof')) throw new AwkSyntaxError((this.lines[this.lines.length - 1] ?? 1) + 1, 'end of file');
      body.push(this.stmt());
    }
    this.i++;
    return body;
  }

  private simpleEnd(): void {
    if (this.is('op', ';') || this.is('nl')) this.i++;
    else if (!this.is('op', '}') && !this.is('eof')) throw this.error();
  }

  private stmt(): Stmt {
    const t = this.peek();
    if (t.t === 'op' && t.v === '{') return { k: 'block', body: this.block() };
    if (t.t === 'kw') {
      switch (t.v) {
        case 'if': {
          this.i++;
          this.eat('op', '(');
          const c = this.expr();
          this.eat('op', ')');
          this.skipNl();
          const a = this.stmt();
          this.skipNl();
          if (this.opt('kw', 'else')) {
            this.skipNl();
            return { k: 'if', c, a, b: this.stmt() };
          }
          return { k: 'if', c, a };
        }
        case 'while': {
          this.i++;
          this.eat('op', '(');
          const c = this.expr();
          this.eat('op', ')');
          this.skipNl();
          return { k: 'while', c, body: this.stmt() };
        }
        case 'do': {
          this.i++;
          this.skipNl();
          const body = this.stmt();
          this.skipNl();
          this.eat('kw', 'while');
          this.eat('op', '(');
          const c = this.expr();
          this.eat('op', ')');
          this.simpleEnd();
          return { k: 'do', c, body };
        }
        case 'for':
          return this.forStmt();
        case 'next':
        case 'break':
        case 'continue':
          this.i++;
          this.simpleEnd();
          return { k: t.v };
        case 'exit': {
          this.i++;
          const e = this.is('op', ';') || this.is('nl') || this.is('op', '}') ? undefined : this.expr();
          this.simpleEnd();
          return { k: 'exit', e };
        }
        case 'delete': {
          this.i++;
          const name = (this.eat('name') as { v: string }).v;
          let keys: Expr[] | undefined;
          if (this.opt('op', '[')) {
            keys = this.exprList();
            this.eat('op', ']');
          }
          this.simpleEnd();
          return { k: 'delete', name, keys };
        }
        case 'print':
        case 'printf':
          return this.print(t.v);
      }
    }
    const s: Stmt = { k: 'expr', e: this.expr() };
    this.simpleEnd();
    return s;
  }

  private forStmt(): Stmt {
    this.i++;
    this.eat('op', '(');
    if (this.peek().t === 'name' && this.peek(1).t === 'kw' && (this.peek(1) as { v: string }).v === 'in' && this.peek(2).t === 'name' && this.peek(3).t === 'op') {
      const v = (this.eat('name') as { v: string }).v;
      this.i++;
      const arr = (this.eat('name') as { v: string }).v;
      this.eat('op', ')');
      this.skipNl();
      return { k: 'forin', v, arr, body: this.stmt() };
    }
    const init = this.is('op', ';') ? undefined : ({ k: 'expr', e: this.expr() } as Stmt);
    this.eat('op', ';');
    const c = this.is('op', ';') ? undefined : this.expr();
    this.eat('op', ';');
    const step = this.is('op', ')') ? undefined : ({ k: 'expr', e: this.expr() } as Stmt);
    this.eat('op', ')');
    this.skipNl();
    return { k: 'for', init, c, step, body: this.stmt() };
  }

  private print(kind: 'print' | 'printf'): Stmt {
    this.i++;
    const saved = this.noGt;
    this.noGt = true;
    let args: Expr[] = [];
    if (this.is('op', '(') && this.parenListIsWhole()) {
      this.i++;
      this.noGt = false;
      args = this.exprList();
      this.noGt = true;
      this.eat('op', ')');
    } else if (!this.is('op', ';') && !this.is('nl') && !this.is('op', '}') && !this.is('op', '>') && !this.is('op', '>>') && !this.is('op', '|')) args = this.exprList();
    this.noGt = saved;
    let dest: { append: boolean; e: Expr } | undefined;
    if (this.is('op', '>') || this.is('op', '>>')) {
      const append = (this.toks[this.i++] as { v: string }).v === '>>';
      dest = { append, e: this.concat() };
    }
    this.simpleEnd();
    return { k: kind, args, dest };
  }

  /** `print (a, b) > f` vs `print (a) b`: is the parenthesised list the whole argument list? */
  private parenListIsWhole(): boolean {
    let depth = 0;
    for (let j = this.i; j < this.toks.length; j++) {
      const t = this.toks[j] as AwkTok;
      if (t.t === 'op' && (t.v === '(' || t.v === '[')) depth++;
      else if (t.t === 'op' && (t.v === ')' || t.v === ']')) {
        depth--;
        if (depth === 0) {
          const n = this.toks[j + 1] as AwkTok;
          return n.t === 'nl' || n.t === 'eof' || (n.t === 'op' && [';', '}', '>', '>>', '|'].includes(n.v));
        }
      }
    }
    return false;
  }


}
