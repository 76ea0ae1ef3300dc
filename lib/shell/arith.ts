/**
 * Shell arithmetic: $(( … )), (( … )), `let`, C-style for. Integers (truncated doubles), C operators
 * with bash precedence, variables (recursively evaluated), assignments and ++/--.
 * Errors are ExpansionErrors worded like bash: `1/0: division by 0 (error token is "0")`.
 */
import { ExpansionError } from './errors';

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Node =
  | { k: 'num'; v: number }
  | { k: 'var'; name: string }
  | { k: 'un'; op: string; a: Node }
  | { k: 'incdec'; op: '++' | '--'; prefix: boolean; name: string }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'assign'; op: string; name: string; b: Node }
  | { k: 'cond'; c: Node; a: Node; b: Node };

const TOKEN = /\s*(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|\*\*=?|<<=|>>=|\+\+|--|&&|\|\||==|!=|<=|>=|<<|>>|[-+*\/%&|^]=|[-+*\/%<>=!~&|^?:,()])/y;

const BINARY: Record<string, number> = {
  ',': 1, '||': 4, '&&': 5, '|': 6, '^': 7, '&': 8, '==': 9, '!=': 9, '<': 10, '>': 10, '<=': 10, '>=': 10,
  '<<': 11, '>>': 11, '+': 12, '-': 12, '*': 13, '/': 13, '%': 13, '**': 14,
};
const ASSIGN_OPS = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=', '**=']);
const MAX_RECURSION = 32;

export function evalArith(expr: string, vars: ArithVars, depth = 0): number {
  if (depth > MAX_RECURSION) throw new ExpansionError(`${expr}: expression recursion level exceeded (error token is "${expr}")`);
  const tokens = tokenize(expr);
  if (tokens.length === 0) return 0;
  const p = new ArithParser(expr, tokens);
  const node = p.expression(0);
  if (p.pos < tokens.length) throw p.error('syntax error in expression', tokens[p.pos] as string);
  return evaluate(node, vars, expr, depth);
}

function tokenize(expr: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(expr);
    if (!m) {
      const rest = expr.slice(pos).trim();
      throw new ExpansionError(`${expr.trim()}: syntax error: invalid arithmetic operator (error token is "${rest}")`);
    }
    out.push(m[1] as string);
    pos = TOKEN.lastIndex;
  }
  return out;
}

class ArithParser {
  pos = 0;
  constructor(
    private readonly src: string,
    private readonly tokens: string[],
  ) {}

  error(msg: string, token: string): ExpansionError {
    return new ExpansionError(`${this.src.trim()}: ${msg} (error token is "${token}")`);
  }

  expression(minPrec: number): Node {
    let left = this.unary();
    for (;;) {
      const op = this.tokens[this.pos];
      if (op === undefined) return left;
      if (op === '?' && minPrec <= 3) {
        this.pos++;
        const a = this.expression(1);
        if (this.tokens[this.pos] !== ':') throw this.error("expected `:'", this.tokens[this.pos] ?? '');
        this.pos++;
        const b = this.expression(3);
        left = { k: 'cond', c: left, a, b };
        continue;
      }
      if (ASSIGN_OPS.has(op) && minPrec <= 2) {
        if (left.k !== 'var') throw this.error('attempted assignment to non-variable', op);
        this.pos++;
        left = { k: 'assign', op, name: left.name, b: this.expression(2) };
        continue;
      }
      const prec = BINARY[op];
      if (prec === undefined || prec < minPrec) return left;
      this.pos++;
      const right = this.expression(op === '**' ? prec : prec + 1);
      left = { k: 'bin', op, a: left, b: right };
    }
  }

  private unary(): Node {
    const t = this.tokens[this.pos];
    if (t === undefined) throw this.error('syntax error: operand expected', this.tokens[this.pos - 1] ?? '');
    if (t === '++' || t === '--') {
      this.pos++;
      const name = this.tokens[this.pos];
      if (name === undefined || !/^[A-Za-z_]/.test(name)) throw this.error('syntax error: operand expected', name ?? t);
      this.pos++;
      return { k: 'incdec', op: t, prefix: true, name };
    }
    if (t === '!' || t === '~' || t === '-' || t === '+') {
      this.pos++;
      return { k: 'un', op: t, a: this.unary() };
    }
    return this.postfix();
  }

  private postfix(): Node {
    const t = this.tokens[this.pos] as string;
    this.pos++;
    if (t === '(') {
      const inner = this.expression(0);
      if (this.tokens[this.pos] !== ')') throw this.error("missing `)'", this.tokens[this.pos] ?? t);
      this.pos++;
      return inner;
    }
    if (/^[A-Za-z_]/.test(t)) {
      const next = this.tokens[this.pos];
      if (next === '++' || next === '--') {
        this.pos++;
        return { k: 'incdec', op: next, prefix: false, name: t };
      }
      return { k: 'var', name: t };
    }
    if (/^[0-9]/.test(t)) return { k: 'num', v: parseNumber(t, this.src) };
    throw this.error('syntax error: operand expected', t);
  }
}

function parseNumber(t: string, src: string): number {
  if (/^0[xX]/.test(t)) return parseInt(t.slice(2), 16);
  const hash = t.indexOf('#');
  if (hash > 0) {
    const base = Number(t.slice(0, hash));
    const v = parseInt(t.slice(hash + 1), base);
    if (base < 2 || base > 64 || Number.isNaN(v)) throw new ExpansionError(`${src.trim()}: invalid number (error token is "${t}")`);
    return v;
  }
  if (t.length > 1 && t.startsWith('0')) {
    if (/[89]/.test(t)) throw new ExpansionError(`${t}: value too great for base (error token is "${t}")`);
    return parseInt(t, 8);
  }
  return Number(t);
}

function evaluate(node: Node, vars: ArithVars, src: string, depth: number): number {
  const ev = (n: Node): number => evaluate(n, vars, src, depth);
  const read = (name: string): number => {
    const raw = vars.get(name);
    if (raw === undefined || raw.trim() === '') return 0;
    if (/^\s*-?[0-9]+\s*$/.test(raw)) return Number(raw.trim());
    return evalArith(raw, vars, depth + 1);
  };
  switch (node.k) {
    case 'num':
      return node.v;
    case 'var':
      return read(node.name);
    case 'un': {
      const a = ev(node.a);
      return node.op === '!' ? Number(a === 0) : node.op === '~' ? ~a : node.op === '-' ? -a : a;
    }
    case 'incdec': {
      const old = read(node.name);
      const now = node.op === '++' ? old + 1 : old - 1;
      vars.set(node.name, String(now));
      return node.prefix ? now : old;
    }
    case 'cond':
      return ev(node.c) !== 0 ? ev(node.a) : ev(node.b);
    case 'assign': {
      const b = ev(node.b);
      const value = node.op === '=' ? b : binary(node.op.slice(0, -1), read(node.name), b, src);
      vars.set(node.name, String(value));
      return value;
    }
    case 'bin':
      if (node.op === '&&') return Number(ev(node.a) !== 0 && ev(node.b) !== 0);
      if (node.op === '||') return Number(ev(node.a) !== 0 || ev(node.b) !== 0);
      if (node.op === ',') {
        ev(node.a);
        return ev(node.b);
      }
      return binary(node.op, ev(node.a), ev(node.b), src);
  }
}

function binary(op: string, a: number, b: number, src: string): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
    case '%':
      if (b === 0) throw new ExpansionError(`${src.trim()}: division by 0 (error token is "${src.trim().split(/[\/%]/).pop()?.trim() ?? ''}")`);
      return op === '/' ? Math.trunc(a / b) : a % b;
    case '**':
      if (b < 0) throw new ExpansionError(`${src.trim()}: exponent less than 0 (error token is "${b}")`);
      return Math.trunc(a ** b);
    case '<<': return a << b;
    case '>>': return a >> b;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '==': return Number(a === b);
    case '!=': return Number(a !== b);
    case '<': return Number(a < b);
    case '>': return Number(a > b);
    case '<=': return Number(a <= b);
    case '>=': return Number(a >= b);
    default: throw new ExpansionError(`${src.trim()}: syntax error in expression (error token is "${op}")`);
  }
}
