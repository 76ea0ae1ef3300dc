/**
 * awk expression parsing (the base of AwkParser): tokens, then precedence levels — assignment, ?:,
 * ||, &&, in, ~ !~, comparison, concatenation, + -, * / %, unary, ^, ++/--, $, primary.
 */
import { AwkSyntaxError, awkTokens, type AwkTok } from './awk-lex';
import type { Expr } from './awk-parse';

const COMPARE = new Set(['<', '<=', '==', '!=', '>', '>=']);

export class AwkExprParser {
  protected i = 0;
  protected readonly toks: AwkTok[];
  protected readonly lines: number[];
  protected noGt = false;
  protected noIn = false;

  constructor(src: string) {
    ({ toks: this.toks, lines: this.lines } = awkTokens(src));
  }

  protected peek(o = 0): AwkTok {
    return this.toks[Math.min(this.i + o, this.toks.length - 1)] as AwkTok;
  }
  protected is(t: AwkTok['t'], v?: string): boolean {
    const p = this.peek();
    return p.t === t && (v === undefined || ('v' in p && p.v === v));
  }
  protected error(): AwkSyntaxError {
    const t = this.peek();
    const line = this.lines[Math.min(this.i, this.lines.length - 1)] ?? 1;
    if (t.t === 'eof') return new AwkSyntaxError(line, 'end of file');
    return new AwkSyntaxError(line, t.t === 'nl' ? 'end of line' : t.t === 'str' ? `"${t.v}"` : String(t.v));
  }
  protected eat(t: AwkTok['t'], v?: string): AwkTok {
    if (!this.is(t, v)) throw this.error();
    return this.toks[this.i++] as AwkTok;
  }
  protected skipNl(): void {
    while (this.is('nl') || this.is('op', ';')) this.i++;
  }
  protected opt(t: AwkTok['t'], v: string): boolean {
    if (!this.is(t, v)) return false;
    this.i++;
    return true;
  }

  protected exprList(): Expr[] {
    const list = [this.expr()];
    while (this.opt('op', ',')) {
      while (this.is('nl')) this.i++;
      list.push(this.expr());
    }
    return list;
  }

  expr(): Expr {
    const left = this.ternary();
    const t = this.peek();
    if (t.t === 'op' && ['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(t.v)) {
      if (left.k !== 'var' && left.k !== 'field' && left.k !== 'idx') throw this.error();
      this.i++;
      return { k: 'assign', op: t.v, target: left, e: this.expr() };
    }
    return left;
  }

  private ternary(): Expr {
    const c = this.binary(0);
    if (!this.opt('op', '?')) return c;
    const a = this.expr();
    this.eat('op', ':');
    return { k: 'cond', c, a, b: this.expr() };
  }

  private binary(level: number): Expr {
    const levels: string[][] = [['||'], ['&&'], ['in'], ['~', '!~'], ['<', '<=', '==', '!=', '>', '>=']];
    if (level >= levels.length) return this.concat();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      const v = t.t === 'op' || t.t === 'kw' ? t.v : '';
      if (!(levels[level] as string[]).includes(v) || (v === 'in' && this.noIn) || (v === '>' && this.noGt)) return left;
      this.i++;
      if (v === '||' || v === '&&') while (this.is('nl')) this.i++;
      if (v === 'in') left = { k: 'in', keys: [left], name: (this.eat('name') as { v: string }).v };
      else if (v === '~' || v === '!~') left = { k: 'match', neg: v === '!~', e: left, re: this.binary(level + 1) };
      else if (COMPARE.has(v)) return { k: 'bin', op: v, a: left, b: this.binary(level + 1) };
      else left = { k: 'bin', op: v, a: left, b: this.binary(level + 1) };
    }
  }

  protected concat(): Expr {
    let left = this.additive();
    for (;;) {
      const t = this.peek();
      const starts = t.t === 'num' || t.t === 'str' || t.t === 're' || t.t === 'name' || t.t === 'func' || (t.t === 'op' && ['$', '(', '!', '++', '--'].includes(t.v));
      if (!starts || (t.t === 'op' && t.v === '!' && this.peek(1).t === 'op' && (this.peek(1) as { v: string }).v === '=')) return left;
      left = { k: 'bin', op: ' ', a: left, b: this.additive() };
    }
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.is('op', '+') || this.is('op', '-')) {
      const op = (this.toks[this.i++] as { v: string }).v;
      left = { k: 'bin', op, a: left, b: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.is('op', '*') || this.is('op', '/') || this.is('op', '%')) {
      const op = (this.toks[this.i++] as { v: string }).v;
      left = { k: 'bin', op, a: left, b: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.is('op', '!') || this.is('op', '-') || this.is('op', '+')) {
      const op = (this.toks[this.i++] as { v: string }).v;
      return { k: 'un', op, e: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (this.opt('op', '^')) return { k: 'bin', op: '^', a: base, b: this.unary() };
    return base;
  }

  private postfix(): Expr {
    if (this.is('op', '++') || this.is('op', '--')) {
      const op = (this.toks[this.i++] as { v: string }).v;
      return { k: 'incdec', op, prefix: true, target: this.primary() };
    }
    const e = this.primary();
    if ((e.k === 'var' || e.k === 'field' || e.k === 'idx') && (this.is('op', '++') || this.is('op', '--'))) {
      return { k: 'incdec', op: (this.toks[this.i++] as { v: string }).v, prefix: false, target: e };
    }
    return e;
  }

  private primary(): Expr {
    const t = this.toks[this.i++] as AwkTok;
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'str':
        return { k: 'str', v: t.v };
      case 're':
        return { k: 're', v: t.v };
      case 'name':
        if (this.opt('op', '[')) {
          const keys = this.exprList();
          this.eat('op', ']');
          return { k: 'idx', name: t.v, keys };
        }
        return { k: 'var', name: t.v };
      case 'func': {
        if (!this.opt('op', '(')) return { k: 'call', name: t.v, args: [] };
        const saved = [this.noGt, this.noIn];
        this.noGt = this.noIn = false;
        const args = this.is('op', ')') ? [] : this.exprList();
        [this.noGt = false, this.noIn = false] = saved;
        this.eat('op', ')');
        return { k: 'call', name: t.v, args };
      }
      case 'op':
        if (t.v === '$') return { k: 'field', e: this.postfixNoIncdec() };
        if (t.v === '(') {
          const saved = [this.noGt, this.noIn];
          this.noGt = this.noIn = false;
          const e = this.expr();
          [this.noGt = false, this.noIn = false] = saved;
          this.eat('op', ')');
          return e;
        }
    }
    this.i--;
    throw this.error();
  }

  private postfixNoIncdec(): Expr {
    if (this.is('op', '-') || this.is('op', '!')) {
      const op = (this.toks[this.i++] as { v: string }).v;
      return { k: 'un', op, e: this.primary() };
    }
    return this.primary();
  }}
