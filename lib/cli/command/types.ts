/**
 * Command declarations: an options struct (from flag specs) → a declaration (use, short,
 * aliases, args rule, flags, mount points) → a run function. `E` is the tool's environment
 * (e.g. the docker engine handle) handed to every run.
 */
import type { CommandContext } from '../../shell/types';
import type { FlagDef, FlagSpecs, OptionsOf } from '../flags/types';
import type { ArgsRule } from './args';
import type { CommandNode } from './tree';

/** Where a command appears in the tree. One declaration may be mounted several times. */
export interface MountPoint {
  /** Parent path below the root, space-separated: `''` (top level), `'container'`, `'network'`. */
  readonly parent: string;
  /** Name at this mount; defaults to the first word of `use` (`ls` mounted as `ps`). */
  readonly name?: string;
  /** Aliases at this mount; defaults to the declaration's `aliases`. */
  readonly aliases?: readonly string[];
  /** Annotations for this mount only, e.g. docker's `{ 'category-top': '3' }`. */
  readonly annotations?: Readonly<Record<string, string>>;
}

/** What a run function receives besides its options and positionals. */
export interface RunContext<E> {
  readonly env: E;
  /** The shell's context: stdin, environment variables, cwd, filesystem, shell control. */
  readonly io: CommandContext;
  out(text: string): void;
  err(text: string): void;
  /** Whether a flag (by long name; own or inherited) was given on the command line. */
  changed(flagName: string): boolean;
  /** Values of the root command's flags (docker's `-H`, `--context`, `-D`…), by options key. */
  readonly globals: Readonly<Record<string, unknown>>;
  /** The tree node that runs (command path, use line, how it was called). */
  readonly node: CommandNode<E>;
  /** Positionals before `--`, or -1 when there was no `--`. */
  readonly argsLenAtDash: number;
  /** The help text of this node, or of another node of the same tree (`docker help ps`). */
  help(node?: CommandNode<E>): string;
}

/** The part of the shell's context both running and completing provide. */
export type ToolContext = Pick<CommandContext, 'env' | 'cwd' | 'fs'>;

/** What a completion hook receives (object names come from the engine through `env`). */
export interface CompletionContext<E> {
  readonly env: E;
  readonly io: ToolContext;
}

export type RunFn<E, O> = (ctx: RunContext<E>, opts: O, args: string[]) => number | void;
export type CompleteFn<E> = (ctx: CompletionContext<E>, args: readonly string[], partial: string) => readonly string[];

export interface CommandSpec<E, F extends FlagSpecs> {
  /** `stop [OPTIONS] CONTAINER [CONTAINER...]`; the first word is the name. */
  readonly use: string;
  readonly short: string;
  readonly long?: string;
  readonly example?: string;
  readonly aliases?: readonly string[];
  /** Positional-argument rule; none = any number of arguments. */
  readonly args?: ArgsRule;
  readonly flags?: F;
  /** Flags inherited by every descendant (docker's `--help`, kubectl's `-n`). */
  readonly persistentFlags?: FlagSpecs;
  /** false: stop flag parsing at the first positional (`docker run alpine ls -la`). */
  readonly interspersed?: boolean;
  readonly hidden?: boolean;
  readonly annotations?: Readonly<Record<string, string>>;
  /** Overrides the computed `Aliases:` help line (docker's "aliases" annotation). */
  readonly aliasesLine?: string;
  /** Default mount points used when the command is added to a tree without explicit ones. */
  readonly at?: readonly MountPoint[];
  /** Marks a management command (container, image…): listed under Management Commands. */
  readonly group?: boolean;
  /** Pass every word through unparsed (cobra's DisableFlagParsing); `--help` still shows help. */
  readonly disableFlagParsing?: boolean;
  /** With disableFlagParsing, `--help` goes to run too (as in cobra): a forwarder whose target prints help. */
  readonly forwardsHelp?: boolean;
  readonly run?: RunFn<E, OptionsOf<F>>;
  readonly complete?: CompleteFn<E>;
}

/** A resolved declaration (flag specs turned into definitions), ready to be mounted. */
export interface Command<E> {
  readonly use: string;
  readonly name: string;
  readonly short: string;
  readonly long: string;
  readonly example: string;
  readonly aliases: readonly string[];
  readonly args?: ArgsRule;
  readonly flags: readonly FlagDef[];
  readonly persistentFlags: readonly FlagDef[];
  readonly interspersed: boolean;
  readonly hidden: boolean;
  readonly annotations: Readonly<Record<string, string>>;
  readonly aliasesLine?: string;
  readonly at: readonly MountPoint[];
  readonly group: boolean;
  readonly disableFlagParsing: boolean;
  readonly forwardsHelp: boolean;
  readonly run?: RunFn<E, Record<string, unknown>>;
  readonly complete?: CompleteFn<E>;
}
