/**
 * Small pieces of the executor: where an error points (kept as the node, turned into text only
 * when an error is reported) and shared method signatures.
 */
import { type ArgNode, argString, type CommandNode, commandString, type Node, nodeString } from './ast';
import type { ParamKind } from './funcs';

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

const ANY_PARAMS: ParamKind[][] = [];
/** `n` parameters of any kind (the signature of an n-argument method). */
export function anyParams(n: number): ParamKind[] {
  return (ANY_PARAMS[n] ??= new Array<ParamKind>(n).fill('any'));
}


