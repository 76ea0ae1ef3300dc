/** `docker node ps [NODE...]`: the tasks running on nodes (this one by default). */
import { settle } from '../../../sim/index';
import { findNode, requireManager } from '../../../sim/swarm/index';
import { arbitraryArgs, defineCommand, f } from '../../command';
import { nodeNames } from '../service/completion';
import type { DockerEnv } from '../env';
import { filterTasks, renderTasks, TASK_LIST_FLAGS } from '../service/task-format';

export const ps = defineCommand<DockerEnv>()({
  use: 'ps [OPTIONS] [NODE...]',
  short: 'List tasks running on one or more nodes, defaults to current node',
  args: arbitraryArgs,
  at: [{ parent: 'node' }],
  flags: TASK_LIST_FLAGS,
  complete: (ctx) => nodeNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const cluster = requireManager(eng);
    const ids = new Set((args.length ? args : ['self']).map((a) => findNode(eng, cluster, a).id));
    const tasks = Object.values(cluster.tasks).filter((t) => t.nodeId && ids.has(t.nodeId));
    ctx.out(renderTasks(eng, filterTasks(eng, cluster, tasks, o.filter), { trunc: !o.noTrunc, resolve: !o.noResolve, format: o.format, quiet: o.quiet }));
    return 0;
  },
});
