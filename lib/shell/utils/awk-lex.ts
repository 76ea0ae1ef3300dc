/**
 * awk tokens. `/` starts a regex literal where an operand is expected, else it divides.
 */
import { ExpectedError } from '../../expected-error';

export type AwkTok =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 're'; v: string }
  | { t: 'name'; v: string }
  | { t: 'func'; v: string }
  | { t: 'kw'; v: string }
  | { t: 'op'; v: string }
  | { t: 'nl' }
  | { t: 'eof' };

export class AwkSyntaxError extends ExpectedError {
  constructor(
    readonly line: number,
    readonly near: string,
  ) {
    super(`line ${line}: syntax error at or near ${near}`);
  }
}

const KEYWORDS = new Set(['BEGIN', 'END', 'if', 'else', 'while', 'for', 'do', 'in', 'next', 'exit', 'print', 'printf', 'delete', 'break', 'continue', 'getline', 'function', 'return']);
export const BUILTIN_FUNCS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'system']);
const OPS = ['+=', '-=', '*=', '/=', '%=', '^=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '!~', '>>', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];

export function awkTokens(src: string): { toks: AwkTok[]; lines: number[] } {
  const toks: AwkTok[] = [];
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  const push = (t: AwkTok) => {
    toks.push(t);
    lines.push(line);
  };
  const operandBefore = () => {
    const p = toks[toks.length - 1];
    return p !== undefined && (p.t === 'num' || p.t === 'str' || p.t === 'name' || (p.t === 'op' && (p.v === ')' || p.v === ']' || p.v === '$' || p.v === '++' || p.v === '--')));
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
    } else if (c === '\n') {
      push({ t: 'nl' });
      line++;
      i++;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (/[0-9.]/.test(c) && /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/.test(src.slice(i))) {
      const m = /^(?:0[xX][0-9a-fA-F]+|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)/.exec(src.slice(i)) as RegExpExecArray;
      push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if (c === '"') {
      let v = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\' && i + 1 < src.length) {
          const n = src[i + 1] as string;
          v += ({ n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' } as Record<string, string>)[n] ?? '\\' + n;
          i += 2;
        } else v += src[i++];
      }
      if (i >= src.length) throw new AwkSyntaxError(line, 'end of file');
      i++;
      push({ t: 'str', v });
    } else if (c === '/' && !operandBefore()) {
      let v = '';
      i++;
      while (i < src.length && src[i] !== '/') {
        if (src[i] === '\\' && src[i + 1] === '/') {
          v += '/';
          i += 2;
        } else if (src[i] === '\n') throw new AwkSyntaxError(line, 'end of line');
        else v += src[i++];
      }
      i++;
      push({ t: 're', v });
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i)) as RegExpExecArray;
      const w = m[0];
      i += w.length;
      if (KEYWORDS.has(w)) push({ t: 'kw', v: w });
      else if (BUILTIN_FUNCS.has(w)) push({ t: 'func', v: w });
      else push({ t: 'name', v: w });
    } else {
      const op = OPS.find(o => src.startsWith(o, i));
      if (!op) throw new AwkSyntaxError(line, c);
      push({ t: 'op', v: op });
      i += op.length;
    }
  }
  push({ t: 'eof' });
  return { toks, lines };
}
