/** `docker restart` / `docker container restart`: stop (with the timeout), then start again. */
import { restartContainer } from '../../../sim/index';
import { CliError, defineCommand, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { containerNames } from './completion';
import { forEachContainer } from './multi';
import { STOP_FLAGS } from './stop';

export const restart = defineCommand<DockerEnv>()({
  use: 'restart [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  args: requiresMinArgs(1),
  aliasesLine: 'docker container restart, docker restart',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: STOP_FLAGS,
  complete: (ctx) => containerNames(ctx.env),
  run(ctx, o, args) {
    if (ctx.changed('time') && ctx.changed('timeout')) throw new CliError('conflicting options: cannot specify both --timeout and --time');
    const timeout = ctx.changed('timeout') ? o.timeout : ctx.changed('time') ? o.time : undefined;
    return forEachContainer(ctx, args, (name) => {
      restartContainer(ctx.env.eng, name, { ...(timeout !== undefined ? { timeout } : {}), ...(o.signal !== '' ? { signal: o.signal } : {}) });
    });
  },
});
