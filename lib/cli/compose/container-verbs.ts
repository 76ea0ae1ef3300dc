/**
 * Compose verbs that act on one service container as the docker verb of the same name does
 * (compose 2.36 cmd/compose attach.go, commit.go, export.go, stats.go): the container is
 * getSpecifiedContainer's — the service's running containers (one-off `run` ones included, after
 * the others), the lowest number first or the `--index` one — and the work is docker's own.
 */
import { ComposeError, CONTAINER_NUMBER_LABEL, ONEOFF_LABEL, PROJECT_LABEL, projectContainers, SERVICE_LABEL } from '../../sim/compose/index';
import { commitContainer, containerStats, exportContainer, hostOf, type ContainerRecord } from '../../sim/index';
import { resolvePath } from '../../sim/fs/path';
import { defineCommand, f, requiresMaxArgs, requiresMinArgs, requiresRangeArgs } from '../command';
import { attachContainer } from '../docker/container/attach';
import { showStats } from '../docker/container/stats';
import { stdoutIsTerminal } from '../docker/container/terminal';
import type { ComposeEnv } from './env';
import { projectName, type ComposeCtx } from './project-options';
import { isDryRun, withProgress } from './progress-run';

const INDEX_USAGE = 'index of the container if service has multiple replicas.';
const STATS_FORMAT_HELP = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/engine/cli/formatting/ for more information about formatting output with templates`;

/** compose's getSpecifiedContainer over running containers. */
function specifiedContainer(ctx: ComposeCtx, service: string, index: number): ContainerRecord {
  const number = (c: ContainerRecord) => Number(c.config.Labels[CONTAINER_NUMBER_LABEL] ?? 0);
  const oneOff = (c: ContainerRecord) => c.config.Labels[ONEOFF_LABEL] === 'True';
  const cs = projectContainers(ctx.env.eng, projectName(ctx), 'include', [service])
    .filter((c) => c.state.Running && (index <= 0 || number(c) === index))
    .sort((a, b) => number(a) - number(b) || Number(oneOff(a)) - Number(oneOff(b)));
  if (cs.length === 0) throw new ComposeError(index > 0 ? `service "${service}" is not running container #${index}` : `service "${service}" is not running`);
  return cs[0]!;
}

export const attach = defineCommand<ComposeEnv>()({
  use: 'attach [OPTIONS] SERVICE',
  short: "Attach local standard input, output, and error streams to a service's running container",
  args: requiresMinArgs(1),
  flags: {
    detachKeys: f.string({ usage: 'Override the key sequence for detaching from a container.' }),
    index: f.int({ usage: INDEX_USAGE }),
    noStdin: f.bool({ usage: 'Do not attach STDIN' }),
    sigProxy: f.bool({ usage: 'Proxy all received signals to the process', default: true }),
  },
  run(ctx, o, args) {
    // container.RunAttach on its id: docker attach's checks and terminal handling.
    return attachContainer(ctx, specifiedContainer(ctx, args[0]!, o.index), o);
  },
});

export const commit = defineCommand<ComposeEnv>()({
  use: 'commit [OPTIONS] SERVICE [REPOSITORY[:TAG]]',
  short: "Create a new image from a service container's changes",
  args: requiresRangeArgs(1, 2),
  flags: {
    author: f.string({ short: 'a', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' }),
    change: f.list({ short: 'c', usage: 'Apply Dockerfile instruction to the created image' }),
    index: f.int({ usage: INDEX_USAGE }),
    message: f.string({ short: 'm', usage: 'Commit message' }),
    pause: f.bool({ short: 'p', usage: 'Pause container during commit', default: true }),
  },
  run(ctx, o, args) {
    const c = specifiedContainer(ctx, args[0]!, o.index);
    const msg = `Commit ${c.name}`;
    withProgress(
      ctx,
      (p) => {
        p.event(c.name, 'working', 'Committing', { text: msg });
        const dry = isDryRun(ctx);
        const id = dry ? '' : commitContainer(ctx.env.eng, c.id, { ...(args[1] !== undefined ? { reference: args[1] } : {}), ...(o.message !== '' ? { message: o.message } : {}), ...(o.author !== '' ? { author: o.author } : {}), changes: o.change }).id;
        p.spend(100);
        p.event(c.name, 'done', dry ? 'Committed' : `Committed as ${id}`, { text: msg });
      },
      'Committing',
    );
    return 0;
  },
});

export const exportCmd = defineCommand<ComposeEnv>()({
  use: 'export [OPTIONS] SERVICE',
  short: "Export a service container's filesystem as a tar archive",
  args: requiresMinArgs(1),
  flags: {
    index: f.int({ usage: INDEX_USAGE }),
    output: f.string({ short: 'o', usage: 'Write to a file, instead of STDOUT' }),
  },
  run(ctx, o, args) {
    const c = specifiedContainer(ctx, args[0]!, o.index);
    if (o.output === '' && stdoutIsTerminal(ctx.io)) throw new ComposeError('output option is required when exporting to terminal');
    const path = o.output === '' ? '' : resolvePath(ctx.io.cwd, o.output);
    if (path !== '') {
      const dir = path.slice(0, path.lastIndexOf('/')) || '/';
      const shown = o.output.includes('/') ? o.output.slice(0, o.output.lastIndexOf('/')) || '/' : '.';
      if (ctx.io.fs.stat(dir)?.type !== 'dir') throw new ComposeError(`failed to export container: invalid output path: directory ${JSON.stringify(shown)} does not exist`);
    }
    // The progress shows the export as started; compose reports nothing more once the bytes are copied.
    withProgress(
      ctx,
      (p) => {
        p.event(c.name, 'working', 'Exporting', { text: `export ${c.name} to ${o.output}` });
        if (isDryRun(ctx)) return p.event(c.name, 'done', 'Exported', { text: `export ${c.name} to ${o.output}` });
        const archive = exportContainer(ctx.env.eng, c.id);
        if (path === '') return ctx.out(archive);
        try {
          ctx.io.fs.writeFile(path, archive, { mode: 0o600 });
        } catch {
          throw new ComposeError(`open ${o.output}: permission denied`);
        }
      },
      'Exporting',
    );
    return 0;
  },
});

export const stats = defineCommand<ComposeEnv>()({
  use: 'stats [OPTIONS] [SERVICE]',
  short: 'Display a live stream of container(s) resource usage statistics',
  args: requiresMaxArgs(1),
  flags: {
    all: f.bool({ short: 'a', usage: 'Show all containers (default shows just running)' }),
    format: f.string({ usage: STATS_FORMAT_HELP }),
    noStream: f.bool({ usage: 'Disable streaming stats and only pull the first result' }),
    noTrunc: f.bool({ usage: 'Do not truncate output' }),
  },
  run(ctx, o, args) {
    // docker stats with label filters: the project's containers (and the service's, when named).
    const project = projectName(ctx);
    const ids = Object.values(hostOf(ctx.env.eng).containers)
      .filter((c) => c.config.Labels[PROJECT_LABEL] === project && (args.length === 0 || c.config.Labels[SERVICE_LABEL] === args[0]) && (o.all || c.state.Running))
      .map((c) => c.id);
    const samples = ids.length > 0 ? containerStats(ctx.env.eng, ids) : [];
    return showStats(ctx, samples, [], o);
  },
});
