/** Token stream with lookahead for the template parser, and Go's parse-error wording. */
import { ExpectedError } from '../../../expected-error';
import { lex, type Token } from './lexer';

export class TemplateError extends ExpectedError {
  /** Output written before an execution error (Go keeps it in the writer). */
  partial = '';

  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Go's item.String(): `EOF`, `<end>` for keywords, `"x"`, long values cut after 10 runes. */
function tokenString(t: Token): string {
  if (t.type === 'eof') return 'EOF';
  if (t.type === 'error') return t.val;
  if (['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue', 'nil'].includes(t.type)) return `<${t.val}>`;
  const runes = [...t.val];
  if (runes.length > 10) return JSON.stringify(runes.slice(0, 10).join('')) + '...';
  return JSON.stringify(t.val);
}

export class TokenCursor {
  protected readonly tokens: Token[];
  protected i = 0;
  protected last: Token;
  protected actionLine = 0;

  constructor(
    protected readonly name: string,
    protected readonly text: string,
  ) {
    this.tokens = lex(text);
    this.last = this.tokens[0]!;
  }

  line(pos: number): number {
    let n = 1;
    for (let i = 0; i < pos && i < this.text.length; i++) if (this.text[i] === '\n') n++;
    return n;
  }

  errorf(message: string): never {
    throw new TemplateError(`template: ${this.name}:${this.line(this.last.pos)}: ${message}`);
  }

  unexpected(t: Token, context: string): never {
    if (t.type === 'error') {
      let extra = '';
      const line = this.line(t.pos);
      if (this.actionLine !== 0 && this.actionLine !== line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(t.val + extra);
    }
    this.errorf(`unexpected ${tokenString(t)} in ${context}`);
  }

  next(): Token {
    this.last = this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]!;
    if (this.i < this.tokens.length - 1 || this.last.type !== 'eof') this.i++;
    return this.last;
  }
  backup(n = 1): void {
    this.i -= n;
  }
  peek(): Token {
    return this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]!;
  }
  nextNonSpace(): Token {
    let t = this.next();
    while (t.type === 'space') t = this.next();
    return t;
  }
  peekNonSpace(): Token {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }
  expect(type: Token['type'], context: string): Token {
    const t = this.nextNonSpace();
    if (t.type !== type) this.unexpected(t, context);
    return t;
  }
}
