/**
 * A deliberately tiny expression language for `python -c` and `node -e` one-liners: number and
 * string literals, names bound by simple assignments, + - * / // % ** with parentheses and unary
 * minus, and calls the caller provides (print, console.log, len, str…). Anything else raises
 * Unsupported so the tools can say honestly that the simulator does not run real programs.
 */
import { ExpectedError } from '../../expected-error';

/** A Python float (`6 / 3` is `2.0`); JavaScript numbers are plain numbers. */
export class PyFloat {
  constructor(readonly f: number) {}
}

export type Value = number | string | boolean | null | PyFloat;

const num = (v: Value): number => (v instanceof PyFloat ? v.f : Number(v));

export class Unsupported extends ExpectedError {}

type Tok = { k: 'num' | 'str' | 'name' | 'op'; v: string };

const OPS = ['**', '//', '===', '!==', '==', '!=', '<=', '>=', '+', '-', '*', '/', '%', '(', ')', ',', '.', '<', '>', '[', ']'];

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+)/i.exec(src.slice(i))!;
      out.push({ k: 'num', v: m[0] });
      i += m[0].length;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) {
          const e = src[++j]!;
          s += e === 'n' ? '\n' : e === 't' ? '\t' : e;
        } else s += src[j];
        j++;
      }
      if (j >= src.length) throw new SyntaxError('unterminated string literal');
      if (c === '`' && s.includes('${')) throw new Unsupported('template literals');
      out.push({ k: 'str', v: s });
      i = j + 1;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][\w$]*/.exec(src.slice(i))!;
      out.push({ k: 'name', v: m[0] });
      i += m[0].length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new SyntaxError(`invalid syntax near '${c}'`);
      out.push({ k: 'op', v: op });
      i += op.length;
    }
  }
  return out;
}

export interface Dialect {
  /** Python's `//` and int/float distinction, or JavaScript numbers. */
  lang: 'python' | 'js';
  vars: Map<string, Value>;
  /** Dotted names and calls (`console.log`, `print`, `len`); null when unknown. */
  call(name: string, args: Value[]): Value | undefined;
  attr(name: string): Value | undefined;
}

export function evaluate(toks: Tok[], d: Dialect): Value {
  let p = 0;
  const peek = () => toks[p];
  const eat = (v: string) => {
    if (toks[p]?.v !== v) throw new SyntaxError(`expected '${v}'`);
    p++;
  };
  const BIN: Record<string, number> = { '==': 1, '!=': 1, '===': 1, '!==': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '+': 2, '-': 2, '*': 3, '/': 3, '//': 3, '%': 3, '**': 5 };
  const expr = (min: number): Value => {
    let left = unary();
    for (let t = peek(); t && t.k === 'op' && BIN[t.v] !== undefined && BIN[t.v]! >= min; t = peek()) {
      p++;
      const prec = BIN[t.v]!;
      const right = expr(t.v === '**' ? prec : prec + 1);
      left = binary(t.v, left, right, d.lang);
    }
    return left;
  };
  const unary = (): Value => {
    const t = peek();
    if (t?.v === '-' || t?.v === '+') {
      p++;
      const v = unary();
      if (typeof v !== 'number' && !(v instanceof PyFloat)) throw new TypeError(`bad operand type for unary ${t.v}`);
      if (v instanceof PyFloat) return new PyFloat(t.v === '-' ? -v.f : v.f);
      return t.v === '-' ? -v : v;
    }
    return primary();
  };
  const primary = (): Value => {
    const t = toks[p++];
    if (!t) throw new SyntaxError('unexpected end of input');
    if (t.k === 'num') return d.lang === 'python' && /[.e]/i.test(t.v) ? new PyFloat(Number(t.v)) : Number(t.v);
    if (t.k === 'str') return t.v;
    if (t.v === '(') {
      const v = expr(0);
      eat(')');
      return v;
    }
    if (t.k !== 'name') throw new SyntaxError(`invalid syntax near '${t.v}'`);
    let name = t.v;
    while (peek()?.v === '.' && toks[p + 1]?.k === 'name') {
      name += '.' + toks[p + 1]!.v;
      p += 2;
    }
    if (peek()?.v === '(') {
      p++;
      const args: Value[] = [];
      while (peek() && peek()!.v !== ')') {
        args.push(expr(0));
        if (peek()?.v === ',') p++;
      }
      eat(')');
      const r = d.call(name, args);
      if (r === undefined) throw new Unsupported(name);
      return r;
    }
    if (d.vars.has(name)) return d.vars.get(name)!;
    const a = d.attr(name);
    if (a === undefined) throw new ReferenceError(name);
    return a;
  };
  const v = expr(0);
  if (p < toks.length) throw new SyntaxError(`invalid syntax near '${toks[p]!.v}'`);
  return v;
}

function binary(op: string, a: Value, b: Value, lang: 'python' | 'js'): Value {
  if (op === '==' || op === '===') return a instanceof PyFloat || b instanceof PyFloat ? num(a) === num(b) : a === b;
  if (op === '!=' || op === '!==') return a instanceof PyFloat || b instanceof PyFloat ? num(a) !== num(b) : a !== b;
  if (typeof a === 'string' || typeof b === 'string') {
    if (op === '+' && (lang === 'js' || (typeof a === 'string' && typeof b === 'string'))) return String(a) + String(b);
    if (op === '*' && lang === 'python' && typeof b === 'number') return String(a).repeat(Math.max(0, b));
    if (op === '*' && lang === 'python' && typeof a === 'number') return String(b).repeat(Math.max(0, a));
    if ((op === '<' || op === '>' || op === '<=' || op === '>=') && typeof a === 'string' && typeof b === 'string') return compare(op, a, b);
    if (lang === 'js') return jsMixed(op, a, b);
    throw new TypeError(`unsupported operand type(s) for ${op}: '${pyType(a)}' and '${pyType(b)}'`);
  }
  const x = num(a);
  const y = num(b);
  const isFloat = lang === 'python' && (a instanceof PyFloat || b instanceof PyFloat);
  const wrap = (n: number): Value => (isFloat ? new PyFloat(n) : n);
  switch (op) {
    case '+': return wrap(x + y);
    case '-': return wrap(x - y);
    case '*': return wrap(x * y);
    case '/':
      if (lang === 'js') return x / y;
      if (y === 0) throw new ZeroDivisionError('division by zero');
      return new PyFloat(x / y);
    case '//':
      if (lang === 'js') throw new SyntaxError('invalid syntax near \'//\'');
      if (y === 0) throw new ZeroDivisionError('integer division or modulo by zero');
      return wrap(Math.floor(x / y));
    case '%':
      if (lang === 'js') return x % y;
      if (y === 0) throw new ZeroDivisionError('integer modulo by zero');
      return wrap(((x % y) + y) % y);
    case '**': return lang === 'python' && !isFloat && y < 0 ? new PyFloat(x ** y) : wrap(x ** y);
    default: return compare(op, x, y);
  }
}

function jsMixed(op: string, a: Value, b: Value): Value {
  const x = Number(a);
  const y = Number(b);
  switch (op) {
    case '-': return x - y;
    case '*': return x * y;
    case '/': return x / y;
    case '%': return x % y;
    case '**': return x ** y;
    default: return compare(op, x, y);
  }
}

const pyType = (v: Value): string => (typeof v === 'string' ? 'str' : v instanceof PyFloat ? 'float' : typeof v === 'boolean' ? 'bool' : v === null ? 'NoneType' : 'int');

function compare(op: string, a: number | string, b: number | string): boolean {
  return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
}

export class ZeroDivisionError extends ExpectedError {}
