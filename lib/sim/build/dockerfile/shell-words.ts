/**
 * Building blocks of the Dockerfile lexer: a code-point scanner and BuildKit's word splitter
 * (whitespace splits words, except inside quotes and escapes).
 */
export const EOF = '';

export class Words {
  words: string[] = [];
  buf = '';
  inWord = false;
  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.buf !== '') {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else this.addRaw(ch);
  }
  addRaw(s: string): void {
    this.buf += s;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }
  done(): string[] {
    if (this.buf !== '') {
      this.words.push(this.buf);
      this.buf = '';
      this.inWord = false;
    }
    return this.words;
  }
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f' || ch === '\u0085' || ch === '\u00a0';
}

export const isDigit = (ch: string) => ch >= '0' && ch <= '9';
export const isNameChar = (ch: string) => /^[\p{L}\p{Nd}_]$/u.test(ch);
export const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

export class Scanner {
  private pos = 0;
  private readonly chars: string[];
  constructor(text: string) {
    this.chars = Array.from(text);
  }
  peek(): string {
    return this.chars[this.pos] ?? EOF;
  }
  next(): string {
    return this.chars[this.pos++] ?? EOF;
  }
}
