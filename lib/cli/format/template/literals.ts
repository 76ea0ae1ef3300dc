/** Literals in templates: Go's strconv.Unquote for strings, and Go number / char constants. */
import { parseGoFloat } from '../../flags/go-strconv';
import type { Token } from './lexer';

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

export function unquoteGo(quoted: string): string {
  if (quoted.length >= 2 && quoted[0] === '`' && quoted.endsWith('`')) return quoted.slice(1, -1).replace(/\r/g, '');
  if (quoted.length < 2 || quoted[0] !== '"' || !quoted.endsWith('"')) throw new SyntaxError('invalid syntax');
  const body = quoted.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"' || c === '\n') throw new SyntaxError('invalid syntax');
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) throw new SyntaxError('invalid syntax');
    if (SIMPLE[e] !== undefined && e !== "'") {
      out += SIMPLE[e];
      continue;
    }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const hex = body.slice(i + 1, i + 1 + hexLen);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLen) throw new SyntaxError('invalid syntax');
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw new SyntaxError('invalid syntax');
      out += e === 'x' ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      i += hexLen;
      continue;
    }
    if (e >= '0' && e <= '7') {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) throw new SyntaxError('invalid syntax');
      out += String.fromCharCode(parseInt(oct, 8));
      i += 2;
      continue;
    }
    throw new SyntaxError('invalid syntax');
  }
  return out;
}

/** The value of a number or character-constant token; throws when Go would reject it. */
export function parseNumberToken(t: Token): { value: number; isInt: boolean } {
  if (t.type === 'charConstant') {
    const ch = unquoteGo('"' + t.val.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"') + '"');
    return { value: ch.codePointAt(0) ?? 0, isInt: true };
  }
  if (t.type === 'complex') throw new SyntaxError('complex constants are not supported');
  let body = t.val.replace(/_/g, '');
  const neg = body[0] === '-';
  if (body[0] === '+' || body[0] === '-') body = body.slice(1);
  const hex = /^0[xX]/.test(body);
  const isInt = !(hex ? /[pP.]/ : /[.eE]/).test(body);
  const value = isInt ? Number(BigInt(/^0[0-7]+$/.test(body) ? '0o' + body.slice(1) : body)) : parseGoFloat(body);
  return { value: neg ? -value : value, isInt };
}
