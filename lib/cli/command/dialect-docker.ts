/**
 * docker's wording (docker 28: cli/cobra.go FlagErrorFunc, cli/required.go, management
 * commands' ShowHelp) — each message checked against the real client.
 */
import type { FlagDef } from '../flags/types';
import type { Dialect } from './dialect';
import { CliError, StatusError, type ArgsViolation } from './errors';
import { renderDockerHelp } from './help-docker';
import type { CommandNode } from './tree';

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/** The `docker:` prefix is the root command's name (binName in required.go). */
function argsMessage<E>(node: CommandNode<E>, v: ArgsViolation): string {
  const bin = node.root.name;
  const path = node.path;
  const usage = `\n\nUsage:  ${node.useLine}\n\n`;
  switch (v.kind) {
    case 'none':
      if (node.hasSubCommands) return `${bin}: unknown command: ${path} ${v.first}${usage}Run '${path} --help' for more information`;
      return `${bin}: '${path}' accepts no arguments${usage}Run '${path} --help' for more information`;
    case 'min':
      return `${bin}: '${path}' requires at least ${v.min} ${plural(v.min)}${usage}See '${path} --help' for more information`;
    case 'max': // docker 28.2.2 really prints "SRun" here (a typo fixed in later releases)
      return `${bin}: '${path}' requires at most ${v.max} ${plural(v.max)}${usage}SRun '${path} --help' for more information`;
    case 'range':
      return `${bin}: '${path}' requires at least ${v.min} and at most ${v.max} ${plural(v.max)}${usage}Run '${path} --help' for more information`;
    case 'exact':
      return `${bin}: '${path}' requires ${v.n} ${plural(v.n)}${usage}Run '${path} --help' for more information`;
  }
}

export interface DockerDialectOptions<E> {
  /** Terminal-independent closing line of the root help. */
  readonly additionalHelp?: string;
  readonly mapError?: (error: unknown) => CliError | undefined;
  readonly isAvailable?: (node: CommandNode<E>, env: E) => boolean;
  readonly isFlagAvailable?: (def: FlagDef, env: E) => boolean;
}

export function dockerDialect<E>(options: DockerDialectOptions<E> = {}): Dialect<E> {
  const dialect: Dialect<E> = {
    mode: 'traverse',
    warningsTo: 'stdout',
    flagError: (node, message) =>
      new StatusError(125, `${message}\n\nUsage:  ${node.useLine}\n\nRun '${node.path} --help' for more information`),
    traverseError: (_node, message) => new CliError(message, 1),
    argsError: (node, v) => new CliError(argsMessage(node, v), 1),
    unknownCommand: (node, word) =>
      new CliError(`${node.root.name}: unknown command: ${node.path} ${word}\n\nRun '${node.path} --help' for more information`, 1),
    groupRun(ctx) {
      if (ctx.args.length > 0) throw dialect.argsError(ctx.node, { kind: 'none', got: ctx.args.length, first: ctx.args[0]! });
      ctx.err(ctx.help()); // management commands show help on stderr and succeed
      return 0;
    },
    help: (node, env, width) =>
      renderDockerHelp(node, {
        width,
        additionalHelp: options.additionalHelp,
        isAvailable: options.isAvailable ? (n) => options.isAvailable!(n, env) : undefined,
        isFlagAvailable: options.isFlagAvailable ? (d) => options.isFlagAvailable!(d, env) : undefined,
      }),
    mapError: options.mapError ? (e) => options.mapError!(e) : undefined,
    isAvailable: options.isAvailable,
    isFlagAvailable: options.isFlagAvailable,
  };
  return dialect;
}
