/** `docker network rm|remove`: prints each removed name; failures go to stderr and the exit status is 1; `-f` ignores missing networks. */
import { isEngineError, removeNetwork } from '../../../sim/index';
import { defineCommand, f, requiresMinArgs, StatusError } from '../../command';
import { daemonMessage, type DockerEnv } from '../env';
import { networkNames } from './completion';

export const rm = defineCommand<DockerEnv>()({
  use: 'rm NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  args: requiresMinArgs(1),
  aliasesLine: 'docker network rm, docker network remove',
  at: [{ parent: 'network', aliases: ['remove'] }],
  flags: {
    force: f.bool({ short: 'f', usage: 'Do not error if the network does not exist' }),
  },
  complete: (ctx) => networkNames(ctx.env),
  run(ctx, o, args) {
    let status = 0;
    for (const name of args) {
      try {
        removeNetwork(ctx.env.eng, name);
        ctx.out(name + '\n');
      } catch (e) {
        if (!isEngineError(e)) throw e;
        if (o.force && e.kind === 'notFound') continue;
        ctx.err(daemonMessage(e) + '\n');
        status = 1;
      }
    }
    if (status !== 0) throw new StatusError(status, `exit status ${status}`);
    return 0;
  },
});
