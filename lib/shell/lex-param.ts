/**
 * ${…} parameter expansions: ${name}, ${#name}, ${name<op>word} for the operators in BRACE_OPS,
 * ${name:offset:length} and ${name/pattern/replacement}. Unparseable text becomes a `bad` part so
 * that expanding it reports `bad substitution` at run time, as bash does.
 */
import type { ParamOp, ParamPart, WordPart } from './ast';
import { IncompleteInput } from './errors';
import { isNameChar, isNameStart, pushLit, scanArithText, scanBacktick, scanDollar, scanDouble, scanSingle, SPECIAL_PARAMS, type Scanner } from './lex-word';

const BRACE_OPS: ParamOp[] = [':-', ':=', ':+', ':?', '-', '=', '+', '?', '##', '#', '%%', '%', '//', '/#', '/%', '/', '^^', '^', ',,', ','];

export function scanBraced(s: Scanner): WordPart {
  const src = s.src;
  const start = s.pos;
  s.pos += 2;
  const part: ParamPart = { k: 'param', name: '' };
  if (src[s.pos] === '#' && src[s.pos + 1] !== '}' && src[s.pos + 1] !== undefined) {
    part.length = true;
    s.pos++;
  } else if (src[s.pos] === '!' && isNameStart(src[s.pos + 1])) {
    part.indirect = true;
    s.pos++;
  }
  const c = src[s.pos];
  if (isNameStart(c)) {
    let end = s.pos + 1;
    while (isNameChar(src[end])) end++;
    part.name = src.slice(s.pos, end);
    s.pos = end;
    if (src[s.pos] === '[') {
      const close = subscriptEnd(src, s.pos);
      if (close < 0) throw new IncompleteInput('}', '', s.line);
      const text = src.slice(s.pos + 1, close);
      part.index = text === '@' || text === '*' ? [{ k: 'lit', v: text }] : scanArithText(s, text);
      s.pos = close + 1;
      if (part.indirect && (text === '@' || text === '*')) {
        part.indirect = false;
        part.keys = true;
      }
    }
  } else if (c !== undefined && c >= '0' && c <= '9') {
    let end = s.pos + 1;
    while (src[end] !== undefined && (src[end] as string) >= '0' && (src[end] as string) <= '9') end++;
    part.name = src.slice(s.pos, end);
    s.pos = end;
  } else if (c !== undefined && SPECIAL_PARAMS.includes(c)) {
    part.name = c;
    s.pos++;
  }
  if (src[s.pos] === '}' && part.name !== '') {
    s.pos++;
    return part;
  }
  const op = part.name === '' || part.length ? undefined : BRACE_OPS.find(o => src.startsWith(o, s.pos));
  if (op) {
    s.pos += op.length;
    part.op = op;
    if (op.startsWith('/')) {
      part.arg = scanBraceArg(s, '/}');
      if (src[s.pos] === '/') {
        s.pos++;
        part.arg2 = scanBraceArg(s, '}');
      }
    } else part.arg = scanBraceArg(s, '}');
  } else if (src[s.pos] === ':' && part.name !== '' && !part.length) {
    s.pos++;
    part.op = ':';
    part.arg = scanBraceArg(s, ':}');
    if (src[s.pos] === ':') {
      s.pos++;
      part.arg2 = scanBraceArg(s, '}');
    }
  } else {
    skipToBrace(s);
    return { k: 'param', name: part.name, bad: src.slice(start, s.pos) };
  }
  if (src[s.pos] !== '}') throw new IncompleteInput('}', '', s.line);
  s.pos++;
  return part;
}

function skipToBrace(s: Scanner): void {
  const end = s.src.indexOf('}', s.pos);
  if (end < 0) throw new IncompleteInput('}', '', s.line);
  s.pos = end + 1;
}

/** The word inside ${…} after an operator, up to one of `stops` (quotes and nesting respected). */
function scanBraceArg(s: Scanner, stops: string): WordPart[] {
  const parts: WordPart[] = [];
  for (;;) {
    const c = s.src[s.pos];
    if (c === undefined) throw new IncompleteInput('}', '', s.line);
    if (stops.includes(c)) return parts;
    if (c === '\\') {
      const next = s.src[s.pos + 1];
      if (next === undefined) throw new IncompleteInput('}', '', s.line);
      pushLit(parts, next, 'sq');
      s.pos += 2;
    } else if (c === "'") parts.push({ k: 'sq', v: scanSingle(s) });
    else if (c === '"') parts.push({ k: 'dq', parts: scanDouble(s) });
    else if (c === '$') scanDollar(s, parts, false);
    else if (c === '`') parts.push(scanBacktick(s));
    else {
      if (c === '\n') s.line++;
      pushLit(parts, c);
      s.pos++;
    }
  }
}


/** Index of the `]` closing the subscript that starts at `open`, or -1. */
function subscriptEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '[') depth++;
    else if (src[i] === ']' && --depth === 0) return i;
    else if (src[i] === '}' && depth === 1) return -1;
  }
  return -1;
}
