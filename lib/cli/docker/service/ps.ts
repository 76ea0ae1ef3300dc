/** `docker service ps SERVICE...`: the tasks of the services (history included), filters, -q, --no-trunc, --no-resolve. */
import { settle } from '../../../sim/index';
import { findService, requireManager, serviceTasks, type TaskRecord } from '../../../sim/swarm/index';
import { isEngineError } from '../../../sim/index';
import { CliError, defineCommand, requiresMinArgs } from '../../command';
import { serviceNames } from './completion';
import type { DockerEnv } from '../env';
import { filterTasks, renderTasks, TASK_LIST_FLAGS } from './task-format';

export const ps = defineCommand<DockerEnv>()({
  use: 'ps [OPTIONS] SERVICE [SERVICE...]',
  short: 'List the tasks of one or more services',
  args: requiresMinArgs(1),
  at: [{ parent: 'service' }],
  flags: TASK_LIST_FLAGS,
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
