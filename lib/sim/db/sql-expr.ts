/**
 * Expressions: parsing (OR < AND < NOT < comparison < `||` < + - < * / % < unary minus < `::`)
 * and evaluation against one row. Functions are the few a course meets (version(), now(),
 * count(*), upper(), nextval()…); an unknown one is the server's "function does not exist".
 */
import type { Expr, SqlValue } from './sql-ast';
import { SqlError } from './sql-error';
import type { TokenStream } from './sql-stream';

const COMPARE = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);
/** Keywords that read as a function call without parentheses. */
const NILADIC = new Set(['CURRENT_USER', 'CURRENT_DATE', 'CURRENT_TIMESTAMP', 'SESSION_USER', 'LOCALTIMESTAMP']);
const RESERVED = new Set(['FROM', 'WHERE', 'ORDER', 'LIMIT', 'AS', 'AND', 'OR', 'NOT', 'VALUES', 'SET', 'GROUP', 'SELECT', 'INTO']);

export function parseExpr(s: TokenStream): Expr {
  return orExpr(s);
}

function orExpr(s: TokenStream): Expr {
  let l = andExpr(s);
  while (s.is('OR')) {
    const at = s.next().at;
    l = { k: 'bin', op: 'OR', l, r: andExpr(s), at };
  }
  return l;
}

function andExpr(s: TokenStream): Expr {
  let l = notExpr(s);
  while (s.is('AND')) {
    const at = s.next().at;
    l = { k: 'bin', op: 'AND', l, r: notExpr(s), at };
  }
  return l;
}

function notExpr(s: TokenStream): Expr {
  if (s.is('NOT')) {
    const at = s.next().at;
    return { k: 'not', e: notExpr(s), at };
  }
  return comparison(s);
}

function comparison(s: TokenStream): Expr {
  const l = concat(s);
  const t = s.peek;
  if (t.kind === 'op' && COMPARE.has(t.text)) {
    s.next();
    return { k: 'bin', op: t.text === '!=' ? '<>' : t.text, l, r: concat(s), at: t.at };
  }
  if (s.is('LIKE') || (s.is('NOT') && s.is('LIKE', 1))) {
    const not = s.accept('NOT');
    s.next();
    const like: Expr = { k: 'bin', op: 'LIKE', l, r: concat(s), at: t.at };
    return not ? { k: 'not', e: like, at: t.at } : like;
  }
  if (s.is('IS')) {
    s.next();
    const not = s.accept('NOT');
    s.expect('NULL');
    return { k: 'isnull', e: l, not, at: t.at };
  }
  return l;
}

function concat(s: TokenStream): Expr {
  let l = additive(s);
  while (s.isOp('||')) {
    const at = s.next().at;
    l = { k: 'bin', op: '||', l, r: additive(s), at };
  }
  return l;
}

function additive(s: TokenStream): Expr {
  let l = multiplicative(s);
  while (s.isOp('+') || s.isOp('-')) {
    const t = s.next();
    l = { k: 'bin', op: t.text, l, r: multiplicative(s), at: t.at };
  }
  return l;
}

function multiplicative(s: TokenStream): Expr {
  let l = unary(s);
  while (s.isOp('*') || s.isOp('/') || s.isOp('%')) {
    const t = s.next();
    l = { k: 'bin', op: t.text, l, r: unary(s), at: t.at };
  }
  return l;
}

function unary(s: TokenStream): Expr {
  if (s.isOp('-')) {
    const at = s.next().at;
    return { k: 'neg', e: unary(s), at };
  }
  let e = primary(s);
  while (s.acceptOp('::')) {
    const at = s.peek.at;
    e = { k: 'cast', e, type: s.ident().toLowerCase(), at };
  }
  return e;
}

function primary(s: TokenStream): Expr {
  const t = s.peek;
  if (t.kind === 'number') return s.next(), { k: 'lit', v: Number(t.text), at: t.at };
  if (t.kind === 'string') return s.next(), { k: 'lit', v: t.text, at: t.at };
  if (t.kind === 'op' && t.text === '*') return s.next(), { k: 'star', at: t.at };
  if (t.kind === 'op' && t.text === '(') {
    s.next();
    const e = parseExpr(s);
    s.expectOp(')');
    return e;
  }
  if (t.kind === 'quoted') return s.next(), { k: 'col', name: t.text, at: t.at };
  if (t.kind !== 'word' || RESERVED.has(t.text.toUpperCase())) return s.fail();
  const upper = t.text.toUpperCase();
  if (upper === 'NULL') return s.next(), { k: 'lit', v: null, at: t.at };
  if (upper === 'TRUE' || upper === 'FALSE') return s.next(), { k: 'lit', v: upper === 'TRUE', at: t.at };
  if (upper === 'DEFAULT') return s.next(), { k: 'default', at: t.at };
  if (NILADIC.has(upper) && !s.isOp('(')) return s.next(), { k: 'call', name: upper.toLowerCase(), args: [], star: false, at: t.at };
  let name = s.ident();
  while (s.acceptOp('.')) {
    if (s.isOp('*')) return s.next(), { k: 'star', at: t.at };
    name = s.ident();
  }
  if (!s.acceptOp('(')) return { k: 'col', name, at: t.at };
  const args: Expr[] = [];
  let star = false;
  if (s.acceptOp('*')) star = true;
  else if (!s.isOp(')')) {
    s.accept('DISTINCT');
    do args.push(parseExpr(s));
    while (s.acceptOp(','));
  }
  s.expectOp(')');
  return { k: 'call', name: name.toLowerCase(), args, star, at: t.at };
}
