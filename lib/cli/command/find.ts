/**
 * Locating the command to run, as cobra does it: `traverse` (TraverseChildren, used by docker:
 * flags between command words are parsed on the parent) and `find` (stripFlags-based lookup,
 * used by kubectl, where flags may precede the command words).
 */
import { ExpectedError } from '../../expected-error';
import type { FlagSet, FlagState } from '../flags/flag-set';
import { parseFlags } from '../flags/parse';
import { FlagError, HelpRequested } from '../flags/types';
import type { CommandNode } from './tree';

const hasNoOptDefVal = (name: string, set: FlagSet) => set.lookup(name)?.noOptDefVal !== undefined;
const shortHasNoOptDefVal = (name: string, set: FlagSet) => name.length > 0 && set.lookupShort([...name][0]!)?.noOptDefVal !== undefined;
const isFlagArg = (a: string) => (a.length >= 3 && a.startsWith('--')) || (a.length >= 2 && a[0] === '-' && a[1] !== '-');

/** A flag error while parsing a parent's flags during traversal (cobra returns it unwrapped). */
export class TraverseError extends ExpectedError {
  constructor(
    readonly node: CommandNode<unknown>,
    message: string,
  ) {
    super(message);
    this.name = 'TraverseError';
  }
}

/** cobra's Traverse: returns the deepest command and the arguments left for it. */
export function traverse<E>(node: CommandNode<E>, args: readonly string[], state: FlagState): { node: CommandNode<E>; args: string[] } {
  const flags: string[] = [];
  let inFlag = false;
  const set = node.flagSet();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--') && !arg.includes('=')) {
      inFlag = !hasNoOptDefVal(arg.slice(2), set);
      flags.push(arg);
      continue;
    }
    if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2 && !shortHasNoOptDefVal(arg.slice(1), set)) {
      inFlag = true;
      flags.push(arg);
      continue;
    }
    if (inFlag) {
      inFlag = false;
      flags.push(arg);
      continue;
    }
    if (isFlagArg(arg)) {
      flags.push(arg);
      continue;
    }
    const next = node.child(arg);
    if (!next) return { node, args: [...args] };
    try {
      parseFlags(flags, set, state, node.command.interspersed);
    } catch (e) {
      if (e instanceof FlagError) throw new TraverseError(node as CommandNode<unknown>, e.message);
      if (e instanceof HelpRequested) throw new TraverseError(node as CommandNode<unknown>, 'pflag: help requested');
      throw e;
    }
    return traverse(next, args.slice(i + 1), state);
  }
  return { node, args: [...args] };
}

/** cobra's stripFlags: the non-flag words (candidate command names). */
export function stripFlags<E>(args: readonly string[], node: CommandNode<E>): string[] {
  const set = node.flagSet();
  const commands: string[] = [];
  const rest = [...args];
  while (rest.length > 0) {
    const s = rest.shift()!;
    if (s === '--') break;
    const longNeedsValue = s.startsWith('--') && !s.includes('=') && !hasNoOptDefVal(s.slice(2), set);
    const shortNeedsValue = s.startsWith('-') && !s.includes('=') && s.length === 2 && !shortHasNoOptDefVal(s.slice(1), set);
    if (longNeedsValue || shortNeedsValue) {
      if (rest.length <= 1) break;
      rest.shift();
      continue;
    }
    if (s !== '' && !s.startsWith('-')) commands.push(s);
  }
  return commands;
}

/** cobra's argsMinusFirstX: remove the first occurrence of the command word `x`. */
function argsMinusFirstX<E>(args: readonly string[], node: CommandNode<E>, x: string): string[] {
  const set = node.flagSet();
  for (let pos = 0; pos < args.length; pos++) {
    const s = args[pos]!;
    if (s === '--') break;
    const longNeedsValue = s.startsWith('--') && !s.includes('=') && !hasNoOptDefVal(s.slice(2), set);
    const shortNeedsValue = s.startsWith('-') && !s.includes('=') && s.length === 2 && !shortHasNoOptDefVal(s.slice(1), set);
    if (longNeedsValue || shortNeedsValue) {
      pos++;
      continue;
    }
    if (!s.startsWith('-') && s === x) return [...args.slice(0, pos), ...args.slice(pos + 1)];
  }
  return [...args];
}

/** cobra's Find: the deepest command named by the non-flag words, and its arguments. */
export function find<E>(node: CommandNode<E>, args: readonly string[]): { node: CommandNode<E>; args: string[] } {
  const words = stripFlags(args, node);
  if (words.length === 0) return { node, args: [...args] };
  const next = node.child(words[0]!);
  if (!next) return { node, args: [...args] };
  return find(next, argsMinusFirstX(args, node, words[0]!));
}
