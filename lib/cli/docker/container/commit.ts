/** `docker commit` / `docker container commit`: a new image from the container's changes. */
import { commitContainer } from '../../../sim/index';
import { defineCommand, f, requiresRangeArgs } from '../../command';
import type { DockerEnv } from '../env';
import { containerNames } from './completion';

export const commit = defineCommand<DockerEnv>()({
  use: 'commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: "Create a new image from a container's changes",
  args: requiresRangeArgs(1, 2),
  interspersed: false,
  aliasesLine: 'docker container commit, docker commit',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    pause: f.bool({ short: 'p', usage: 'Pause container during commit', default: true }),
    message: f.string({ short: 'm', usage: 'Commit message' }),
    author: f.string({ short: 'a', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' }),
    change: f.list({ short: 'c', usage: 'Apply Dockerfile instruction to the created image' }),
  },
  complete: (ctx, args) => (args.length === 0 ? containerNames(ctx.env) : []),
  run(ctx, o, args) {
    const image = commitContainer(ctx.env.eng, args[0]!, {
      ...(args[1] !== undefined ? { reference: args[1] } : {}),
      ...(o.message !== '' ? { message: o.message } : {}),
      ...(o.author !== '' ? { author: o.author } : {}),
      changes: o.change,
    });
    ctx.out(image.id + '\n');
    return 0;
  },
});
