/**
 * compose-go's template.Substitute: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?err}`, `${VAR?err}`, `${VAR:+alt}`, `${VAR+alt}`, `$$` (a literal `$`), nested
 * defaults, and its errors. Unset plain variables become '' with compose's warning.
 */
import { ComposeError, type Warn } from './errors';

/** Looks a variable up: its value, or undefined when unset. */
export type Lookup = (name: string) => string | undefined;

export class InvalidTemplateError extends ComposeError {
  constructor(readonly template: string) {
    super(`Invalid template: ${JSON.stringify(template)}`, 'interpolation');
  }
}

export class MissingRequiredError extends ComposeError {
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(reason !== '' ? `required variable ${variable} is missing a value: ${reason}` : `required variable ${variable} is missing a value`, 'interpolation');
  }
}

const isNameStart = (c: string | undefined) => c !== undefined && /[_a-zA-Z]/.test(c);
const isNameChar = (c: string | undefined) => c !== undefined && /[_a-zA-Z0-9]/.test(c);
const OPERATORS = [':?', '?', ':-', '-', ':+', '+'] as const;
type Operator = (typeof OPERATORS)[number];

/** getSubstitutionFunctionForTemplate: the operator occurring first in the matched text. */
function firstOperator(text: string): Operator {
  let best: Operator = OPERATORS[0];
  let bestAt = Infinity;
  for (const op of OPERATORS) {
    const at = text.indexOf(op);
    if (at >= 0 && at < bestAt) {
      best = op;
      bestAt = at;
    }
  }
  return best;
}

/** getFirstBraceClosingIndex: the index of the `}` closing the first `{` (nested braces counted), or -1. */
export function firstClosingBrace(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

/** Where the default pattern's match starting at `$` (index i) ends, or -1 for no match / 'invalid'. */
function matchEnd(t: string, i: number): number | 'invalid' {
  const c = t[i + 1];
  if (c === '$') return i + 2;
  if (isNameStart(c)) {
    let j = i + 2;
    while (isNameChar(t[j])) j++;
    return j;
  }
  if (c !== '{') return -1;
  let j = i + 2;
  if (!isNameStart(t[j])) return 'invalid';
  while (isNameChar(t[j])) j++;
  const after = t[j] === ':' ? j + 1 : j;
  if (t[after] === '-' || t[after] === '+' || t[after] === '?') {
    const lineEnd = t.indexOf('\n', after);
    const close = t.lastIndexOf('}', lineEnd < 0 ? t.length : lineEnd);
    if (close > after) return close + 1;
  }
  return t[j] === '}' ? j + 1 : 'invalid';
}

export class Substituter {
  constructor(
    private readonly lookup: Lookup,
    private readonly warn: Warn | null,
  ) {}

  substitute(template: string): string {
    let out = '';
    let i = 0;
    for (;;) {
      const at = template.indexOf('$', i);
      if (at < 0) return out + template.slice(i);
      const end = matchEnd(template, at);
      if (end === -1) {
        out += template.slice(i, at + 1);
        i = at + 1;
        continue;
      }
      if (end === 'invalid') throw new InvalidTemplateError(template);
      out += template.slice(i, at) + this.replace(template.slice(at, end), template);
      i = end;
    }
  }

  private replace(matched: string, whole: string): string {
    if (matched === '$$') return '$';
    if (matched[1] !== '{') return this.value(matched.slice(1));
    const op = firstOperator(matched);
    const close = firstClosingBrace(matched);
    const rest = close >= 0 ? matched.slice(close + 1) : '';
    const inner = matched.slice(2, close >= 0 ? close : matched.length - 1);
    if (!/^[_a-zA-Z][_a-zA-Z0-9]*/.test(inner)) throw new InvalidTemplateError(whole);
    if (inner.includes(op)) return this.apply(inner, op) + this.substitute(rest);
    return this.value(inner);
  }

  private apply(inner: string, op: Operator): string {
    const cut = inner.indexOf(op);
    const name = inner.slice(0, cut);
    const arg = this.substitute(inner.slice(cut + op.length));
    const value = this.lookup(name);
    switch (op) {
      case ':-':
        return value === undefined || value === '' ? arg : value;
      case '-':
        return value === undefined ? arg : value;
      case ':+':
        return value !== undefined && value !== '' ? arg : (value ?? '');
      case '+':
        return value !== undefined ? arg : '';
      case ':?':
        if (value === undefined || value === '') throw new MissingRequiredError(name, arg);
        return value;
      case '?':
        if (value === undefined) throw new MissingRequiredError(name, arg);
        return value;
    }
  }

  private value(name: string): string {
    const v = this.lookup(name);
    if (v === undefined) {
      this.warn?.(`The ${JSON.stringify(name)} variable is not set. Defaulting to a blank string.`);
      return '';
    }
    return v;
  }
}

export function substitute(template: string, lookup: Lookup, warn: Warn | null = null): string {
  return new Substituter(lookup, warn).substitute(template);
}
