/**
 * The wording of the containers tools (podman, buildah: cobra with their own templates): every
 * usage error is `Error: …` with exit 125; podman adds `See 'podman run --help'` after flag errors
 * and words unknown commands as "unrecognized command"; buildah keeps cobra's "unknown command …
 * Did you mean this?". Help: short text, Description, Usage, Available Commands, Options.
 */
import { cobraCountMessage, CliError, suggestionsFor, type ArgsViolation, type CommandNode, type Dialect } from '../command';
import { flagUsagesWrapped } from '../flags';

export type Flavour = 'podman' | 'buildah';

function argsText<E>(v: ArgsViolation, node: CommandNode<E>): string {
  return v.kind === 'none' ? `\`${node.path}\` takes no arguments` : cobraCountMessage(v);
}

export function renderCobraHelp<E>(node: CommandNode<E>, width: number): string {
  const c = node.command;
  let out = c.short + '\n';
  if (node.parent) out += `\nDescription:\n  ${(c.long || c.short).trim()}\n`;
  out += `\nUsage:\n  ${node.hasSubCommands ? `${node.path}${node.parent ? '' : ' [options]'} [command]` : node.useLine}\n`;
  const kids = node.visibleChildren();
  if (kids.length > 0) {
    const pad = Math.max(11, ...kids.map((k) => k.name.length));
    out += '\nAvailable Commands:\n' + kids.map((k) => `  ${k.name.padEnd(pad)} ${k.command.short}\n`).join('');
  }
  if (c.example) out += `\nExamples:\n  ${c.example.trim()}\n`;
  const flags = node.flagSet().visible();
  if (flags.length > 0) out += '\nOptions:\n' + flagUsagesWrapped(flags, width - 1);
  return out;
}

export function cobraDialect<E>(flavour: Flavour): Dialect<E> {
  const podman = flavour === 'podman';
  return {
    mode: 'find',
    warningsTo: 'stderr',
    flagError: (node, message) => new CliError(podman ? `Error: ${message}\nSee '${node.path} --help'` : `Error: ${message}`, 125),
    traverseError: (node, message) => new CliError(podman ? `Error: ${message}\nSee '${node.path} --help'` : `Error: ${message}`, 125),
    argsError: (node, v) => new CliError(`Error: ${argsText(v, node)}`, 125),
    unknownCommand(node, word) {
      if (podman) return new CliError(`Error: unrecognized command \`${node.path} ${word}\`\nTry '${node.path} --help' for more information`, 125);
      const s = suggestionsFor(node, word);
      return new CliError(`Error: unknown command "${word}" for "${node.path}"${s.length ? '\n\nDid you mean this?\n' + s.map((x) => `\t${x}\n`).join('') : ''}`, 125);
    },
    groupRun(ctx) {
      const word = ctx.args[0];
      if (word !== undefined) {
        if (podman) throw new CliError(`Error: unrecognized command \`${ctx.node.path} ${word}\`\nTry '${ctx.node.path} --help' for more information`, 125);
        throw new CliError(`Error: unknown command "${word}" for "${ctx.node.path}"`, 125);
      }
      if (podman && ctx.node.parent) throw new CliError(`Error: missing command '${ctx.node.path} COMMAND'`, 125);
      ctx.out(ctx.help());
      return 0;
    },
    help: (node, _env, width) => renderCobraHelp(node, width),
  };
}
