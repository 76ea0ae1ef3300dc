/**
 * `docker compose ps`: the project's containers (running ones; `-a` all, `--status` by state),
 * sorted by name, as a table, JSON lines, a template, IDs (`-q`) or service names (`--services`).
 */
import { projectContainers, serviceOf } from '../../sim/compose/index';
import { CliError, defineCommand, f } from '../command';
import { formatWrite } from '../format/formatter';
import type { ComposeEnv } from './env';
import { projectOrName } from './project-options';
import { ComposeContainerContext, DEFAULT_PS_FORMAT, PS_HEADERS } from './ps-format';

export const ps = defineCommand<ComposeEnv>()({
  use: 'ps [OPTIONS] [SERVICE...]',
  short: 'List containers',
  flags: {
    all: f.bool({ short: 'a', usage: 'Show all stopped containers (including those created by the run command)' }),
    filter: f.string({ usage: 'Filter services by a property (supported filters: status)' }),
    format: f.string({ usage: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates', default: 'table' }),
    noTrunc: f.bool({ usage: "Don't truncate output" }),
    orphans: f.bool({ usage: 'Include orphaned services (not declared by project)', default: true }),
    quiet: f.bool({ short: 'q', usage: 'Only display IDs' }),
    services: f.bool({ usage: 'Display services' }),
    status: f.stringArray({ usage: 'Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]' }),
  },
  run(ctx, o, services) {
    const eng = ctx.env.eng;
    const statuses = [...o.status];
    if (o.filter !== '') {
      const i = o.filter.indexOf('=');
      if (i < 0) throw new CliError('arguments to --filter should be in form KEY=VAL');
      const key = o.filter.slice(0, i);
      if (key === 'source') throw new CliError('not implemented');
      if (key !== 'status') throw new CliError(`unknown filter ${key}`);
      statuses.push(o.filter.slice(i + 1));
    }
    const { project } = projectOrName(ctx, services);
    const all = o.all || statuses.length > 0;
    const known = new Set([...Object.keys(project.services), ...Object.keys(project.disabledServices)]);
    let cs = projectContainers(eng, project.name, all ? 'include' : 'exclude', services)
      .filter((c) => all || c.state.Running)
      .filter((c) => statuses.length === 0 || statuses.includes(c.state.Status))
      .filter((c) => o.orphans || known.has(serviceOf(c)))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (o.quiet) {
      for (const c of cs) ctx.out(c.id + '\n');
      return 0;
    }
    if (o.services) {
      const names: string[] = [];
      for (const c of cs) if (!names.includes(serviceOf(c))) names.push(serviceOf(c));
      ctx.out(names.join('\n') + '\n');
      return 0;
    }
    const format = o.format === 'table' || o.format === '' ? DEFAULT_PS_FORMAT : o.format;
    const rows = cs.map((c) => new ComposeContainerContext(eng, c, !o.noTrunc));
    cs = [];
    ctx.out(formatWrite(format, PS_HEADERS, rows));
    return 0;
  },
});
