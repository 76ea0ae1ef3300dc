/** `docker service ps SERVICE...`: the tasks of the services (history included), filters, -q, --no-trunc, --no-resolve. */
import { settle } from '../../../sim/index';
import { findService, requireManager, serviceTasks, type TaskRecord } from '../../../sim/swarm/index';
import { isEngineError } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import { serviceNames } from './completion';
import type { DockerEnv } from '../env';
import { filterTasks, renderTasks } from './task-format';

export const ps = defineCommand<DockerEnv>()({
  use: 'ps [OPTIONS] SERVICE [SERVICE...]',
  short: 'List the tasks of one or more services',
  args: requiresMinArgs(1),
  at: [{ parent: 'service' }],
  flags: {
    filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
    format: f.string({ usage: 'Pretty-print tasks using a Go template' }),
    noResolve: f.bool({ usage: 'Do not map IDs to Names' }),
    noTrunc: f.bool({ usage: 'Do not truncate output' }),
    quiet: f.bool({ short: 'q', usage: 'Only display task IDs' }),
  },
  complete: (ctx) => serviceNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const cluster = requireManager(eng);
    const tasks: TaskRecord[] = [];
    const missing: string[] = [];
    for (const name of args) {
      try {
        tasks.push(...serviceTasks(cluster, findService(cluster, name).id));
      } catch (e) {
        if (!isEngineError(e) || e.kind !== 'notFound') throw e;
        missing.push(`no such service: ${name}`);
      }
    }
    if (missing.length === args.length) throw new CliError(missing.join('\n'));
    const shown = filterTasks(eng, cluster, tasks, o.filter);
    ctx.out(renderTasks(eng, shown, { trunc: !o.noTrunc, resolve: !o.noResolve, format: o.format, quiet: o.quiet }));
    if (missing.length > 0) throw new CliError(missing.join('\n'));
    return 0;
  },
});
