/** `docker kill` / `docker container kill`: SIGKILL, or the signal given with `-s`. */
import { killContainer } from '../../../sim/index';
import { defineCommand, f, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { runningNames } from './completion';
import { forEachContainer } from './multi';

export const kill = defineCommand<DockerEnv>()({
  use: 'kill [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  args: requiresMinArgs(1),
  aliasesLine: 'docker container kill, docker kill',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: { signal: f.string({ short: 's', usage: 'Signal to send to the container' }) },
  complete: (ctx) => runningNames(ctx.env),
  run(ctx, o, args) {
    return forEachContainer(ctx, args, (name) => void killContainer(ctx.env.eng, name, o.signal || 'SIGKILL'));
  },
});
