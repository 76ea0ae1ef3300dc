/** `docker service rm|remove SERVICE...`: prints each name removed; a missing one is an error after the others. */
import { settle } from '../../../sim/index';
import { removeService } from '../../../sim/swarm/index';
import { isEngineError } from '../../../sim/index';
import { CliError, defineCommand, requiresMinArgs } from '../../command';
import { serviceNames } from './completion';
import { daemonMessage, type DockerEnv } from '../env';

export const rm = defineCommand<DockerEnv>()({
  use: 'rm SERVICE [SERVICE...]',
  short: 'Remove one or more services',
  args: requiresMinArgs(1),
  aliasesLine: 'docker service rm, docker service remove',
  at: [{ parent: 'service', aliases: ['remove'] }],
  flags: {},
  complete: (ctx) => serviceNames(ctx.env),
  run(ctx, _o, args) {
    settle(ctx.env.eng);
    const errors: string[] = [];
    for (const name of args) {
      try {
        removeService(ctx.env.eng, name);
        ctx.out(name + '\n');
      } catch (e) {
        if (!isEngineError(e) || e.kind !== 'notFound') throw e;
        errors.push(daemonMessage(e));
      }
    }
    settle(ctx.env.eng);
    if (errors.length) throw new CliError(errors.join('\n'));
    return 0;
  },
});
