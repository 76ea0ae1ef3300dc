/**
 * kubectl's help layout: description, Examples, Available Commands (groups), Options as
 * `    -o, --output='':` + tab-indented usage (own flags only, sorted), the Usage line exactly as the
 * real client prints it, and the `kubectl options` hint. The root has its own grouped page.
 */
import type { FlagDef } from '../flags/types';
import type { CommandNode } from '../command';
import { rootHelp } from './specs/root';

function defaultShown(def: FlagDef): string {
  const value = def.create().toString();
  return def.type === 'string' ? `'${value}'` : value;
}

function optionsBlock(defs: readonly FlagDef[]): string {
  return [...defs]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((d) => {
      const names = d.short ? `-${d.short}, --${d.name}` : `--${d.name}`;
      return `    ${names}=${defaultShown(d)}:\n\t${d.usage.replace(/\n/g, '\n\t')}\n`;
    })
    .join('\n');
}

function commandsBlock<E>(node: CommandNode<E>): string {
  const kids = node.visibleChildren();
  const pad = Math.max(11, ...kids.map((k) => k.name.length)) + 2;
  return kids.map((k) => `  ${k.name.padEnd(pad)} ${k.command.short}\n`).join('');
}

export function kubectlHelp<E>(node: CommandNode<E>): string {
  if (!node.parent) return rootHelp;
  const c = node.command;
  let out = (c.long || c.short).replace(/\n+$/, '') + '\n';
  if (c.example) out += '\nExamples:\n' + c.example.replace(/\n+$/, '') + '\n';
  if (node.children.length > 0) out += '\nAvailable Commands:\n' + commandsBlock(node);
  const own = new Set([...c.flags, ...c.persistentFlags]);
  const flags = node.flagSet().visible().filter((d) => own.has(d));
  if (flags.length > 0) out += '\nOptions:\n' + optionsBlock(flags);
  const usage = node.annotations['usage'] ?? `${node.path.split(' ').slice(1, -1).concat(c.use).join(' ')} [options]`;
  out += `\nUsage:\n  kubectl ${usage}\n\n`;
  if (node.children.length > 0) out += `Use "${node.path} <command> --help" for more information about a given command.\n`;
  out += 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
  return out;
}

/** `kubectl options`: every global flag. */
export function optionsHelp(defs: readonly FlagDef[]): string {
  return 'The following options can be passed to any command:\n\n' + optionsBlock(defs.filter((d) => !d.hidden));
}
