/** `docker unpause` / `docker container unpause`. */
import { unpauseContainer } from '../../../sim/index';
import { defineCommand, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { pausedNames } from './completion';
import { forEachContainer } from './multi';

export const unpause = defineCommand<DockerEnv>()({
  use: 'unpause CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  args: requiresMinArgs(1),
  aliasesLine: 'docker container unpause, docker unpause',
  at: [{ parent: 'container' }, { parent: '' }],
  complete: (ctx) => pausedNames(ctx.env),
  run: (ctx, _o, args) => forEachContainer(ctx, args, (name) => void unpauseContainer(ctx.env.eng, name)),
});
