/**
 * Running a command line through a tool's tree: global flags, command lookup, flag parsing,
 * help/version, argument rules, the run function — and the single place where errors become
 * stderr text and an exit code.
 */
import type { CommandContext } from '../../shell/types';
import { FlagState, type FlagSet } from '../flags/flag-set';
import { parseFlags } from '../flags/parse';
import { FlagError, HelpRequested } from '../flags/types';
import type { Dialect } from './dialect';
import { CliError } from './errors';
import { find, stripFlags, traverse, TraverseError } from './find';
import type { CommandNode, CommandTree } from './tree';
import type { RunContext } from './types';

/** A command-line tool: its command tree and its wording. */
export interface Tool<E> {
  readonly tree: CommandTree<E>;
  readonly dialect: Dialect<E>;
  /** Printed for `--version`/`-v` on the root (docker: `Docker version 28.2.2, build e6534b4`). */
  readonly version?: string;
  /**
   * Checks after the global flags are parsed, before any command runs (docker's Initialize:
   * `Unable to parse logging level: x`). Throw a CliError to stop.
   */
  readonly afterGlobalFlags?: (globals: Readonly<Record<string, unknown>>, env: E, io: CommandContext) => void;
}

/** Terminal width for help wrapping: $COLUMNS when set, else 80 (docker's default). */
export function terminalWidth(io: CommandContext): number {
  const cols = Number(io.env.COLUMNS);
  return Number.isInteger(cols) && cols > 0 ? cols : 80;
}

interface Invocation<E> {
  readonly tool: Tool<E>;
  readonly io: CommandContext;
  readonly env: E;
  readonly state: FlagState;
}

function flushWarnings<E>(inv: Invocation<E>, to: 'stdout' | 'stderr'): void {
  if (inv.state.warnings.length === 0) return;
  const text = inv.state.warnings.splice(0).join('');
  if (text !== '') {
    if (to === 'stdout') inv.io.stdout(text);
    else inv.io.stderr(text);
  }
}

/**
 * What a verb's run function gets. A class, so the per-command object is made without closures:
 * out/err are the shell's own sinks (they need no `this`), changed/help are methods.
 */
class RunCtx<E> implements RunContext<E> {
  readonly env: E;
  readonly io: CommandContext;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  constructor(
    private readonly inv: Invocation<E>,
    readonly node: CommandNode<E>,
    private readonly set: FlagSet,
    readonly globals: Readonly<Record<string, unknown>>,
    readonly argsLenAtDash: number,
  ) {
    this.env = inv.env;
    this.io = inv.io;
    this.out = inv.io.stdout;
    this.err = inv.io.stderr;
  }
  changed(name: string): boolean {
    const def = this.set.lookup(name);
    return def !== undefined && this.inv.state.changed(def);
  }
  help(other?: CommandNode<E>): string {
    return helpOf(this.inv, other ?? this.node);
  }
}

/** The help text of `node` (made only when printed: most commands never need it). */
function helpOf<E>(inv: Invocation<E>, node: CommandNode<E>): string {
  return inv.tool.dialect.help(node, inv.env, terminalWidth(inv.io));
}

function runNode<E>(inv: Invocation<E>, node: CommandNode<E>, argv: readonly string[]): number {
  const { tool, io, state, env } = inv;
  const { dialect } = tool;
  const set = node.flagSet();
  let parsed;
  try {
    if (node.command.disableFlagParsing) {
      if (argv.includes('--help') && !node.command.forwardsHelp) throw new HelpRequested();
      parsed = { args: [...argv], argsLenAtDash: -1 };
    } else parsed = parseFlags(argv, set, state, node.command.interspersed);
  } catch (e) {
    state.warnings.length = 0; // cobra prints flag warnings only when parsing succeeds
    if (e instanceof HelpRequested) {
      io.stdout(helpOf(inv, node));
      return 0;
    }
    if (e instanceof FlagError) throw dialect.flagError(node, e.message);
    throw e;
  }
  flushWarnings(inv, dialect.warningsTo);
  const helpFlag = set.lookup('help');
  if (helpFlag && state.get(helpFlag) === true) {
    io.stdout(helpOf(inv, node));
    return 0;
  }
  const versionFlag = node.parent ? undefined : set.lookup('version');
  if (tool.version !== undefined && versionFlag && state.get(versionFlag) === true) {
    io.stdout(tool.version + '\n');
    return 0;
  }
  const run = node.command.run;
  if (!run) {
    if (!node.hasSubCommands) {
      io.stdout(helpOf(inv, node));
      return 0;
    }
    return dialect.groupRun({ node, args: parsed.args, env, out: (t) => io.stdout(t), err: (t) => io.stderr(t), help: () => helpOf(inv, node) });
  }
  const violation = node.command.args?.(parsed.args);
  if (violation) throw dialect.argsError(node, violation);
  const ctx = new RunCtx(inv, node, set, state.sharedOptions(node.root.ownFlagDefs()), parsed.argsLenAtDash);
  const opts = state.options(node.ownFlagDefs());
  return run(ctx, opts, parsed.args) ?? 0;
}

function locate<E>(inv: Invocation<E>, argv: readonly string[]): { node: CommandNode<E>; args: string[] } {
  const { tool, state } = inv;
  const root = tool.tree.root;
  if (tool.dialect.mode === 'find') {
    const found = find(root, argv);
    if (found.node === root && root.hasSubCommands && !root.command.args) {
      const words = stripFlags(found.args, root);
      if (words.length > 0) throw tool.dialect.unknownCommand(root, words[0]!);
    }
    return found;
  }
  // docker: the global flags before the command, parsed without interspersing.
  let rest: string[];
  try {
    rest = parseFlags(argv, root.flagSet(), state, false).args;
  } catch (e) {
    if (e instanceof FlagError) throw tool.dialect.flagError(root, e.message);
    throw e;
  }
  flushWarnings(inv, 'stderr');
  tool.afterGlobalFlags?.(state.sharedOptions(root.ownFlagDefs()), inv.env, inv.io);
  return traverse(root, rest, state);
}

/**
 * Run `argv` (the words after the tool name) and return the exit status. Never throws:
 * CliErrors print their message; other errors go through the dialect's mapError.
 */
export function runTool<E>(tool: Tool<E>, argv: readonly string[], io: CommandContext, env: E): number {
  const inv: Invocation<E> = { tool, io, env, state: new FlagState({ env: io.env }) };
  let node: CommandNode<E> = tool.tree.root;
  try {
    const found = locate(inv, argv);
    node = found.node;
    return runNode(inv, node, found.args);
  } catch (e) {
    let error: CliError | undefined;
    if (e instanceof CliError) error = e;
    else if (e instanceof TraverseError) error = tool.dialect.traverseError(e.node as CommandNode<E>, e.message);
    else error = tool.dialect.mapError?.(e, node);
    error ??= new CliError(e instanceof Error ? e.message : String(e), 1);
    if (error.message !== '') io.stderr(error.message + '\n');
    return error.exitCode;
  }
}
