/**
 * Small pieces of the executor: where an error points (kept as the node, turned into text only
 * when an error is reported), Go's error location text, what `range` iterates over, and shared
 * method signatures.
 */
import { type ArgNode, argString, type CommandNode, commandString, type Node, nodeString } from './ast';
import type { ParamKind } from './funcs';
import { isGoMap, mapGet, mapKeys, NO_VALUE } from './values';

/** Go's exported identifiers: methods on Map subclasses are reachable only by these. */
export const isExported = (name: string) => name.length > 0 && name[0]! >= 'A' && name[0]! <= 'Z';

/** What an error points at, kept as the node and turned into text only when an error happens. */
export type Src = { is: 'arg'; n: ArgNode } | { is: 'node'; n: Node | CommandNode } | { is: 'cmd'; n: CommandNode } | { is: 'text'; n: string };

export function srcText(src: Src): string {
  switch (src.is) {
    case 'arg':
      return argString(src.n);
    case 'node':
      return nodeString(src.n);
    case 'cmd':
      return commandString(src.n);
    case 'text':
      return src.n;
  }
}

/** Go's execution error text: `template: name:line:col: executing "name" at <context>: message`. */
export function locatedMessage(tmpl: { readonly name: string; readonly text: string }, execName: string, pos: number, src: Src, message: string): string {
  const before = tmpl.text.slice(0, pos);
  const nl = before.lastIndexOf('\n');
  const col = nl < 0 ? pos : pos - (nl + 1);
  const line = before.split('\n').length;
  const text = srcText(src);
  const runes = [...text];
  const context = runes.length > 20 ? runes.slice(0, 20).join('') + '...' : text;
  return `template: ${tmpl.name}:${line}:${col}: executing ${JSON.stringify(execName)} at <${context}>: ${message}`;
}

/**
 * The (key, element) pairs `{{range}}` visits: a slice by index, a map in sorted key order, an
 * integer n as 0…n-1; none for nil or a missing value; null when the value cannot be ranged over.
 */
export function rangeItems(val: unknown): [unknown, unknown][] | null {
  const items: [unknown, unknown][] = [];
  if (Array.isArray(val)) val.forEach((v, i) => items.push([i, v]));
  else if (isGoMap(val)) for (const k of mapKeys(val)) items.push([k, mapGet(val, k)]);
  else if (typeof val === 'number' && Number.isInteger(val)) for (let i = 0; i < val; i++) items.push([i, i]);
  else if (val !== NO_VALUE && val !== null && val !== undefined) return null;
  return items;
}

const ANY_PARAMS: ParamKind[][] = [];
/** `n` parameters of any kind (the signature of an n-argument method). */
export function anyParams(n: number): ParamKind[] {
  return (ANY_PARAMS[n] ??= new Array<ParamKind>(n).fill('any'));
}


