/**
 * The `buildah` command (1.33.7): working containers from images (`buildah from`), commands run on
 * their filesystem, configuration, commit to an image in the store Podman shares; cobra's wording.
 */
import type { CommandFn } from '../../../shell/types';
import type { Engine } from '../../../sim/index';
import { CommandTree, completeWords, f, runTool, type Tool } from '../../command';
import { cobraDialect } from '../cobra-dialect';
import { podmanEngine } from '../engines';
import { containerBuild } from '../podman/build';
import { commit, config, run } from './build-steps';
import { buildahCommand, BUILDAH_VERSION, containers, from, images, rm, rmi, version, type BuildahEnv } from './verbs';

const build = buildahCommand({
  use: 'build [CONTEXT]',
  short: 'Build an image using instructions in a Containerfile',
  aliases: ['build-using-dockerfile', 'bud'],
  disableFlagParsing: true,
  run: (ctx, _o, args) => containerBuild(podmanEngine(ctx.env.eng), ctx.io, args),
});

const root = buildahCommand({
  use: 'buildah',
  short: 'A tool that facilitates building OCI images',
  flags: { version: f.bool({ short: 'v', usage: 'version for buildah' }) },
  persistentFlags: { help: f.bool({ short: 'h', usage: 'help for buildah', hidden: true }) },
});

let tool: Tool<BuildahEnv> | null = null;

export function buildahTool(): Tool<BuildahEnv> {
  if (tool) return tool;
  const tree = new CommandTree<BuildahEnv>(root);
  for (const v of [build, commit, config, containers, from, images, rm, rmi, run, version]) tree.add(v);
  tool = { tree, dialect: cobraDialect<BuildahEnv>('buildah'), version: `buildah version ${BUILDAH_VERSION} (image-spec 1.1.0-rc.5, runtime-spec 1.1.0)` };
  return tool;
}

export function buildahCommandFn(eng: Engine): CommandFn {
  const env: BuildahEnv = { eng };
  const fn: CommandFn = (ctx) => runTool(buildahTool(), ctx.argv.slice(1), ctx, env);
  fn.complete = (request, ctx) => completeWords(buildahTool(), [...request.words.slice(1), request.current], ctx, env);
  return fn;
}
