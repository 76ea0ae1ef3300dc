/**
 * The `docker` root command: global flags, `--version`, the main help, `docker help CMD`,
 * unknown-command wording, the real command catalog (groups + stubs) and the verbs mounted
 * on top. `createDockerTool` builds it; `dockerCommandFn` plugs it into the shell.
 */
import type { CommandFn } from '../../shell/types';
import { completeWords } from '../command/complete';
import { dockerDialect } from '../command/dialect-docker';
import type { CliError } from '../command/errors';
import { CliError as CliErrorClass } from '../command/errors';
import { runTool, type Tool } from '../command/execute';
import { find } from '../command/find';
import { CommandTree, defineCommand, type CommandNode } from '../command/tree';
import type { Command, ToolContext } from '../command/types';
import { checkDockerContext } from './root-context';
import { checkDockerGlobals, dockerGlobalFlags, dockerHelpFlag } from './root-flags';
import { catalogAnnotations, mountCatalogGroups, mountCatalogStubs } from './root-stubs';

/** The simulated client: docker 28.2.2 (keep consistent with `docker version`). */
export const DOCKER_VERSION = '28.2.2';
export const DOCKER_GIT_COMMIT = 'e6534b4';
export const DOCKER_API_VERSION = '1.50';
export const DOCKER_VERSION_LINE = `Docker version ${DOCKER_VERSION}, build ${DOCKER_GIT_COMMIT}`;
export const DOCKER_ADDITIONAL_HELP = 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/';

/** The engine's swarm state, for hiding swarm-only commands from help like docker does. */
export interface SwarmStatus {
  readonly nodeState: 'inactive' | 'pending' | 'active' | 'error' | 'locked';
  readonly controlAvailable: boolean;
}

export interface DockerToolOptions<E> {
  /** Verb declarations, each with its mount points (`at`). Parents before children. */
  readonly verbs: readonly Command<E>[];
  /** The user's home directory (`--config` defaults to `<home>/.docker`). */
  readonly home: string;
  /** Maps typed engine errors to the client's words (`Error response from daemon: …`). */
  readonly mapError?: (error: unknown) => CliError | undefined;
  /** The engine's swarm status; undefined shows every command (as with an unknown daemon). */
  readonly swarmStatus?: (env: E) => SwarmStatus | undefined;
  /** Installed CLI plugins shown in help (default: buildx and compose, as in a Docker Engine install). */
  readonly plugins?: readonly string[];
  /** Whether a context other than `default` exists (for `--context`/DOCKER_CONTEXT); none by default. */
  readonly contextExists?: (name: string, env: E) => boolean;
}

function swarmAvailable<E>(node: CommandNode<E>, status: SwarmStatus | undefined): boolean {
  const need = node.annotations.swarm;
  if (need === undefined || status === undefined) return true;
  if (need === 'manager') return status.controlAvailable;
  if (need === 'active') return status.nodeState !== 'inactive';
  return true;
}

function rootCommand<E>(home: string): Command<E> {
  return defineCommand<E>()({
    use: 'docker [OPTIONS] COMMAND [ARG...]',
    short: 'A self-sufficient runtime for containers',
    flags: dockerGlobalFlags(home),
    persistentFlags: dockerHelpFlag,
    run(ctx, _opts, args) {
      if (args.length === 0) {
        ctx.err(ctx.help()); // `docker` alone: the main help, on stderr, exit 0
        return 0;
      }
      throw new CliErrorClass(`docker: unknown command: docker ${args[0]}\n\nRun 'docker --help' for more information`, 1);
    },
  });
}

function helpCommand<E>(): Command<E> {
  return defineCommand<E>()({
    use: 'help [command]',
    short: 'Help about the command',
    hidden: true,
    run(ctx, _opts, args) {
      const found = find(ctx.node.tree.root, args);
      if (found.args.length > 0) throw new CliErrorClass(`unknown help topic: ${args.join(' ')}`, 1);
      ctx.out(ctx.help(found.node));
      return 0;
    },
  });
}

/** Build the docker tool: root, catalog groups, verbs, then stubs for what is still missing. */
export function createDockerTool<E>(options: DockerToolOptions<E>): Tool<E> {
  const tree = new CommandTree<E>(rootCommand<E>(options.home));
  const topLevelVerbs = new Set(options.verbs.flatMap((v) => (v.at.length === 0 ? [v.name] : v.at.filter((m) => m.parent === '').map((m) => m.name ?? v.name))));
  mountCatalogGroups(tree, topLevelVerbs, options.plugins ?? ['buildx', 'compose']);
  tree.add(helpCommand<E>(), [{ parent: '' }]);
  for (const verb of options.verbs) {
    const at = (verb.at.length > 0 ? verb.at : [{ parent: '' }]).map((m) => {
      const path = (m.parent ? m.parent + ' ' : '') + (m.name ?? verb.name);
      return { ...m, annotations: { ...catalogAnnotations(path), ...m.annotations } };
    });
    tree.add(verb, at);
  }
  mountCatalogStubs(tree);
  const dialect = dockerDialect<E>({
    additionalHelp: DOCKER_ADDITIONAL_HELP,
    mapError: options.mapError,
    isAvailable: (node, env) => swarmAvailable(node, options.swarmStatus?.(env)),
  });
  const afterGlobalFlags: Tool<E>['afterGlobalFlags'] = (globals, env, io) => {
    checkDockerGlobals(globals);
    checkDockerContext(String(globals.context ?? ''), io.env, String(globals.config ?? ''), options.contextExists, env);
  };
  return { tree, dialect, version: DOCKER_VERSION_LINE, afterGlobalFlags };
}

/**
 * The shell command for `docker`, with its Tab completion. `makeEnv` builds the verbs'
 * environment from the shell context (it gets the same fields when completing).
 */
export function dockerCommandFn<E>(tool: Tool<E>, makeEnv: (ctx: ToolContext) => E): CommandFn {
  const fn: CommandFn = (ctx) => runTool(tool, ctx.argv.slice(1), ctx, makeEnv(ctx));
  fn.complete = (request, ctx) => completeWords(tool, [...request.words.slice(1), request.current], ctx, makeEnv(ctx));
  return fn;
}
