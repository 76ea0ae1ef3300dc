/**
 * compose-go's dotenv parser (`.env`, `--env-file`, `env_file:`): `KEY=value`, `KEY: value`,
 * `export KEY=value`, comments, single quotes (literal), double quotes (escapes, variables,
 * several lines), ` #` comments after unquoted values, `${VAR}` expansion from earlier keys and
 * the lookup, a bare `KEY` inheriting from the lookup.
 */
import { ComposeError, type Warn } from './errors';
import { substitute, type Lookup } from './template';

const SPACE = /[\t\v\f\r \u0085\u00A0]/;
const isSpace = (c: string) => SPACE.test(c);
const EXPORT = /^export\s+/;
const ESCAPES = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
const KEY_CHAR = /[\p{L}\p{N}_.\-[\]]/u;
const ESCAPE_VALUES: Record<string, string> = { a: '\x07', b: '\b', c: 'c', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };

function expandEscapes(s: string): string {
  return s.replace(ESCAPES, (m) => {
    if (m === '\\$') return '$$';
    if (m.startsWith('\\0')) return m.length > 2 ? String.fromCharCode(parseInt(m.slice(2), 8)) : '\0';
    return ESCAPE_VALUES[m[1]!] ?? m;
  });
}

class Parser {
  line = 1;

  constructor(
    private readonly lookup: Lookup,
    private readonly warn: Warn | null,
  ) {}

  parse(src: string, out: Map<string, string>): void {
    let rest = src;
    for (;;) {
      rest = this.statementStart(rest);
      if (rest === '') return;
      const { key, left, inherited } = this.keyName(rest);
      if (key.includes(' ')) throw new ComposeError(`line ${this.line}: key cannot contain a space`);
      if (inherited) {
        const v = this.lookup(key);
        if (v !== undefined) out.set(key, v);
        rest = left;
        continue;
      }
      const { value, left: after } = this.value(left, out);
      out.set(key, value);
      rest = after;
    }
  }

  private statementStart(src: string): string {
    let i = 0;
    while (i < src.length && /\s/.test(src[i]!)) {
      if (src[i] === '\n') this.line++;
      i++;
    }
    if (i >= src.length) return '';
    const s = src.slice(i);
    if (s[0] !== '#') return s;
    const nl = s.indexOf('\n');
    return nl < 0 ? '' : this.statementStart(s.slice(nl));
  }

  private keyName(src: string): { key: string; left: string; inherited: boolean } {
    if (EXPORT.test(src)) src = src.slice(6).replace(/^[\t\v\f\r \u0085\u00A0]+/, '');
    let key = '';
    let offset = 0;
    let inherited = false;
    let found = false;
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (isSpace(c)) continue;
      if (c === '=' || c === ':' || c === '\n') {
        key = src.slice(0, i);
        offset = i + 1;
        inherited = c === '\n';
        found = true;
        break;
      }
      if (!KEY_CHAR.test(c)) {
        throw new ComposeError(`line ${this.line}: unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(src.split('\n')[0])}`);
      }
    }
    if (!found) {
      key = src;
      offset = src.length;
      inherited = true;
    }
    if (inherited && !key.includes(' ')) this.line++;
    key = key.trimEnd();
    const left = src.slice(offset).replace(/^[\t\v\f\r \u0085\u00A0]+/, '');
    return { key, left, inherited };
  }

  private value(src: string, env: Map<string, string>): { value: string; left: string } {
    const quote = src[0];
    const expand = (v: string) => substitute(v, (k) => this.lookup(k) ?? env.get(k), this.warn);
    if (quote !== '"' && quote !== "'") {
      const nl = src.indexOf('\n');
      let value = nl < 0 ? src : src.slice(0, nl);
      const left = nl < 0 ? '' : src.slice(nl + 1);
      this.line++;
      const hash = value.indexOf(' #');
      if (hash >= 0) value = value.slice(0, hash);
      return { value: expand(value.trimEnd()), left };
    }
    let escaped = false;
    let chars = '';
    for (let i = 1; i < src.length; i++) {
      const c = src[i]!;
      if (c === '\n') this.line++;
      if (c !== quote) {
        if (!escaped && c === '\\') {
          escaped = true;
          continue;
        }
        if (escaped) {
          escaped = false;
          chars += '\\';
        }
        chars += c;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += c;
        continue;
      }
      const value = quote === '"' ? expand(expandEscapes(chars)) : chars;
      return { value, left: src.slice(i + 1) };
    }
    const end = src.indexOf('\n');
    throw new ComposeError(`line ${this.line}: unterminated quoted value ${end < 0 ? src : src.slice(0, end)}`);
  }
}

/** Parse dotenv text. `lookup` resolves `${VAR}` and bare keys (earlier keys of the file too). */
export function parseDotenv(src: string, lookup: Lookup = () => undefined, warn: Warn | null = null): Map<string, string> {
  const out = new Map<string, string>();
  new Parser(lookup, warn).parse(src, out);
  return out;
}
