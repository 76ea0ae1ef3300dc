/**
 * The `podman` command (4.9.3, rootless, daemonless): Podman's own table and pull wording for run,
 * create, ps, images, pull, pods, info, version and generate kube; the other Docker-compatible
 * commands run the docker verbs against Podman's separate store, worded as Podman words errors.
 */
import type { CommandFn } from '../../../shell/types';
import { listContainers, type Engine } from '../../../sim/index';
import { CommandTree, completeWords, f, runTool, type Command, type Tool } from '../../command';
import { cobraDialect } from '../cobra-dialect';
import { installPodmanRoutes } from '../engines';
import { captureDockerVerb, runDockerVerb } from './delegate';
import { PODMAN_VERSION, podmanCommand, store, type PodmanEnv } from './env';
import { containerBuild } from './build';
import { info, version } from './info';
import { podmanNetworkLs } from './network-ls';
import { generate, generateKube, pull } from './misc';
import { pod, podCreate, podPs, podRm, podStart, podStop } from './pod';
import { BUILDAH_LABEL, images, ps } from './ps';
import { create, run } from './run';

/** Docker-compatible commands Podman shares with Docker (name, short help). */
const SHARED: ReadonlyArray<[string, string]> = [
  ['attach', 'Attach to a running container'],
  ['build', 'Build an image using instructions from Containerfiles'],
  ['commit', 'Create new image based on the changed container'],
  ['container', 'Manage containers'],
  ['cp', 'Copy files/folders between a container and the local filesystem'],
  ['diff', "Display the changes to the object's file system"],
  ['exec', 'Run a process in a running container'],
  ['export', "Export container's filesystem contents as a tar archive"],
  ['history', 'Show history of a specified image'],
  ['image', 'Manage images'],
  ['inspect', 'Display the configuration of object denoted by ID'],
  ['kill', 'Kill one or more running containers with a specific signal'],
  ['load', 'Load image(s) from a tar archive'],
  ['login', 'Log in to a container registry'],
  ['logout', 'Log out of a container registry'],
  ['logs', 'Fetch the logs of one or more containers'],
  ['network', 'Manage networks'],
  ['pause', 'Pause all the processes in one or more containers'],
  ['port', 'List port mappings or a specific mapping for the container'],
  ['push', 'Push an image to a specified destination'],
  ['rename', 'Rename an existing container'],
  ['restart', 'Restart one or more containers'],
  ['rm', 'Remove one or more containers'],
  ['rmi', 'Remove one or more images from local storage'],
  ['save', 'Save image(s) to an archive'],
  ['start', 'Start one or more containers'],
  ['stats', 'Display a live stream of container resource usage statistics'],
  ['stop', 'Stop one or more containers'],
  ['tag', 'Add an additional name to a local image'],
  ['top', 'Display the running processes of a container'],
  ['unpause', 'Unpause the processes in one or more containers'],
  ['volume', 'Manage volumes'],
  ['wait', 'Block on one or more containers'],
];

/** Podman's `--all`/`-a` on container verbs docker lacks it for: every (running) container. */
const ALL_FLAG = new Set(['stop', 'kill', 'pause', 'unpause', 'restart', 'rm', 'start']);

function expandAll(p: Engine, name: string, args: string[]): string[] {
  if (!ALL_FLAG.has(name) || !args.some((a) => a === '-a' || a === '--all')) return args;
  const rest = args.filter((a) => a !== '-a' && a !== '--all');
  const all = listContainers(p, { all: true }).filter((c) => !c.config.Labels?.[BUILDAH_LABEL]);
  const pick = name === 'rm' || name === 'start' ? all : all.filter((c) => c.state.Running);
  return [...rest, ...pick.map((c) => c.name)];
}

const shared: Command<PodmanEnv>[] = SHARED.map(([name, short]) =>
  podmanCommand({
    use: `${name} [options]`,
    short,
    disableFlagParsing: true,
    run(ctx, _o, args) {
      const p = store(ctx);
      if (name === 'network' && (args[0] === 'ls' || args[0] === 'list')) return ctx.out(podmanNetworkLs(p, args.slice(1))), 0;
      if (name === 'build') return containerBuild(p, ctx.io, args);
      if (name === 'network' && args[0] === 'create') {
        const made = captureDockerVerb(p, ctx.io, [name, ...args]);
        if (made.code !== 0) return ctx.err(made.stderr), 125;
        return ctx.out(args[args.length - 1] + '\n'), 0;
      }
      const argv = expandAll(p, name, args);
      if (argv !== args && argv.every((a) => a.startsWith('-'))) return 0;
      return runDockerVerb(p, ctx.io, [name, ...argv]);
    },
  }),
);

const root = podmanCommand({
  use: 'podman [options] [command]',
  short: 'Manage pods, containers and images',
  flags: { version: f.bool({ short: 'v', usage: 'Version of Podman' }) },
  persistentFlags: { help: f.bool({ usage: 'Help for podman', hidden: true }) },
});

const VERBS: readonly Command<PodmanEnv>[] = [run, create, ps, images, pull, info, version, pod, podCreate, podPs, podRm, podStart, podStop, generate, generateKube, ...shared];

let tool: Tool<PodmanEnv> | null = null;

export function podmanTool(): Tool<PodmanEnv> {
  if (tool) return tool;
  const tree = new CommandTree<PodmanEnv>(root);
  const nested = (v: Command<PodmanEnv>) => v.at.some((m) => m.parent !== '');
  for (const v of VERBS.filter((v) => !nested(v)).sort((a, b) => a.name.localeCompare(b.name))) tree.add(v);
  for (const v of VERBS.filter(nested)) tree.add(v);
  tool = { tree, dialect: cobraDialect<PodmanEnv>('podman'), version: `podman version ${PODMAN_VERSION}` };
  return tool;
}

export function podmanCommandFn(eng: Engine): CommandFn {
  installPodmanRoutes(eng);
  const env: PodmanEnv = { eng };
  const fn: CommandFn = (ctx) => runTool(podmanTool(), ctx.argv.slice(1), ctx, env);
  fn.complete = (request, ctx) => completeWords(podmanTool(), [...request.words.slice(1), request.current], ctx, env);
  return fn;
}
