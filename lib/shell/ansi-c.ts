/**
 * ANSI-C quoting: $'…' strings (and the escape decoding shared with `echo -e`-like code).
 */
import { IncompleteInput } from './errors';
import type { Scanner } from './lex-word';

export function scanSingleAnsi(s: Scanner): string {
  let i = s.pos + 1;
  while (i < s.src.length && s.src[i] !== "'") i += s.src[i] === '\\' ? 2 : 1;
  if (i >= s.src.length) throw new IncompleteInput("'", '', s.line);
  const text = s.src.slice(s.pos + 1, i);
  s.pos = i + 1;
  return text;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};

/** Decode backslash escapes as $'…' and `echo -e`/printf %b do (no `\c` handling here). */
export function decodeAnsiC(text: string): string {
  return text.replace(/\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|[0-7]{1,3}|.)/gs, (m, esc: string) => {
    if (esc in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[esc] as string;
    const c = esc[0];
    if (c === 'x' && esc.length > 1) return String.fromCharCode(parseInt(esc.slice(1), 16));
    if ((c === 'u' || c === 'U') && esc.length > 1) return String.fromCodePoint(Math.min(parseInt(esc.slice(1), 16), 0x10ffff));
    if (c !== undefined && c >= '0' && c <= '7') return String.fromCharCode(parseInt(esc, 8) & 0xff);
    return m;
  });
}

