/**
 * Compound commands: if, for (both forms), while/until, case, { }, ( ), (( )) and [[ ]].
 * Returns null when the token does not start one.
 */
import type { AndOr, CaseCommand, Command, List, Word } from './ast';
import { IncompleteInput, ShellSyntaxError } from './errors';
import type { Token } from './lexer';
import { isPlain, type Parser } from './parser';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseCompound(p: Parser, t: Token): Command | null {
  if (t.t === 'arith') {
    p.next();
    return { k: 'arith', expr: t.sections.length === 1 ? (t.sections[0] as Word) : [], redirs: [] };
  }
  if (t.t === 'op' && t.v === '(') {
    p.next();
    const body = p.parseList(new Set([')']), true);
    if (body.length === 0) throw p.unexpected(p.peek());
    p.expect(')');
    return { k: 'subshell', body, redirs: [] };
  }
  if (t.t !== 'word' || !isPlain(t)) return null;
  switch (t.raw) {
    case '{': {
      p.next();
      const body = nonEmpty(p, p.parseList(new Set(['}']), true));
      p.expect('}');
      return { k: 'group', body, redirs: [] };
    }
    case 'if':
      return parseIf(p);
    case 'while':
    case 'until': {
      p.next();
      const cond = nonEmpty(p, p.parseList(new Set(['do']), true));
      const body = doGroup(p);
      return { k: 'while', until: t.raw === 'until', cond, body, redirs: [] };
    }
    case 'for':
      return parseFor(p);
    case 'case':
      return parseCase(p);
    case 'function': {
      p.next();
      const name = p.peek();
      if (name.t !== 'word') throw p.unexpected(name);
      return p.parseFunction(name.raw);
    }
    case '[[':
      return parseCond(p);
    default:
      return null;
  }
}

function nonEmpty(p: Parser, list: List): List {
  if (list.length === 0) throw p.unexpected(p.peek());
  return list;
}

function parseIf(p: Parser): Command {
  p.next();
  const clauses: { cond: List; body: List }[] = [];
  let otherwise: List | null = null;
  for (;;) {
    const cond = nonEmpty(p, p.parseList(new Set(['then']), true));
    p.expect('then');
    const body = nonEmpty(p, p.parseList(new Set(['elif', 'else', 'fi']), true));
    clauses.push({ cond, body });
    if (p.peekWord('elif')) {
      p.next();
      continue;
    }
    if (p.peekWord('else')) {
      p.next();
      otherwise = nonEmpty(p, p.parseList(new Set(['fi']), true));
    }
    p.expect('fi');
    return { k: 'if', clauses, otherwise, redirs: [] };
  }
}

function doGroup(p: Parser): List {
  p.skipNewlines();
  p.expect('do');
  const body = nonEmpty(p, p.parseList(new Set(['done']), true));
  p.expect('done');
  return body;
}

function parseFor(p: Parser): Command {
  p.next();
  const head = p.next();
  if (head.t === 'arith') {
    const [init = [], cond = [], step = []] = head.sections;
    if (head.sections.length !== 3) throw new ShellSyntaxError('((', head.line);
    p.skipSemicolon();
    const body = doGroup(p);
    return {
      k: 'while',
      until: false,
      cond: [arithLine(cond.length ? cond : [{ k: 'lit', v: '1' }])],
      body: [...body, arithLine(step)],
      redirs: [],
      init: arithLine(init),
    };
  }
  if (head.t === 'eof') throw new IncompleteInput('eof', '', head.line);
  if (head.t !== 'word' || !NAME.test(head.raw)) throw p.unexpected(head);
  let items: Word[] | null = null;
  p.skipNewlines();
  if (p.peekWord('in')) {
    p.next();
    items = [];
    for (let t = p.peek(); t.t === 'word'; t = p.peek()) {
      items.push(t.parts);
      p.next();
    }
    const sep = p.peek();
    if (sep.t === 'op' && sep.v === ';') p.next();
    else if (sep.t !== 'nl') throw p.unexpected(sep);
  } else p.skipSemicolon();
  return { k: 'for', name: head.raw, items, body: doGroup(p), redirs: [] };
}

function arithLine(expr: Word): AndOr {
  return { first: { negate: false, cmds: [{ k: 'arith' as const, expr, redirs: [] }] }, rest: [], background: false };
}

function parseCase(p: Parser): CaseCommand {
  p.next();
  const subject = p.next();
  if (subject.t === 'eof') throw new IncompleteInput('eof', '', subject.line);
  if (subject.t !== 'word') throw p.unexpected(subject);
  p.skipNewlines();
  p.expect('in');
  const items: CaseCommand['items'] = [];
  for (;;) {
    p.skipNewlines();
    if (p.peekWord('esac')) {
      p.next();
      return { k: 'case', subject: subject.parts, items, redirs: [] };
    }
    const open = p.peek();
    if (open.t === 'op' && open.v === '(') p.next();
    const patterns: Word[] = [];
    for (;;) {
      const w = p.next();
      if (w.t === 'eof') throw new IncompleteInput('eof', '', w.line);
      if (w.t !== 'word') throw p.unexpected(w);
      patterns.push(w.parts);
      const sep = p.next();
      if (sep.t === 'op' && sep.v === '|') continue;
      if (sep.t === 'op' && sep.v === ')') break;
      throw p.unexpected(sep);
    }
    const body = p.parseList(new Set([';;', ';&', ';;&', 'esac']), true);
    const end = p.peek();
    let fallthrough = false;
    let testNext = false;
    if (end.t === 'op' && (end.v === ';;' || end.v === ';&' || end.v === ';;&')) {
      fallthrough = end.v === ';&';
      testNext = end.v === ';;&';
      p.next();
    }
    items.push({ patterns, body, fallthrough, testNext });
  }
}

function parseCond(p: Parser): Command {
  const start = p.next();
  const words: Word[] = [];
  for (;;) {
    const t = p.next();
    if (t.t === 'eof') throw new IncompleteInput('eof', '', t.line);
    if (t.t === 'word' && t.raw === ']]') break;
    const prev = words[words.length - 1];
    if (prev && prev.length === 1 && prev[0]?.k === 'lit' && prev[0].v === '=~') {
      words.push(regexWord(p, t));
      continue;
    }
    if (t.t === 'word') words.push(t.parts);
    else if (t.t === 'op' && ['&&', '||', '(', ')', '<', '>', '!'].includes(t.v)) words.push([{ k: 'lit', v: t.v }]);
    else if (t.t === 'nl') throw new ShellSyntaxError('newline', t.line);
    else throw p.unexpected(t);
  }
  if (words.length === 0) throw new ShellSyntaxError(']]', start.line);
  return { k: 'cond', words, redirs: [] };
}

/** The right side of =~: parentheses and | belong to the regex (bash allows no spaces there). */
function regexWord(p: Parser, first: Token): Word {
  const word: Word = [];
  let depth = 0;
  for (let t: Token = first; ; t = p.next()) {
    if (t.t === 'word') word.push(...t.parts);
    else if (t.t === 'op' && ['(', ')', '|', '<', '>'].includes(t.v)) {
      depth += t.v === '(' ? 1 : t.v === ')' ? -1 : 0;
      word.push({ k: 'lit', v: t.v });
    } else throw p.unexpected(t);
    const next = p.peek();
    const endsHere = (next.t === 'word' && next.raw === ']]') || (depth === 0 && next.t === 'op' && (next.v === '&&' || next.v === '||'));
    if (endsHere || next.t === 'eof' || next.t === 'nl') return word;
  }
}
