/** `docker volume rm|remove [-f]`: prints each removed name; failures are joined (one per line), exit 1. */
import { isEngineError, removeVolume } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import { daemonMessage, type DockerEnv } from '../env';
import { volumeNames } from './completion';

export const rm = defineCommand<DockerEnv>()({
  use: 'rm [OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  args: requiresMinArgs(1),
  aliasesLine: 'docker volume rm, docker volume remove',
  at: [{ parent: 'volume', aliases: ['remove'] }],
  flags: {
    force: f.bool({ short: 'f', usage: 'Force the removal of one or more volumes' }),
  },
  complete: (ctx) => volumeNames(ctx.env),
  run(ctx, o, args) {
    const errors: string[] = [];
    for (const name of args) {
      try {
        removeVolume(ctx.env.eng, name, o.force);
        ctx.out(name + '\n');
      } catch (e) {
        if (!isEngineError(e)) throw e;
        errors.push(daemonMessage(e));
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
});
