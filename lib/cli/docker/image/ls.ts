/**
 * `docker images` / `docker image ls|list`: the daemon's list (filters dangling, reference,
 * before, since, until, label; the positional REPOSITORY[:TAG] is a reference filter), then the
 * image formatter (one row per repository:tag, `<none>` rows, --digests, -q, --no-trunc,
 * --format) and the hint for `docker images ls`. `--tree` draws the experimental tree view.
 */
import { CliError, defineCommand, f, requiresMaxArgs } from '../../command';
import { formatWrite } from '../../format/formatter';
import { IMAGE_HEADERS, imageFormat, imageRows } from '../../format/image-context';
import { filterStrings, FORMAT_HELP } from '../container/help-texts';
import type { DockerEnv } from '../env';
import { imageSummaries } from './summaries';
import { renderTree } from './tree';

/** `docker image` subcommands: `docker images ls` finding nothing earns a hint. */
const SUBCOMMANDS = new Set(['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag']);

function treeConflict(o: { quiet: boolean; noTrunc: boolean; digests: boolean; format: string }): string | undefined {
  if (o.quiet) return '--quiet is not yet supported with --tree';
  if (o.noTrunc) return '--no-trunc is not yet supported with --tree';
  if (o.digests) return '--show-digest is not yet supported with --tree';
  if (o.format !== '') return '--format is not yet supported with --tree';
  return undefined;
}

export const ls = defineCommand<DockerEnv>()({
  use: 'images [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  args: requiresMaxArgs(1),
  aliasesLine: 'docker image ls, docker image list, docker images',
  at: [{ parent: 'image', name: 'ls', aliases: ['list'] }, { parent: '' }],
  flags: {
    quiet: f.bool({ short: 'q', usage: 'Only show image IDs' }),
    all: f.bool({ short: 'a', usage: 'Show all images (default hides intermediate images)' }),
    noTrunc: f.bool({ usage: "Don't truncate output" }),
    digests: f.bool({ usage: 'Show digests' }),
    format: f.string({ usage: FORMAT_HELP }),
    filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
    tree: f.bool({ usage: 'List multi-platform images as a tree (EXPERIMENTAL)' }),
  },
  complete: () => [],
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    const filters = filterStrings(o.filter);
    if (args[0] !== undefined) filters.push(`reference=${args[0]}`);
    if (o.tree) {
      const conflict = treeConflict(o);
      if (conflict) throw new CliError(conflict);
      ctx.out(renderTree(eng, { all: o.all, filters }));
      return 0;
    }
    const { api } = imageSummaries(eng, { all: o.all, filters });
    const format = imageFormat(o.format, o.quiet, o.digests);
    const rows = imageRows(api, { digests: o.digests, format, trunc: !o.noTrunc, now: eng.world.clock });
    ctx.out(formatWrite(format, IMAGE_HEADERS, rows));
    if (args[0] !== undefined && api.length === 0 && ctx.node.name === 'images' && SUBCOMMANDS.has(args[0])) {
      ctx.err(`\nNo images found matching "${args[0]}": did you mean "docker image ${args[0]}"?\n`);
    }
    return 0;
  },
});
