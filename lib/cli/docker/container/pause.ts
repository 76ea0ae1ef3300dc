/** `docker pause` / `docker container pause`: freeze every process of the containers. */
import { pauseContainer } from '../../../sim/index';
import { defineCommand, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { runningNames } from './completion';
import { forEachContainer } from './multi';

export const pause = defineCommand<DockerEnv>()({
  use: 'pause CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  args: requiresMinArgs(1),
  aliasesLine: 'docker container pause, docker pause',
  at: [{ parent: 'container' }, { parent: '' }],
  complete: (ctx) => runningNames(ctx.env),
  run: (ctx, _o, args) => forEachContainer(ctx, args, (name) => void pauseContainer(ctx.env.eng, name)),
});
