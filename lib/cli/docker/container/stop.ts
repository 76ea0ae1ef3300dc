/** `docker stop` / `docker container stop`: StopSignal, then SIGKILL after the timeout. */
import { stopContainer } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { runningNames } from './completion';
import { forEachContainer } from './multi';

export const STOP_FLAGS = {
  signal: f.string({ short: 's', usage: 'Signal to send to the container' }),
  timeout: f.int({ short: 't', usage: 'Seconds to wait before killing the container' }),
  time: f.int({ usage: 'Seconds to wait before killing the container (deprecated: use --timeout)', deprecated: 'use --timeout instead' }),
};

export const stop = defineCommand<DockerEnv>()({
  use: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  args: requiresMinArgs(1),
  aliasesLine: 'docker container stop, docker stop',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: STOP_FLAGS,
  complete: (ctx) => runningNames(ctx.env),
  run(ctx, o, args) {
    if (ctx.changed('time') && ctx.changed('timeout')) throw new CliError('conflicting options: cannot specify both --timeout and --time');
    const timeout = ctx.changed('timeout') ? o.timeout : ctx.changed('time') ? o.time : undefined;
    return forEachContainer(ctx, args, (name) => {
      stopContainer(ctx.env.eng, name, { ...(timeout !== undefined ? { timeout } : {}), ...(o.signal !== '' ? { signal: o.signal } : {}) });
    });
  },
});
