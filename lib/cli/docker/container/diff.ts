/** `docker diff` / `docker container diff`: A/C/D changes of the container's writable layer. */
import { containerDiff } from '../../../sim/index';
import { CliError, defineCommand, exactArgs } from '../../command';
import type { DockerEnv } from '../env';
import { containerNames } from './completion';

export const diff = defineCommand<DockerEnv>()({
  use: 'diff CONTAINER',
  short: "Inspect changes to files or directories on a container's filesystem",
  args: exactArgs(1),
  aliasesLine: 'docker container diff, docker diff',
  at: [{ parent: 'container' }, { parent: '' }],
  complete: (ctx) => containerNames(ctx.env),
  run(ctx, _o, args) {
    if (args[0] === '') throw new CliError('Container name cannot be empty');
    const out = containerDiff(ctx.env.eng, args[0]!).map((ch) => `${ch.kind} ${ch.path}\n`).join('');
    ctx.out(out);
    return 0;
  },
});
