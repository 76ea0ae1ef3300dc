/**
 * The build verbs. Docker 28 forwards `docker build`, `docker image build` and `docker builder …`
 * to the buildx plugin (cmd/docker/builder.go), so the real work is `docker buildx build` and
 * `docker buildx prune`; the docker-side commands re-run the line as `docker buildx …` to get
 * buildx's wording (usage lines, errors). `buildVerbs(engineOf)` returns them, parents first.
 */
import type { CommandFn } from '../../../shell/types';
import type { Engine } from '../../../sim/core/engine';
import { CliError, defineCommand, dockerDialect, f, runTool, type Command, type RunContext } from '../../command';
import { BUILD_FLAGS, BUILDX_ROOT_FLAGS } from './flags';
import { BUILDX_VERSION_LINE, buildxDu, buildxLs } from './buildx-info';
import { builderVerbs } from './buildx-builders';
import { buildxConfirmThen } from './buildx-prompt';
import { currentBuilder, listBuilders } from './buildx-store';
import { unsimulatedVerbs } from './buildx-unsimulated';
import { PRUNE_ALL_WARNING, PRUNE_WARNING, pruneKeepDuration, pruneReport } from './prune';
import { runBuild } from './run-build';

const BUILD_USE = 'build [OPTIONS] PATH | URL | -';

/** docker/cli's NoArgs (vendored in buildx) through buildx's `ERROR: %v`. */
function noArgs<E>(ctx: RunContext<E>): number {
  ctx.err(`ERROR: docker: '${ctx.node.path}' accepts no arguments\n\nUsage:  ${ctx.node.useLine}\n\nRun '${ctx.node.path} --help' for more information\n`);
  return 1;
}

/** Re-run the words as `docker buildx <sub> …` on the same command tree. */
function forward<E>(ctx: RunContext<E>, words: readonly string[]): number {
  const tool = { tree: ctx.node.tree, dialect: dockerDialect<E>() };
  return runTool(tool, ['buildx', ...words], ctx.io, ctx.env);
}

/** Commands RUN steps get besides the package tools (curl, git… when the wiring has them). */
export type SandboxTools<E> = (env: E) => Readonly<Record<string, CommandFn>>;

export function buildVerbs<E>(engineOf: (env: E) => Engine, toolsOf: SandboxTools<E> = () => ({})): Command<E>[] {
  const cmd = defineCommand<E>();

  const buildx = cmd({
    use: 'buildx',
    short: 'Docker Buildx',
    long: 'Extended build capabilities with BuildKit',
    group: true,
    annotations: { plugin: 'true' },
    persistentFlags: BUILDX_ROOT_FLAGS,
    at: [{ parent: '' }],
  });

  const buildxBuild = cmd({
    use: BUILD_USE,
    short: 'Start a build',
    aliases: ['b'],
    aliasesLine: 'docker buildx build, docker buildx b',
    flags: BUILD_FLAGS,
    at: [{ parent: 'buildx' }],
    run: (ctx, o, args) => runBuild(ctx, o, args, engineOf(ctx.env), toolsOf(ctx.env)),
  });

  const pruneFlags = {
    all: f.bool({ short: 'a', usage: 'Include internal/frontend images' }),
    filter: f.filter({ usage: 'Provide filter values (e.g., "until=24h")' }),
    reservedSpace: f.bytes({ usage: 'Amount of disk space always allowed to keep for cache' }),
    minFreeSpace: f.bytes({ usage: 'Target amount of free disk space after pruning' }),
    maxUsedSpace: f.bytes({ usage: 'Maximum amount of disk space allowed to keep for cache' }),
    verbose: f.bool({ usage: 'Provide a more verbose output' }),
    force: f.bool({ short: 'f', usage: 'Do not prompt for confirmation' }),
    keepStorage: f.bytes({ usage: 'Amount of disk space to keep for cache', deprecated: 'keep-storage flag has been changed to max-storage' }),
  };
  const buildxPrune = cmd({
    use: 'prune',
    short: 'Remove build cache',
    flags: pruneFlags,
    at: [{ parent: 'buildx' }],
    run(ctx, o, args) {
      if (args.length > 0) return noArgs(ctx);
      let olderThan: number | undefined;
      try {
        olderThan = pruneKeepDuration(o.filter);
      } catch (e) {
        throw new CliError(`ERROR: ${(e as Error).message}`, 1);
      }
      const prune = () => pruneReport(engineOf(ctx.env), o.all, olderThan);
      if (o.force) return void ctx.out(prune());
      return buildxConfirmThen(ctx.io, o.all ? PRUNE_ALL_WARNING : PRUNE_WARNING, prune);
    },
  });

  const buildxVersion = cmd({
    use: 'version',
    short: 'Show buildx version information',
    at: [{ parent: 'buildx' }],
    run(ctx, _o, args) {
      if (args.length > 0) return noArgs(ctx);
      ctx.out(BUILDX_VERSION_LINE + '\n');
      return 0;
    },
  });
  const buildxLsCmd = cmd({
    use: 'ls',
    short: 'List builder instances',
    flags: {
      format: f.string({ usage: 'Format the output', default: 'table' }),
      noTrunc: f.bool({ usage: "Don't truncate output" }),
    },
    at: [{ parent: 'buildx' }],
    run(ctx, o, args) {
      if (args.length > 0) return noArgs(ctx);
      ctx.out(buildxLs(o.format === 'table' ? '' : o.format, listBuilders(ctx.io.fs), currentBuilder(ctx.io.fs)));
      return 0;
    },
  });
  const buildxDuCmd = cmd({
    use: 'du',
    short: 'Disk usage',
    flags: {
      filter: f.stringArray({ usage: 'Provide filter values' }),
      verbose: f.bool({ usage: 'Provide a more verbose output' }),
    },
    at: [{ parent: 'buildx' }],
    run(ctx, o, args) {
      if (args.length > 0) return noArgs(ctx);
      ctx.out(buildxDu(engineOf(ctx.env), o.verbose));
      return 0;
    },
  });

  // docker's own commands, forwarded to the plugin with every word, --help included (so their help
  // is buildx's, as on Docker 28); completion and the root's command list show the docker side.
  const dockerBuild = cmd({
    use: BUILD_USE,
    short: 'Build an image from a Dockerfile',
    aliasesLine: 'docker image build, docker build, docker builder build',
    flags: BUILD_FLAGS,
    disableFlagParsing: true,
    forwardsHelp: true,
    at: [{ parent: '' }, { parent: 'image' }, { parent: 'builder' }],
    run: (ctx, _o, args) => forward(ctx, ['build', ...args]),
  });

  // `docker builder X …` is `docker buildx X …` (ls, du, version, --help…); build and prune stay
  // listed under it for docker's help and completion.
  const dockerBuilder = cmd({
    use: 'builder',
    short: 'Manage builds',
    group: true,
    disableFlagParsing: true,
    forwardsHelp: true,
    at: [{ parent: '' }],
    run: (ctx, _o, args) => forward(ctx, args),
  });

  const builderPrune = cmd({
    use: 'prune',
    short: 'Remove build cache',
    flags: pruneFlags,
    disableFlagParsing: true,
    forwardsHelp: true,
    at: [{ parent: 'builder' }],
    run: (ctx, _o, args) => forward(ctx, ['prune', ...args]),
  });

  return [
    buildx,
    buildxBuild,
    buildxDuCmd,
    buildxLsCmd,
    buildxPrune,
    buildxVersion,
    ...builderVerbs(cmd, engineOf),
    ...unsimulatedVerbs(cmd),
    dockerBuilder,
    dockerBuild,
    builderPrune,
  ];
}
