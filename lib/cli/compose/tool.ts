/**
 * The compose command tree (paths `docker compose up`…). The standalone `docker-compose` binary
 * is the same program: it rewrites its arguments to `docker compose …` before running, so its
 * usage lines and messages say `docker compose` too.
 * `composeCommandFn` is the shell command `docker-compose`; `withComposePlugin` wraps the
 * `docker` command so `docker [global flags] compose …` runs the plugin, as the docker CLI hands
 * plugin commands over to the plugin binary.
 */
import type { CommandFn } from '../../shell/types';
import { restore, snapshot, type Engine } from '../../sim/index';
import { CommandTree, completeWords, defineCommand, runTool, type Command, type Tool } from '../command';
import { composeDialect } from './dialect';
import type { ComposeEnv } from './env';
import { PERSISTENT_FLAGS, ROOT_FLAGS } from './root-flags';
import { COMPOSE_VERBS } from './verbs';
import { VERSION_LINE } from './version';
import { CliError } from '../command';

const rootSpec = defineCommand<ComposeEnv>()({
  use: 'compose [OPTIONS] COMMAND',
  short: 'Docker Compose',
  long: 'Define and run multi-container applications with Docker',
  flags: ROOT_FLAGS,
  persistentFlags: PERSISTENT_FLAGS,
  interspersed: false,
  run(ctx, o, args) {
    if (args.length === 0) {
      if (o.version) {
        ctx.out(VERSION_LINE + '\n');
        return 0;
      }
      ctx.out(ctx.help());
      return 0;
    }
    ctx.out(ctx.help());
    throw new CliError(`unknown docker command: ${JSON.stringify(`compose ${args[0]}`)}`, 1);
  },
});

function buildTool(name: string): Tool<ComposeEnv> {
  const root: Command<ComposeEnv> = { ...rootSpec, name, use: `${name} [OPTIONS] COMMAND` };
  const tree = new CommandTree<ComposeEnv>(root);
  for (const v of COMPOSE_VERBS) tree.add(v, [{ parent: '' }]);
  return { tree, dialect: composeDialect() };
}

let plugin: Tool<ComposeEnv> | null = null;

export const composePluginTool = () => (plugin ??= buildTool('docker compose'));

/** `--dry-run` anywhere before `--`: the command runs, then the engine's state is put back. */
function isDryRun(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--dry-run' || a === '--dry-run=true');
}

function runCompose(argv: readonly string[], ctx: Parameters<CommandFn>[0], env: ComposeEnv): number {
  if (!isDryRun(argv)) return runTool(composePluginTool(), argv, ctx, env);
  const saved = snapshot(env.eng.world);
  try {
    return runTool(composePluginTool(), argv, ctx, env);
  } finally {
    env.eng.world = restore(saved);
  }
}

/** The shell command `docker-compose`. */
export function composeCommandFn(eng: Engine): CommandFn {
  const env: ComposeEnv = { eng };
  const fn: CommandFn = (ctx) => runCompose(ctx.argv.slice(1), ctx, env);
  fn.complete = (request, ctx) => completeWords(composePluginTool(), [...request.words.slice(1), request.current], ctx, env);
  return fn;
}

/** docker's global flags that take a value (`docker --context x compose ps`). */
const DOCKER_VALUE_FLAGS = new Set(['--config', '-c', '--context', '-H', '--host', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey']);

/** Index of the command word in `docker …` argv (after docker's global flags), or -1. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return -1;
    if (!a.startsWith('-')) return i;
    if (DOCKER_VALUE_FLAGS.has(a)) i++;
  }
  return -1;
}

/** Wrap the `docker` command: `docker compose …` runs the compose plugin. */
export function withComposePlugin(makeDocker: (eng: Engine) => CommandFn): (eng: Engine) => CommandFn {
  return (eng) => {
    const docker = makeDocker(eng);
    const env: ComposeEnv = { eng };
    const fn: CommandFn = (ctx) => {
      const i = commandIndex(ctx.argv);
      if (i < 0 || ctx.argv[i] !== 'compose') return docker(ctx);
      return runCompose(ctx.argv.slice(i + 1), ctx, env);
    };
    fn.complete = (request, ctx) => {
      const i = commandIndex([...request.words, request.current === '' ? '' : request.current]);
      if (i > 0 && i < request.words.length && request.words[i] === 'compose') return completeWords(composePluginTool(), [...request.words.slice(i + 1), request.current], ctx, env);
      return docker.complete ? docker.complete(request, ctx) : [];
    };
    return fn;
  };
}
