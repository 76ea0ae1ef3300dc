/**
 * docker's help/usage template (cli/cobra.go usageTemplate) rendered for a tree node:
 * Usage, description, Aliases, Examples, Options, Common/Management/Swarm Commands,
 * Global Options, the `Run '… COMMAND --help'` line and the root's additional help.
 */
import { flagUsagesWrapped } from '../flags/usage';
import type { FlagDef } from '../flags/types';
import type { CommandNode } from './tree';

export interface HelpOptions<E> {
  /** Terminal width; docker wraps flag usages at width − 1 (80 when not a terminal). */
  readonly width: number;
  /** Commands hidden by the current engine state (e.g. swarm commands when not a manager). */
  readonly isAvailable?: (node: CommandNode<E>) => boolean;
  /** Flags hidden by the current engine state. */
  readonly isFlagAvailable?: (def: FlagDef) => boolean;
  /** The root's closing line (`For more help on how to use Docker, head to …`). */
  readonly additionalHelp?: string;
}

const MIN_NAME_PADDING = 11;

function namePadding<E>(node: CommandNode<E>): number {
  const parent = node.parent;
  if (!parent) return MIN_NAME_PADDING;
  const longest = Math.max(0, ...parent.children.map((c) => c.name.length));
  return Math.max(MIN_NAME_PADDING, longest);
}

const rpad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function renderDockerHelp<E>(node: CommandNode<E>, opts: HelpOptions<E>): string {
  const available = (c: CommandNode<E>) => !c.command.hidden && (opts.isAvailable?.(c) ?? true);
  const flags = node.flagSet().visible().filter((d) => opts.isFlagAvailable?.(d) ?? true);
  const hasFlags = flags.length > 0;
  const isRoot = !node.parent;
  const children = node.visibleChildren().filter(available);
  const isGroup = (c: CommandNode<E>) => c.hasSubCommands;
  const top = isRoot
    ? children.filter((c) => c.annotations['category-top'] !== undefined).sort((a, b) => Number(a.annotations['category-top']) - Number(b.annotations['category-top']))
    : [];
  const management = children.filter((c) => isGroup(c) && c.annotations.swarm === undefined);
  const swarm = children.filter((c) => isGroup(c) && c.annotations.swarm !== undefined);
  const operations = children.filter((c) => !isGroup(c) && !(isRoot && c.annotations['category-top'] !== undefined));

  let out = 'Usage:';
  if (!node.hasSubCommands) out += '  ' + node.useLine;
  else out += `  ${node.path}${hasFlags ? ' [OPTIONS]' : ''} COMMAND`;
  out += '\n\n' + (node.command.long !== '' ? node.command.long : node.command.short).trim();
  const aliases = node.aliasesLine();
  if (aliases !== '') out += '\n\nAliases:\n  ' + aliases;
  if (node.command.example !== '') out += '\n\nExamples:\n' + node.command.example;
  if (!isRoot && hasFlags) out += '\n\nOptions:\n' + flagUsagesWrapped(flags, opts.width - 1).trimEnd();
  const section = (title: string, list: CommandNode<E>[], decorate: boolean) => {
    if (list.length === 0) return;
    out += `\n\n${title}:`;
    for (const c of list) {
      const pad = namePadding(c);
      const decorated = c.name + (c.annotations.plugin === 'true' ? '*' : ' '); // cobra.go decoratedName
      out += '\n  ' + (decorate ? rpad(decorated, pad + 1) : rpad(c.name, pad) + ' ') + c.command.short;
    }
  };
  section('Common Commands', top, true);
  section('Management Commands', management, true);
  section('Swarm Commands', swarm, true);
  section('Commands', operations, false);
  if (isRoot && hasFlags) out += '\n\nGlobal Options:\n' + flagUsagesWrapped(flags, opts.width - 1).trimEnd();
  if (node.hasSubCommands) out += `\n\nRun '${node.path} COMMAND --help' for more information on a command.`;
  if (isRoot && opts.additionalHelp) out += '\n\n' + opts.additionalHelp;
  return out + '\n';
}
