/**
 * kubectl's wording: cobra errors prefixed `Error:` with kubectl's `See '… --help' for usage.`
 * trailer, exit 1; cobra's default argument-count texts; kubectl's help layout (Options as
 * `    --name=default:` + tab-indented usage, then Usage and the `kubectl options` hint).
 * Only the flags of the command itself are listed; globals live in `kubectl options`.
 */
import type { FlagDef } from '../flags/types';
import { cobraCountMessage } from './cobra-args';
import type { Dialect } from './dialect';
import { suggestionsFor } from './dialect';
import { CliError, type ArgsViolation } from './errors';
import type { CommandNode } from './tree';

function argsMessage(v: ArgsViolation, node: CommandNode<unknown>): string {
  return v.kind === 'none' ? `unknown command "${v.first}" for "${node.path}"` : cobraCountMessage(v);
}

function defaultShown(def: FlagDef): string {
  const value = def.create().toString();
  return def.type === 'string' ? `'${value}'` : value;
}

function kubectlFlags(defs: readonly FlagDef[]): string {
  return defs
    .map((d) => {
      const names = d.short && !d.shorthandDeprecated ? `-${d.short}, --${d.name}` : `--${d.name}`;
      return `    ${names}=${defaultShown(d)}:\n\t${d.usage}\n`;
    })
    .join('\n');
}

export function renderKubectlHelp<E>(node: CommandNode<E>): string {
  let out = (node.command.long || node.command.short).trim() + '\n';
  if (node.command.example) out += '\nExamples:\n' + node.command.example.replace(/\n+$/, '') + '\n';
  const own = new Set([...node.command.flags, ...node.command.persistentFlags]);
  const flags = node.flagSet().visible().filter((d) => own.has(d));
  if (flags.length > 0) out += '\nOptions:\n' + kubectlFlags(flags);
  out += `\nUsage:\n  ${node.useLine} [flags] [options]\n`;
  out += '\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n';
  return out;
}

export function kubectlDialect<E>(options: { mapError?: (error: unknown) => CliError | undefined } = {}): Dialect<E> {
  return {
    mode: 'find',
    warningsTo: 'stderr',
    flagError: (node, message) => new CliError(`Error: ${message}\nSee '${node.path} --help' for usage.`, 1),
    traverseError: (node, message) => new CliError(`Error: ${message}\nSee '${node.path} --help' for usage.`, 1),
    argsError: (node, v) => new CliError(`Error: ${argsMessage(v, node as CommandNode<unknown>)}`, 1),
    unknownCommand(node, word) {
      const suggestions = suggestionsFor(node, word);
      const hint = suggestions.length > 0 ? '\n\nDid you mean this?\n' + suggestions.map((s) => `\t${s}\n`).join('') : '';
      return new CliError(`Error: unknown command "${word}" for "${node.path}"${hint}`, 1);
    },
    groupRun(ctx) {
      if (ctx.args.length > 0) {
        throw new CliError(`error: unknown command "${ctx.args[0]}"\nSee '${ctx.node.path} -h' for help and examples`, 1);
      }
      ctx.out(ctx.help());
      return 0;
    },
    help: (node) => renderKubectlHelp(node),
    mapError: options.mapError ? (e) => options.mapError!(e) : undefined,
  };
}
