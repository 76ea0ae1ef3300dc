/**
 * Assignment words: `NAME=value`, `NAME+=value`, `NAME[subscript]=value` (a leading `~` in the value
 * is a tilde expansion, as bash does for assignments).
 */
import type { Assign, Word } from './ast';

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;
const INDEXED = /^([A-Za-z_][A-Za-z0-9_]*)\[/;

/** The assignment a word stands for, or null when it is an ordinary word. */
export function assignment(parts: Word): Assign | null {
  const head = parts[0];
  if (!head || head.k !== 'lit') return null;
  const indexed = INDEXED.exec(head.v);
  if (indexed) return indexedAssignment(indexed[1] as string, [{ k: 'lit', v: head.v.slice(indexed[0].length) }, ...parts.slice(1)]);
  const m = ASSIGN.exec(head.v);
  if (!m) return null;
  const rest = head.v.slice(m[0].length);
  const value: Word = [];
  if (rest.startsWith('~') && (rest.length === 1 || rest[1] === '/' || rest[1] === ':')) {
    value.push({ k: 'tilde', user: '' });
    if (rest.length > 1) value.push({ k: 'lit', v: rest.slice(1) });
  } else if (rest !== '') value.push({ k: 'lit', v: rest });
  value.push(...parts.slice(1));
  return { name: m[1] as string, value, append: m[2] === '+' };
}

/** `name[subscript]=value` / `name[subscript]+=value`: parts after `name[`; null when it is not one. */
function indexedAssignment(name: string, rest: Word): Assign | null {
  const index: Word = [];
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i] as Word[number];
    const close = p.k === 'lit' ? /\](\+?)=/.exec(p.v) : null;
    if (p.k !== 'lit' || !close) {
      index.push(p);
      continue;
    }
    if (p.v.slice(0, close.index) !== '') index.push({ k: 'lit', v: p.v.slice(0, close.index) });
    const after = p.v.slice(close.index + close[0].length);
    const value: Word = after === '' ? [] : [{ k: 'lit', v: after }];
    return { name, index, value: [...value, ...rest.slice(i + 1)], append: close[1] === '+' };
  }
  return null;
}
