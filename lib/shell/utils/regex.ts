/**
 * POSIX regular expressions (basic and extended, with GNU extensions \+ \? \| \< \> \w \s)
 * translated to JavaScript RegExps, cached. Used by grep, sed and awk.
 */
import { ExpectedError } from '../../expected-error';

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', cntrl: '\\x00-\\x1f\\x7f', print: '\\x20-\\x7e', graph: '\\x21-\\x7e', word: '\\w',
};

export class RegexSyntaxError extends ExpectedError {}

const cache = new Map<string, RegExp>();

/** Compile a POSIX regex (cached per pattern+flags). Throws RegexSyntaxError with GNU-like text. */
export function posixRegExp(pattern: string, opts: { extended: boolean; ignoreCase?: boolean; global?: boolean; fixed?: boolean }): RegExp {
  const key = `${opts.extended ? 'E' : 'B'}${opts.ignoreCase ? 'i' : ''}${opts.global ? 'g' : ''}${opts.fixed ? 'F' : ''}\0${pattern}`;
  const hit = cache.get(key);
  if (hit) {
    hit.lastIndex = 0;
    return hit;
  }
  const source = opts.fixed ? pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : translate(pattern, opts.extended);
  let re: RegExp;
  try {
    re = new RegExp(source, (opts.ignoreCase ? 'i' : '') + (opts.global ? 'g' : '') + 'u');
  } catch {
    try {
      re = new RegExp(source, (opts.ignoreCase ? 'i' : '') + (opts.global ? 'g' : ''));
    } catch {
      throw new RegexSyntaxError(unbalancedMessage(pattern, opts.extended));
    }
  }
  if (cache.size > 256) cache.clear();
  cache.set(key, re);
  return re;
}

function unbalancedMessage(pattern: string, extended: boolean): string {
  const open = extended ? '(' : '\\(';
  if (pattern.includes('[') && !/\][^[]*$/.test(pattern)) return 'Unmatched [, [^, [:, [., or [=';
  if (pattern.split(open).length > pattern.split(extended ? ')' : '\\)').length) return `Unmatched ( or \\(`;
  return 'Invalid regular expression';
}

function translate(p: string, ere: boolean): string {
  let out = '';
  let atStart = true;
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    const start = atStart;
    atStart = false;
    if (c === '\\') {
      const n = p[++i];
      if (n === undefined) throw new RegexSyntaxError('Trailing backslash');
      if (!ere && '(){}|+?'.includes(n)) {
        out += n;
        atStart = n === '(' || n === '|';
      } else if (n === '<' || n === '>') out += '\\b';
      else if ('wWsSbB'.includes(n)) out += '\\' + n;
      else if (/[1-9]/.test(n)) out += '\\' + n;
      else out += escapeJs(n);
      continue;
    }
    if (c === '[') {
      const { source, end } = bracket(p, i);
      out += source;
      i = end;
      continue;
    }
    if (c === '*' && start) {
      out += '\\*';
      continue;
    }
    if (!ere && '(){}|+?'.includes(c)) {
      out += '\\' + c;
      continue;
    }
    if (ere && c === '{' && !/^\{[0-9]*(,[0-9]*)?\}/.test(p.slice(i))) {
      out += '\\{';
      continue;
    }
    if (c === '^') {
      out += '^';
      atStart = true;
      continue;
    }
    if (ere && (c === '(' || c === '|')) atStart = true;
    out += c === '/' ? '\\/' : c;
  }
  return out;
}

function bracket(p: string, start: number): { source: string; end: number } {
  let i = start + 1;
  let body = '';
  if (p[i] === '^') {
    body += '^';
    i++;
  }
  if (p[i] === ']') {
    body += '\\]';
    i++;
  }
  for (; i < p.length; i++) {
    const c = p[i] as string;
    if (c === ']') return { source: `[${body}]`, end: i };
    if (c === '[' && (p[i + 1] === ':' || p[i + 1] === '.' || p[i + 1] === '=')) {
      const close = p.indexOf(p[i + 1] + ']', i + 2);
      if (close < 0) throw new RegexSyntaxError('Unmatched [, [^, [:, [., or [=');
      const name = p.slice(i + 2, close);
      if (p[i + 1] === ':') {
        const cls = CLASSES[name];
        if (cls === undefined) throw new RegexSyntaxError('Invalid character class name');
        body += cls;
      } else body += escapeJs(name);
      i = close + 1;
      continue;
    }
    body += c === '\\' || c === '[' ? '\\' + c : c;
  }
  throw new RegexSyntaxError('Unmatched [, [^, [:, [., or [=');
}

function escapeJs(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c;
}
