/**
 * How Docker Compose words usage problems (cmd/compose + cobra, run as a docker CLI plugin with
 * SilenceErrors/SilenceUsage): flag errors are a StatusError with compose's "command syntax
 * failure" code 16 and cobra's bare message; wrong argument counts are cobra's own messages
 * (`requires at least 2 arg(s), only received 0`, exit 1); compose errors are printed as is.
 */
import { cobraCountMessage, CliError, renderDockerHelp, StatusError, type Dialect } from '../command';
import { ComposeError } from '../../sim/compose/index';
import { EngineError } from '../../sim/index';
import { daemonMessage } from '../docker/env';
import type { ComposeEnv } from './env';

/** compose.CommandSyntaxFailure.ExitCode. */
export const SYNTAX_FAILURE = 16;

/** compose is a subcommand of docker: its own flags are "Options:", listed before the commands. */
function composeHelp(text: string, isRoot: boolean): string {
  if (!isRoot) return text;
  const m = /^([\s\S]*?)(\n\nCommands:[\s\S]*?)(\n\nGlobal Options:[\s\S]*?)(\n\nRun '[\s\S]*)$/.exec(text);
  if (!m) return text;
  return m[1]! + m[3]!.replace('Global Options:', 'Options:') + m[2]! + m[4]!;
}

export function composeDialect(): Dialect<ComposeEnv> {
  const dialect: Dialect<ComposeEnv> = {
    mode: 'traverse',
    warningsTo: 'stderr',
    flagError: (_node, message) => new StatusError(SYNTAX_FAILURE, message),
    traverseError: (_node, message) => new StatusError(SYNTAX_FAILURE, message),
    argsError: (node, v) =>
      new CliError(v.kind === 'none' ? `unknown command ${JSON.stringify(v.first)} for ${JSON.stringify(node.path)}` : cobraCountMessage(v), 1),
    unknownCommand: (node, word) => new CliError(`unknown docker command: ${JSON.stringify(`compose ${word}`)}`, 1),
    groupRun(ctx) {
      ctx.out(ctx.help());
      if (ctx.args.length === 0) return 0;
      throw new CliError(`unknown docker command: ${JSON.stringify(`compose ${ctx.args[0]}`)}`, 1);
    },
    help: (node, _env, width) => composeHelp(renderDockerHelp(node, { width }), !node.parent),
    mapError(e) {
      if (e instanceof ComposeError) return new CliError(e.message, e.exitCode);
      if (e instanceof EngineError) return new CliError(daemonMessage(e), 1);
      return undefined;
    },
  };
  return dialect;
}
