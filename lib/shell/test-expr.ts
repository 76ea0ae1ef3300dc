/**
 * Conditional expressions shared by `test`/`[` and `[[ … ]]`: file tests against the vfs, string
 * and integer comparisons, ! -a -o ( ). In [[ mode, == and != match shell patterns, =~ matches an
 * extended regular expression, && || replace -a -o, and operands are never split.
 */
import type { FileSystem } from '../sim/fs/types';
import { resolvePath } from '../sim/fs/path';
import { matchPattern } from './pattern';

export interface TestToken {
  text: string;
  /** An operator written plainly (always true for `test` arguments). */
  op: boolean;
  /** [[ right-hand side: the pattern text with quoted characters escaped. */
  pattern?: string;
}

export interface TestEnv {
  fs: FileSystem;
  cwd: string;
  uid: number;
  gid: number;
  /** [[ … ]] semantics. */
  cond: boolean;
}

export class TestError extends Error {}

const UNARY = new Set(['-e', '-a', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-z', '-n', '-b', '-c', '-p', '-S', '-t', '-O', '-G', '-N', '-u', '-g', '-k', '-v']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef', '=~']);

/** Evaluate; true/false, or throws TestError with bash's message (status 2). */
export function evalTest(tokens: TestToken[], env: TestEnv): boolean {
  if (tokens.length === 0) return false;
  if (!env.cond) posixShape(tokens);
  const p = new TestParser(tokens, env);
  const v = p.or();
  if (p.pos < tokens.length) throw new TestError(env.cond ? `syntax error in conditional expression` : 'too many arguments');
  return v;
}

/** `test` decides by argument count first (POSIX); these are bash's errors for the short forms. */
function posixShape(t: TestToken[]): void {
  const [a, b, c] = t.map(x => x.text);
  if (t.length === 2 && a !== '!' && !UNARY.has(a as string)) throw new TestError(`${a}: unary operator expected`);
  if (t.length === 3 && !BINARY.has(b as string) && a !== '!' && !(a === '(' && c === ')') && b !== '-a' && b !== '-o') {
    throw new TestError(`${b}: binary operator expected`);
  }
}

class TestParser {
  pos = 0;
  constructor(
    private readonly t: TestToken[],
    private readonly env: TestEnv,
  ) {}

  private peek(o = 0): TestToken | undefined {
    return this.t[this.pos + o];
  }

  private isOp(tok: TestToken | undefined, ...ops: string[]): boolean {
    return tok !== undefined && tok.op && ops.includes(tok.text);
  }

  or(): boolean {
    let v = this.and();
    while (this.isOp(this.peek(), this.env.cond ? '||' : '-o')) {
      this.pos++;
      const r = this.and();
      v = v || r;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.isOp(this.peek(), this.env.cond ? '&&' : '-a') && this.peek(1) !== undefined) {
      this.pos++;
      const r = this.not();
      v = v && r;
    }
    return v;
  }

  private not(): boolean {
    if (this.isOp(this.peek(), '!') && this.peek(1) !== undefined) {
      this.pos++;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const a = this.peek();
    if (!a) throw new TestError(this.env.cond ? 'unexpected argument to conditional expression' : 'argument expected');
    if (this.isOp(a, '(') && this.t.length - this.pos > 1) {
      this.pos++;
      const v = this.or();
      if (!this.isOp(this.peek(), ')')) throw new TestError(this.env.cond ? 'syntax error in conditional expression' : "`)' expected");
      this.pos++;
      return v;
    }
    const b = this.peek(1);
    if (b && b.op && BINARY.has(b.text) && this.peek(2) !== undefined && !(b.text === '=~' && !this.env.cond)) {
      const c = this.peek(2) as TestToken;
      this.pos += 3;
      return this.binary(a.text, b.text, c);
    }
    if (a.op && UNARY.has(a.text) && b !== undefined) {
      this.pos += 2;
      return this.unary(a.text, b.text);
    }
    if (a.op && UNARY.has(a.text) === false && a.text.startsWith('-') && a.text.length === 2 && b !== undefined && !(b.op && BINARY.has(b.text))) {
      throw new TestError(`${a.text}: unary operator expected`);
    }
    this.pos++;
    return a.text !== '';
  }

  private unary(op: string, arg: string): boolean {
    if (op === '-z') return arg === '';
    if (op === '-n') return arg !== '';
    if (op === '-t') return false;
    if (op === '-v') return false;
    const path = resolvePath(this.env.cwd, arg);
    let st;
    try {
      st = op === '-L' || op === '-h' ? this.env.fs.lstat(path) : this.env.fs.stat(path);
    } catch {
      st = null;
    }
    if (arg === '' || !st) return false;
    switch (op) {
      case '-e':
      case '-a':
        return true;
      case '-f':
        return st.type === 'file';
      case '-d':
        return st.type === 'dir';
      case '-L':
      case '-h':
        return st.type === 'symlink';
      case '-s':
        return st.size > 0;
      case '-r':
        return this.can(st, 4);
      case '-w':
        return this.can(st, 2);
      case '-x':
        return this.can(st, 1);
      case '-S':
        return st.special === 'socket';
      case '-O':
        return st.uid === this.env.uid;
      case '-G':
        return st.gid === this.env.gid;
      case '-u':
        return (st.mode & 0o4000) !== 0;
      case '-g':
        return (st.mode & 0o2000) !== 0;
      case '-k':
        return (st.mode & 0o1000) !== 0;
      default:
        return false;
    }
  }

  private can(st: { mode: number; uid: number; gid: number }, bit: number): boolean {
    if (this.env.uid === 0) return bit !== 1 || (st.mode & 0o111) !== 0;
    const shift = st.uid === this.env.uid ? 6 : st.gid === this.env.gid ? 3 : 0;
    return ((st.mode >> shift) & bit) !== 0;
  }

  private binary(a: string, op: string, c: TestToken): boolean {
    const b = c.text;
    switch (op) {
      case '=':
      case '==':
        return this.env.cond ? matchPattern(c.pattern ?? b, a) : a === b;
      case '!=':
        return this.env.cond ? !matchPattern(c.pattern ?? b, a) : a !== b;
      case '<':
        return a < b;
      case '>':
        return a > b;
      case '=~':
        try {
          return new RegExp(b).test(a);
        } catch {
          return false;
        }
      case '-nt':
      case '-ot':
      case '-ef':
        return this.fileCompare(a, op, b);
    }
    const x = this.integer(a);
    const y = this.integer(b);
    switch (op) {
      case '-eq': return x === y;
      case '-ne': return x !== y;
      case '-lt': return x < y;
      case '-le': return x <= y;
      case '-gt': return x > y;
      default: return x >= y;
    }
  }

  private integer(s: string): number {
    if (!/^\s*[-+]?[0-9]+\s*$/.test(s)) throw new TestError(`${s}: integer expression expected`);
    return Number(s.trim());
  }

  private fileCompare(a: string, op: string, b: string): boolean {
    const sa = this.env.fs.stat(resolvePath(this.env.cwd, a));
    const sb = this.env.fs.stat(resolvePath(this.env.cwd, b));
    if (op === '-ef') return sa !== null && sb !== null && resolvePath(this.env.cwd, a) === resolvePath(this.env.cwd, b);
    if (op === '-nt') return sa !== null && (sb === null || sa.mtime > sb.mtime);
    return sb !== null && (sa === null || sa.mtime < sb.mtime);
  }
}
