/**
 * How a tool words its usage errors and help. The parser and executor are shared; docker,
 * kubectl, podman and compose each supply a Dialect.
 */
import type { FlagDef } from '../flags/types';
import type { CliError, ArgsViolation } from './errors';
import type { CommandNode } from './tree';

export interface GroupRunContext<E> {
  readonly node: CommandNode<E>;
  readonly args: readonly string[];
  readonly env: E;
  out(text: string): void;
  err(text: string): void;
  /** The node's help text. */
  help(): string;
}

export interface Dialect<E> {
  /**
   * `traverse`: docker — global flags are parsed first (non-interspersed), then cobra's
   * TraverseChildren walk. `find`: plain cobra Find (kubectl).
   */
  readonly mode: 'traverse' | 'find';
  /** Where flag deprecation warnings are printed for subcommands (docker: stdout). */
  readonly warningsTo: 'stdout' | 'stderr';
  /** A flag parse error on `node` (cobra FlagErrorFunc). */
  flagError(node: CommandNode<E>, message: string): CliError;
  /** A parse error while walking parents' flags (cobra Traverse returns it raw). */
  traverseError(node: CommandNode<E>, message: string): CliError;
  /** A wrong number of positionals. */
  argsError(node: CommandNode<E>, violation: ArgsViolation): CliError;
  /** In find mode, an unknown first word at the root (cobra legacyArgs). */
  unknownCommand(node: CommandNode<E>, word: string): CliError;
  /** A command without a run function (a group): print help, or an unknown-command error. */
  groupRun(ctx: GroupRunContext<E>): number;
  /** The help text of `node` (for `--help`, `help CMD`). */
  help(node: CommandNode<E>, env: E, width: number): string;
  /** Turn anything else a run function threw (e.g. typed engine errors) into a CliError. */
  mapError?(error: unknown, node: CommandNode<E>): CliError | undefined;
  /** Whether a flag is offered by completion and help in the current state. */
  isFlagAvailable?(def: FlagDef, env: E): boolean;
  /** Whether a command is offered by completion and help in the current state. */
  isAvailable?(node: CommandNode<E>, env: E): boolean;
}

/** cobra's `ld` (Levenshtein distance, optionally case-insensitive) for "Did you mean this?". */
export function levenshtein(a: string, b: string, ignoreCase = true): number {
  if (ignoreCase) {
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
    }
  }
  return d[a.length]![b.length]!;
}

/** cobra's SuggestionsFor: names within distance 2 or starting with the typed word. */
export function suggestionsFor<E>(node: CommandNode<E>, typed: string): string[] {
  const out: string[] = [];
  for (const c of node.children) {
    if (c.command.hidden) continue;
    if (levenshtein(typed, c.name) <= 2 || c.name.toLowerCase().startsWith(typed.toLowerCase())) out.push(c.name);
  }
  return out;
}
