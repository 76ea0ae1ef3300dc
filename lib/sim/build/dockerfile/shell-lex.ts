/**
 * Dockerfile variable substitution and word splitting, as BuildKit's shell.Lex does it:
 * `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR:+word}`, `${VAR-word}`, `${VAR?msg}`, `${VAR#pat}`,
 * `${VAR%pat}`, `${VAR/pat/repl}`, single and double quotes, the escape token (`\` or a backtick).
 * Not a POSIX shell: no command substitution, no field splitting of unquoted results beyond
 * whitespace, and `<<` is kept as-is (heredoc markers).
 */
import { LexError } from './shell-errors';
import { compilePattern, trimPrefix, trimSuffix } from './shell-pattern';
import { EOF, isDigit, isNameChar, Scanner, SPECIAL_PARAMS, Words } from './shell-words';

export { LexError } from './shell-errors';
export { isSpace } from './shell-words';

export interface EnvGetter {
  get(key: string): string | undefined;
  keys(): readonly string[];
}

export interface LexOptions {
  /** Keep quote characters in the result (used for RUN step names and heredoc detection). */
  rawQuotes?: boolean;
  /** Keep escape characters in the result. */
  rawEscapes?: boolean;
  /** Leave `$UNSET` / `${UNSET…}` untouched instead of expanding to ''. */
  skipUnsetEnv?: boolean;
  /** Treat quotes as ordinary characters. */
  skipProcessQuotes?: boolean;
}

export interface LexResult {
  result: string;
  words: string[];
  /** Variables the word referred to that were set / not set. */
  matched: Set<string>;
  unmatched: Set<string>;
}


export const emptyEnv: EnvGetter = { get: () => undefined, keys: () => [] };

/** An EnvGetter over `KEY=value` strings (later entries win). */
export function envFromList(list: readonly string[]): EnvGetter {
  const map = new Map<string, string>();
  for (const kv of list) {
    const i = kv.indexOf('=');
    map.set(i < 0 ? kv : kv.slice(0, i), i < 0 ? '' : kv.slice(i + 1));
  }
  return { get: (k) => map.get(k), keys: () => [...map.keys()] };
}

class ShellWord {
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  private readonly sc: Scanner;
  constructor(
    text: string,
    private readonly env: EnvGetter,
    private readonly escape: string,
    private readonly o: LexOptions,
    private rawEscapes: boolean,
  ) {
    this.sc = new Scanner(text);
  }

  processStopOn(stop: string, rawEscapes: boolean): { result: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.loop(stop);
    } finally {
      this.rawEscapes = saved;
    }
  }

  private loop(stop: string): { result: string; words: string[] } {
    let result = '';
    const words = new Words();
    while (this.sc.peek() !== EOF) {
      const ch = this.sc.peek();
      if (stop !== EOF && ch === stop) {
        this.sc.next();
        return { result, words: words.done() };
      }
      if (ch === '$') {
        const v = this.dollar();
        result += v;
        words.addString(v);
      } else if (ch === '<') {
        const v = this.possibleHeredoc();
        result += v;
        words.addRaw(v);
      } else if (!this.o.skipProcessQuotes && (ch === "'" || ch === '"')) {
        const v = ch === "'" ? this.singleQuote() : this.doubleQuote();
        result += v;
        words.addRaw(v);
      } else {
        let c = this.sc.next();
        if (c === this.escape) {
          if (this.rawEscapes) {
            words.addRaw(c);
            result += c;
          }
          c = this.sc.next();
          if (c === EOF) break;
          words.addRaw(c);
        } else words.addChar(c);
        result += c;
      }
    }
    if (stop !== EOF) throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
    return { result, words: words.done() };
  }

  private singleQuote(): string {
    let out = '';
    const open = this.sc.next();
    if (this.o.rawQuotes) out += open;
    for (;;) {
      const c = this.sc.next();
      if (c === EOF) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (c === "'") return this.o.rawQuotes ? out + c : out;
      out += c;
    }
  }

  private doubleQuote(): string {
    let out = '';
    const open = this.sc.next();
    if (this.o.rawQuotes) out += open;
    for (;;) {
      const p = this.sc.peek();
      if (p === EOF) throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (p === '"') {
        const c = this.sc.next();
        return this.o.rawQuotes ? out + c : out;
      }
      if (p === '$') {
        out += this.dollar();
        continue;
      }
      let c = this.sc.next();
      if (c === this.escape) {
        if (this.rawEscapes) out += c;
        const n = this.sc.peek();
        if (n === EOF) continue;
        if (n === '"' || n === '$' || n === this.escape) c = this.sc.next();
      }
      out += c;
    }
  }

  private lookup(name: string): string | undefined {
    const v = this.env.get(name);
    if (v !== undefined) this.matched.add(name);
    else this.unmatched.add(name);
    return v;
  }

  private dollar(): string {
    this.sc.next();
    if (this.sc.peek() !== '{') {
      const name = this.name();
      if (name === '') return '$';
      const v = this.lookup(name);
      if (v === undefined && this.o.skipUnsetEnv) return '$' + name;
      return v ?? '';
    }
    this.sc.next();
    const first = this.sc.peek();
    if (first === EOF) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution');
    const name = this.name();
    let ch = this.sc.next();
    let chs = ch === EOF ? '\ufffd' : ch;
    if (ch === '}') {
      const v = this.lookup(name);
      if (v === undefined && this.o.skipUnsetEnv) return `\${${name}}`;
      return v ?? '';
    }
    if (ch === '/') return this.replace(name);
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.sc.next();
      chs += ch === EOF ? '\ufffd' : ch;
    } else if (!'+-?#%'.includes(ch) || ch === EOF) {
      throw new LexError(`unsupported modifier (${chs}) in substitution`);
    }
    const raw = ch === '#' || ch === '%';
    if (nullIsUnset && raw) throw new LexError(`unsupported modifier (${chs}) in substitution`);
    let word: string;
    try {
      word = this.processStopOn('}', raw).result;
    } catch (e) {
      if (this.sc.peek() === EOF) throw new LexError("syntax error: missing '}'");
      throw e;
    }
    const value = this.lookup(name);
    if (this.o.skipUnsetEnv && value === undefined) return `\${${name}${chs}${word}}`;
    const unsetLike = value === undefined || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return unsetLike ? word : value!;
      case '+':
        return unsetLike ? '' : word;
      case '?':
        if (value === undefined) throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new LexError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value;
      case '%':
      case '#': {
        const greedy = word.startsWith(ch);
        const pat = greedy ? word.slice(1) : word;
        return ch === '%' ? trimSuffix(pat, value ?? '', greedy) : trimPrefix(pat, value ?? '', greedy);
      }
      default:
        throw new LexError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private replace(name: string): string {
    const all = this.sc.peek() === '/';
    if (all) this.sc.next();
    let pattern: string;
    let repl: string;
    try {
      pattern = this.processStopOn('/', true).result;
    } catch (e) {
      if (this.sc.peek() === EOF) throw new LexError("syntax error: missing '/' in ${}");
      throw e;
    }
    try {
      repl = this.processStopOn('}', true).result;
    } catch (e) {
      if (this.sc.peek() === EOF) throw new LexError("syntax error: missing '}'");
      throw e;
    }
    const value = this.lookup(name);
    if (this.o.skipUnsetEnv && value === undefined) return `\${${name}/${pattern}/${repl}}`;
    const re = compilePattern(pattern, true, false, all);
    return (value ?? '').replace(re, () => repl);
  }

  private name(): string {
    let name = '';
    for (;;) {
      const ch = this.sc.peek();
      if (ch === EOF) return name;
      if (name === '' && isDigit(ch)) {
        while (isDigit(this.sc.peek())) name += this.sc.next();
        return name;
      }
      if (name === '' && SPECIAL_PARAMS.has(ch)) return this.sc.next();
      if (!isNameChar(ch)) return name;
      name += this.sc.next();
    }
  }

  private possibleHeredoc(): string {
    this.sc.next();
    if (this.sc.peek() !== '<') return '<';
    this.sc.next();
    let space = '';
    while (this.sc.peek() === ' ' || this.sc.peek() === '\t' || this.sc.peek() === '\r') space += this.sc.next();
    return '<<' + space;
  }
}

export interface Lexer {
  /** Expand one word (quotes removed, spaces kept). Throws LexError (BuildKit wraps it: `failed to process "…": …`). */
  processWord(word: string, env: EnvGetter): LexResult;
  /** Expand and split into words. */
  processWords(word: string, env: EnvGetter): string[];
}

export function newLexer(escape = '\\', o: LexOptions = {}): Lexer {
  const run = (word: string, env: EnvGetter): LexResult => {
    const sw = new ShellWord(word, env, escape, o, o.rawEscapes ?? false);
    try {
      const { result, words } = sw.processStopOn(EOF, o.rawEscapes ?? false);
      return { result, words, matched: sw.matched, unmatched: sw.unmatched };
    } catch (e) {
      if (e instanceof LexError) throw new LexError(`failed to process ${goQuote(word)}: ${e.message}`);
      throw e;
    }
  };
  return { processWord: run, processWords: (w, env) => run(w, env).words };
}

/** Go's %q for a string (enough for error messages). */
export function goQuote(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}
