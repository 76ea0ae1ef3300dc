/**
 * The parser: tokens → AST (ast.ts). Recursive descent over bash's grammar subset: lists, and-or,
 * pipelines, simple commands with assignments and redirections, if/for/while/until/case, groups,
 * subshells, functions, (( )) and [[ ]].
 * Incomplete input (open `if`, trailing `|`) throws IncompleteInput; bad tokens throw ShellSyntaxError.
 */
import type { AndOr, Command, List, Pipeline, Redir, RedirOp, SimpleCommand, Word } from './ast';
import { IncompleteInput, ShellSyntaxError } from './errors';
import { lex, type LexOptions, type Token } from './lexer';
import type { Scanner } from './lex-word';
import { parseCompound } from './parse-compound';
import { assignment } from './parse-assign';

const REDIR_OPS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<', '>|', '<>']);
const RESERVED_START = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in']);

/** Builds a scanner whose nested lists are parsed by this parser. */
export function scannerFor(src: string, depth = 0, line = 1): Scanner {
  return {
    src,
    pos: 0,
    line,
    depth,
    parseParen(s: Scanner): List {
      const inner: Scanner = { ...s, depth: s.depth + 1 };
      const { tokens } = lex(inner, { untilParen: true });
      s.pos = inner.pos;
      s.line = inner.line;
      return new Parser(tokens).parseAll();
    },
    parseString(text: string, d: number): List {
      const { tokens } = lex(scannerFor(text, d), {});
      return new Parser(tokens).parseAll();
    },
  };
}

/** Tokenize and parse a whole source. */
export function parse(src: string, opts: LexOptions = {}): { parser: Parser; warnings: string[] } {
  const { tokens, warnings } = lex(scannerFor(src), opts);
  return { parser: new Parser(tokens), warnings };
}

export class Parser {
  private i = 0;

  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  /** Everything (used for $( … ) bodies and scripts parsed in one go). */
  parseAll(): List {
    const out: List = [];
    for (let list = this.parseNext(); list; list = this.parseNext()) out.push(...list);
    return out;
  }

  /** The next newline-terminated command line, or null at the end of input. */
  parseNext(): List | null {
    this.skipNewlines();
    if (this.peek().t === 'eof') return null;
    const list = this.parseList(new Set());
    const t = this.peek();
    if (t.t === 'nl') this.next();
    else if (t.t !== 'eof') throw this.unexpected(t);
    return list;
  }

  /** and-or lists separated by `;`/`&` (and newlines when `multiline`), until a stop word. */
  parseList(stops: ReadonlySet<string>, multiline = false): List {
    const list: List = [];
    for (;;) {
      if (multiline) this.skipNewlines();
      const t = this.peek();
      if (t.t === 'eof') {
        if (stops.size > 0) throw new IncompleteInput('eof', '', t.line);
        break;
      }
      if (t.t === 'word' && stops.has(t.raw) && isPlain(t)) break;
      if (t.t === 'op' && (stops.has(t.v) || (t.v === ')' && stops.has(')')))) break;
      if (t.t === 'nl') {
        if (!multiline) break;
        continue;
      }
      const andOr = this.parseAndOr();
      list.push(andOr);
      const sep = this.peek();
      if (sep.t === 'op' && (sep.v === ';' || sep.v === '&')) {
        this.next();
        andOr.background = sep.v === '&';
        continue;
      }
      if (sep.t === 'nl' && multiline) continue;
      if (sep.t === 'nl' || sep.t === 'eof') continue;
      if (sep.t === 'op' && (stops.has(sep.v) || sep.v === ')')) break;
      if (sep.t === 'word' && stops.has(sep.raw)) break;
      throw this.unexpected(sep);
    }
    return list;
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (let t = this.peek(); t.t === 'op' && (t.v === '&&' || t.v === '||'); t = this.peek()) {
      this.next();
      this.skipNewlines();
      rest.push({ op: t.v as '&&' | '||', pipeline: this.parsePipeline() });
    }
    return { first, rest, background: false };
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    let timed: Pipeline['timed'];
    for (;;) {
      if (this.peekWord('!')) {
        this.next();
        negate = !negate;
      } else if (timed === undefined && this.peekWord('time')) {
        const line = this.next().line;
        timed = this.peekWord('-p') && this.next() ? 'posix' : 'bash';
        // `time` with nothing after it: the `time` command, which reports nothing
        const t = this.peek();
        if (t.t === 'eof' || t.t === 'nl' || (t.t === 'op' && (t.v === ';' || t.v === '&'))) {
          const words = timed === 'posix' ? [[{ k: 'lit' as const, v: 'time' }], [{ k: 'lit' as const, v: '-p' }]] : [[{ k: 'lit' as const, v: 'time' }]];
          return { negate, cmds: [{ k: 'simple', assigns: [], words, redirs: [], line }] };
        }
      } else break;
    }
    const cmds: Command[] = [this.parseCommand()];
    for (let t = this.peek(); t.t === 'op' && (t.v === '|' || t.v === '|&'); t = this.peek()) {
      this.next();
      if (t.v === '|&') appendRedir(cmds[cmds.length - 1] as Command, { fd: 2, op: '>&', target: [{ k: 'lit', v: '1' }] });
      this.skipNewlines();
      cmds.push(this.parseCommand());
    }
    return timed ? { negate, cmds, timed } : { negate, cmds };
  }

  parseCommand(): Command {
    const t = this.peek();
    if (t.t === 'eof') throw new IncompleteInput('eof', '', t.line);
    const compound = parseCompound(this, t);
    if (compound) {
      if (compound.k !== 'func') this.parseRedirs(compound.redirs);
      return compound;
    }
    if (t.t === 'word' && isPlain(t) && RESERVED_START.has(t.raw)) throw new ShellSyntaxError(t.raw, t.line);
    if (t.t === 'word' && isPlain(t) && this.isFunctionHead()) return this.parseFunction(t.raw);
    return this.parseSimple();
  }

  private isFunctionHead(): boolean {
    const a = this.peek(1);
    const b = this.peek(2);
    return a.t === 'op' && a.v === '(' && b.t === 'op' && b.v === ')';
  }

  parseFunction(name: string): Command {
    this.next();
    if (this.peek().t === 'op') {
      this.next();
      this.next();
    }
    this.skipNewlines();
    const body = this.parseCommand();
    if (body.k === 'simple' || body.k === 'func') throw this.unexpected(this.peek());
    return { k: 'func', name, body };
  }

  private parseSimple(): SimpleCommand {
    const first = this.peek();
    const cmd: SimpleCommand = { k: 'simple', assigns: [], words: [], redirs: [], line: first.line };
    for (;;) {
      const t = this.peek();
      if (t.t === 'word') {
        this.next();
        const m = cmd.words.length === 0 ? assignment(t.parts) : null;
        if (m && m.value.length === 0 && !m.index && this.peek().t === 'op' && (this.peek() as { v: string }).v === '(') m.array = this.arrayLiteral();
        if (m) cmd.assigns.push(m);
        else cmd.words.push(t.parts);
      } else if (t.t === 'io' || (t.t === 'op' && REDIR_OPS.has(t.v))) {
        cmd.redirs.push(this.parseRedir());
      } else break;
    }
    if (cmd.assigns.length + cmd.words.length + cmd.redirs.length === 0) throw this.unexpected(first);
    return cmd;
  }

  /** `( word… )` after `name=`: the elements of an array assignment (newlines allowed). */
  private arrayLiteral(): Word[] {
    this.next();
    const items: Word[] = [];
    for (;;) {
      const t = this.next();
      if (t.t === 'op' && t.v === ')') return items;
      if (t.t === 'word') items.push(t.parts);
      else if (t.t === 'eof') throw new IncompleteInput('eof', '', t.line);
      else if (t.t !== 'nl') throw this.unexpected(t);
    }
  }

  parseRedirs(into: Redir[]): void {
    for (let t = this.peek(); t.t === 'io' || (t.t === 'op' && REDIR_OPS.has(t.v)); t = this.peek()) into.push(this.parseRedir());
  }

  private parseRedir(): Redir {
    let fd: number | null = null;
    if (this.peek().t === 'io') fd = (this.next() as { fd: number }).fd;
    const op = this.next() as Extract<Token, { t: 'op' }>;
    const target = this.peek();
    if (target.t === 'eof') throw new ShellSyntaxError('newline', target.line);
    if (target.t !== 'word') throw this.unexpected(target);
    this.next();
    if (op.heredoc) return { fd, op: op.v as RedirOp, target: op.heredoc.body, literal: op.heredoc.literal };
    return { fd, op: op.v as RedirOp, target: target.parts };
  }

  peekWord(word: string): boolean {
    const t = this.peek();
    return t.t === 'word' && t.raw === word && isPlain(t);
  }

  /** Consume a required keyword or operator. */
  expect(word: string): void {
    const t = this.peek();
    if ((t.t === 'word' && t.raw === word) || (t.t === 'op' && t.v === word)) {
      this.next();
      return;
    }
    throw this.unexpected(t);
  }

  /** An optional `;` then newlines (after `for x` / `for ((…))`). */
  skipSemicolon(): void {
    const t = this.peek();
    if (t.t === 'op' && t.v === ';') this.next();
    this.skipNewlines();
  }

  skipNewlines(): void {
    while (this.peek().t === 'nl') this.next();
  }

  unexpected(t: Token): Error {
    switch (t.t) {
      case 'eof':
        return new IncompleteInput('eof', '', t.line);
      case 'nl':
        return new ShellSyntaxError('newline', t.line);
      case 'word':
        return new ShellSyntaxError(t.raw, t.line);
      case 'op':
        return new ShellSyntaxError(t.v, t.line);
      case 'io':
        return new ShellSyntaxError(String(t.fd), t.line);
      case 'arith':
        return new ShellSyntaxError('((', t.line);
    }
  }
}

/** A keyword only counts when written plainly (not quoted, not expanded). */
export function isPlain(t: Extract<Token, { t: 'word' }>): boolean {
  return t.parts.length === 1 && t.parts[0]?.k === 'lit';
}

function appendRedir(cmd: Command, redir: Redir): void {
  if (cmd.k === 'func') return;
  cmd.redirs.push(redir);
}
