/**
 * How psql and mysql cut input into statements: at `;` outside quotes and comments, leading
 * whitespace and `--` comments dropped until a statement starts (psql's lexer does the same).
 */

export class SqlSplitter {
  private buf = '';
  private quote: string | null = null;
  private block = false;

  /** `backslashes`: MySQL's `\'` inside quotes does not end them. */
  constructor(
    private readonly quotes: readonly string[] = ["'", '"'],
    private readonly backslashes = false,
  ) {}

  /** Nothing collected yet. */
  get empty(): boolean {
    return this.buf === '';
  }

  /** Inside an open quote (psql's `'#` / `"#` prompt). */
  get openQuote(): string | null {
    return this.quote;
  }

  /** What is collected and not yet ended by `;`. */
  get pending(): string {
    return this.buf;
  }

  reset(): void {
    this.buf = '';
    this.quote = null;
    this.block = false;
  }

  /** Feed text; returns the statements it completed (each with its `;`). */
  push(text: string): string[] {
    const done: string[] = [];
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (this.buf === '' && !this.quote && !this.block) {
        if (/\s/.test(ch)) {
          i++;
          continue;
        }
        if (text.startsWith('--', i)) {
          const nl = text.indexOf('\n', i);
          i = nl < 0 ? text.length : nl + 1;
          continue;
        }
      }
      if (this.block) {
        if (text.startsWith('*/', i)) {
          this.buf += '*/';
          this.block = false;
          i += 2;
        } else this.buf += text[i++];
        continue;
      }
      if (this.quote) {
        if (this.backslashes && ch === '\\' && i + 1 < text.length) {
          this.buf += text.slice(i, i + 2);
          i += 2;
          continue;
        }
        this.buf += ch;
        if (ch === this.quote) this.quote = null;
        i++;
        continue;
      }
      if (this.quotes.includes(ch)) this.quote = ch;
      else if (text.startsWith('--', i)) {
        const nl = text.indexOf('\n', i);
        const end = nl < 0 ? text.length : nl;
        this.buf += text.slice(i, end);
        i = end;
        continue;
      } else if (text.startsWith('/*', i)) {
        this.block = true;
        this.buf += '/*';
        i += 2;
        continue;
      } else if (ch === ';') {
        done.push(this.buf + ';');
        this.buf = '';
        i++;
        continue;
      }
      this.buf += ch;
      i++;
    }
    return done;
  }
}
