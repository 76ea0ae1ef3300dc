/** `docker service rollback SERVICE`: back to the previous spec; the name, then the rollback progress unless -d. */
import { settle } from '../../../sim/index';
import { rollbackService } from '../../../sim/swarm/index';
import { defineCommand, exactArgs, f } from '../../command';
import { serviceNames } from './completion';
import type { DockerEnv } from '../env';
import { waitForService } from './progress';

export const rollback = defineCommand<DockerEnv>()({
  use: 'rollback [OPTIONS] SERVICE',
  short: 'Revert changes to a service\'s configuration',
  args: exactArgs(1),
  at: [{ parent: 'service' }],
  flags: {
    detach: f.bool({ short: 'd', usage: 'Exit immediately instead of waiting for the service to converge' }),
    quiet: f.bool({ short: 'q', usage: 'Suppress progress output' }),
  },
  complete: (ctx) => serviceNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const s = rollbackService(ctx.env.eng, args[0]!);
    ctx.out(args[0] + '\n');
    if (o.detach) return 0;
    const progress = waitForService(ctx.env.eng, s.id, args[0]!);
    if (!o.quiet) ctx.out(progress);
    return 0;
  },
});
