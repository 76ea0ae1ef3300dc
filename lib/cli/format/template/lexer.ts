/**
 * Tokens of Go's text/template: text, `{{`/`}}` with `{{- `/` -}}` trimming, comments, and
 * everything inside actions (fields, variables, strings, numbers, keywords, pipes, parens).
 * Lexing errors become an `error` token at their position, as in Go.
 */

export type TokenType =
  | 'text' | 'leftDelim' | 'rightDelim' | 'space' | 'identifier' | 'field' | 'variable' | 'dot'
  | 'string' | 'rawString' | 'char' | 'charConstant' | 'number' | 'complex' | 'bool' | 'nil'
  | 'pipe' | 'leftParen' | 'rightParen' | 'declare' | 'assign' | 'error' | 'eof'
  | 'if' | 'else' | 'end' | 'range' | 'with' | 'define' | 'template' | 'block' | 'break' | 'continue';

export interface Token {
  type: TokenType;
  /** Byte-ish offset of the token start in the input (JS string index). */
  pos: number;
  val: string;
}

const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue', 'nil']);
const SPACE = new Set([' ', '\t', '\r', '\n']);
const isSpace = (c: string | undefined) => c !== undefined && SPACE.has(c);
const isAlphaNumeric = (c: string | undefined) => c !== undefined && (c === '_' || /^[\p{L}\p{Nd}]$/u.test(c));
const hasLeftTrim = (s: string) => s.length >= 2 && s[0] === '-' && isSpace(s[1]);
const hasRightTrim = (s: string) => s.length >= 2 && isSpace(s[0]) && s[1] === '-';

/** Go's `%#U`: `U+007D '}'`. */
export function goUnicode(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
}

export function lex(input: string, breakOK = true): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let start = 0;
  let parenDepth = 0;
  const emit = (type: TokenType) => {
    tokens.push({ type, pos: start, val: input.slice(start, pos) });
    start = pos;
  };
  const fail = (message: string) => {
    tokens.push({ type: 'error', pos: start, val: message });
    return false;
  };
  const atRightDelim = (): [boolean, boolean] => {
    if (hasRightTrim(input.slice(pos)) && input.startsWith('}}', pos + 2)) return [true, true];
    return [input.startsWith('}}', pos), false];
  };
  const atTerminator = () => {
    const c = input[pos];
    if (c === undefined || isSpace(c) || '.,|:()'.includes(c)) return true;
    return input.startsWith('}}', pos);
  };
  const accept = (chars: string) => {
    if (pos < input.length && chars.includes(input[pos]!)) {
      pos++;
      return true;
    }
    return false;
  };
  const acceptRun = (chars: string) => {
    while (pos < input.length && chars.includes(input[pos]!)) pos++;
  };
  const scanNumber = () => {
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    if (isAlphaNumeric(input[pos])) {
      pos++;
      return false;
    }
    return true;
  };
  const quoted = (close: string, raw: boolean, what: string): boolean => {
    for (;;) {
      const c = input[pos++];
      if (!raw && c === '\\') {
        const n = input[pos++];
        if (n !== undefined && n !== '\n') continue;
        return fail(`unterminated ${what}`);
      }
      if (c === undefined || (!raw && c === '\n')) return fail(`unterminated ${what}`);
      if (c === close) return true;
    }
  };
  const word = (type: 'field' | 'variable'): boolean => {
    if (atTerminator()) {
      emit(type === 'variable' ? 'variable' : 'dot');
      return true;
    }
    while (isAlphaNumeric(input[pos])) pos++;
    if (!atTerminator()) return fail(`bad character ${goUnicode(input[pos] ?? '')}`);
    emit(type);
    return true;
  };

  /** Inside `{{ … }}`; returns false on error. */
  const insideAction = (): boolean => {
    for (;;) {
      const [delim, trim] = atRightDelim();
      if (delim) {
        if (parenDepth !== 0) return fail('unclosed left paren');
        if (trim) pos += 2;
        start = pos;
        pos += 2;
        emit('rightDelim');
        if (trim) while (isSpace(input[pos])) pos++;
        start = pos;
        return true;
      }
      const c = input[pos];
      if (c === undefined) return fail('unclosed action');
      pos++;
      if (isSpace(c)) {
        let n = 1;
        while (isSpace(input[pos])) {
          pos++;
          n++;
        }
        if (hasRightTrim(input.slice(pos - 1)) && input.startsWith('}}', pos + 1)) {
          pos--; // leave the space before `-}}` for the delimiter
          if (n === 1) continue;
        }
        emit('space');
      } else if (c === '=') emit('assign');
      else if (c === ':') {
        if (input[pos++] !== '=') return fail('expected :=');
        emit('declare');
      } else if (c === '|') emit('pipe');
      else if (c === '"') {
        if (!quoted('"', false, 'quoted string')) return false;
        emit('string');
      } else if (c === '`') {
        if (!quoted('`', true, 'raw quoted string')) return false;
        emit('rawString');
      } else if (c === "'") {
        if (!quoted("'", false, 'character constant')) return false;
        emit('charConstant');
      } else if (c === '$') {
        if (!word('variable')) return false;
      } else if (c === '.' && !(input[pos]! >= '0' && input[pos]! <= '9')) {
        if (!word('field')) return false;
      } else if (c === '.' || c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        pos--;
        if (!scanNumber()) return fail(`bad number syntax: "${input.slice(start, pos)}"`);
        if (input[pos] === '+' || input[pos] === '-') {
          if (!scanNumber() || input[pos - 1] !== 'i') return fail(`bad number syntax: "${input.slice(start, pos)}"`);
          emit('complex');
        } else emit('number');
      } else if (isAlphaNumeric(c)) {
        while (isAlphaNumeric(input[pos])) pos++;
        const w = input.slice(start, pos);
        if (!atTerminator()) return fail(`bad character ${goUnicode(input[pos] ?? '')}`);
        if (KEYWORDS.has(w) && !((w === 'break' || w === 'continue') && !breakOK)) emit(w as TokenType);
        else emit(w === 'true' || w === 'false' ? 'bool' : 'identifier');
      } else if (c === '(') {
        emit('leftParen');
        parenDepth++;
      } else if (c === ')') {
        emit('rightParen');
        if (--parenDepth < 0) return fail(`unexpected right paren ${goUnicode(c)}`);
      } else if (c.charCodeAt(0) < 0x7f && c.charCodeAt(0) >= 0x20) emit('char');
      else return fail(`unrecognized character in action: ${goUnicode(c)}`);
    }
  };

  for (;;) {
    const x = input.indexOf('{{', pos);
    if (x < 0) {
      pos = input.length;
      if (pos > start) emit('text');
      emit('eof');
      return tokens;
    }
    pos = x;
    const trimLeft = hasLeftTrim(input.slice(pos + 2));
    let textEnd = pos;
    if (trimLeft) while (textEnd > start && isSpace(input[textEnd - 1])) textEnd--;
    if (textEnd > start) tokens.push({ type: 'text', pos: start, val: input.slice(start, textEnd) });
    start = pos;
    pos += 2;
    const after = trimLeft ? 2 : 0;
    if (input.startsWith('/*', pos + after)) {
      pos += after + 2;
      const end = input.indexOf('*/', pos);
      if (end < 0) return [...tokens, { type: 'error', pos: start, val: 'unclosed comment' }];
      pos = end + 2;
      const [delim, trim] = atRightDelim();
      if (!delim) return [...tokens, { type: 'error', pos: start, val: 'comment ends before closing delimiter' }];
      pos += (trim ? 2 : 0) + 2;
      if (trim) while (isSpace(input[pos])) pos++;
      start = pos;
      continue;
    }
    emit('leftDelim');
    pos += after;
    start = pos;
    parenDepth = 0;
    if (!insideAction()) return tokens;
  }
}
