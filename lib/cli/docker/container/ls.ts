/**
 * `docker ps` / `docker container ls|list|ps`: the daemon's list with its filters, then the
 * container formatter (table, `-q`, `--format`, `--no-trunc`, `-s`, sizes requested when the
 * template uses `.Size`), with the client's template pre-check errors.
 */
import { listContainers } from '../../../sim/index';
import { CliError, defineCommand, f, noArgs } from '../../command';
import { ContainerContext, CONTAINER_HEADERS, containerFormat, type ContainerSummary } from '../../format/container-context';
import { formatWrite } from '../../format/formatter';
import { GoTemplate } from '../../format/template';
import type { DockerEnv } from '../env';
import { filterStrings, FORMAT_HELP } from './help-texts';
import { containerSummary } from './summary';

const EMPTY: ContainerSummary = { Id: '', Names: [], Image: '', ImageID: '', Command: '', Created: 0, Ports: [], State: '', Status: '' };

/** Formats that passed checkTemplate, and whether they use `.Size` (the check depends on the text alone). */
const checked = new Map<string, boolean>();

/** The client's template check: parse, then a dry run over an empty row; reports whether `.Size` is used. */
function checkTemplate(format: string): boolean {
  const known = checked.get(format);
  if (known !== undefined) return known;
  const usesSize = dryRun(format);
  if (checked.size >= 64) checked.clear();
  checked.set(format, usesSize);
  return usesSize;
}

function dryRun(format: string): boolean {
  let tmpl: GoTemplate;
  try {
    tmpl = GoTemplate.parse(format);
  } catch (e) {
    throw new CliError(`failed to parse template: ${(e as Error).message}`);
  }
  let usesSize = false;
  const probe = new ContainerContext(EMPTY, true, 0);
  const spy = new Proxy(probe, {
    get(target, prop, receiver) {
      if (prop === 'Size') usesSize = true;
      return Reflect.get(target, prop, receiver);
    },
  });
  try {
    tmpl.execute(spy);
  } catch (e) {
    throw new CliError(`failed to execute template: ${(e as Error).message}`);
  }
  return usesSize;
}

export const ls = defineCommand<DockerEnv>()({
  use: 'ls [OPTIONS]',
  short: 'List containers',
  args: noArgs,
  aliasesLine: 'docker container ls, docker container list, docker container ps, docker ps',
  at: [{ parent: 'container', aliases: ['list', 'ps'] }, { parent: '', name: 'ps' }],
  flags: {
    all: f.bool({ short: 'a', usage: 'Show all containers (default shows just running)' }),
    filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
    format: f.string({ usage: FORMAT_HELP }),
    last: f.int({ short: 'n', usage: 'Show n last created containers (includes all states)', default: -1 }),
    latest: f.bool({ short: 'l', usage: 'Show the latest created container (includes all states)' }),
    noTrunc: f.bool({ usage: "Don't truncate output" }),
    quiet: f.bool({ short: 'q', usage: 'Only display container IDs' }),
    size: f.bool({ short: 's', usage: 'Display total file sizes' }),
  },
  run(ctx, o) {
    if (o.format !== '' && o.quiet) ctx.err('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
    let size = o.size;
    if (o.format !== '') {
      const usesSize = checkTemplate(o.format);
      if (!o.quiet && !size && !ctx.changed('size') && usesSize) size = true;
    }
    const eng = ctx.env.eng;
    const list = listContainers(eng, {
      all: o.all,
      filters: filterStrings(o.filter),
      ...(o.last !== -1 ? { last: o.last } : o.latest ? { latest: true } : {}),
    });
    // -q prints IDs whatever the format (containerFormat): nothing else of a container is worked out.
    const summary = o.quiet ? (c: (typeof list)[number]) => ({ ...EMPTY, Id: c.id }) : (c: (typeof list)[number]) => containerSummary(eng, c, size);
    const rows = list.map((c) => new ContainerContext(summary(c), !o.noTrunc, eng.world.clock));
    ctx.out(formatWrite(containerFormat(o.format, o.quiet, size), CONTAINER_HEADERS, rows));
  },
});
