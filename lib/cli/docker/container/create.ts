/**
 * `docker create` / `docker container create`: the same options as run, the container created
 * (implicit pull included) and its full id printed. Errors after parsing print as the client
 * returns them (exit 1); parse errors exit 125 with the `--help` hint.
 */
import { defineCommand, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { imageNames } from './completion';
import { CREATE_FLAGS } from './container-flags';
import { createWithPull, parseForCreate } from './create-flow';

export const create = defineCommand<DockerEnv>()({
  use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  args: requiresMinArgs(1),
  interspersed: false,
  aliasesLine: 'docker container create, docker create',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: CREATE_FLAGS,
  complete: (ctx, args) => (args.length === 0 ? imageNames(ctx.env) : []),
  run(ctx, o, args) {
    const parsed = parseForCreate(ctx, o, args, 'create');
    const c = createWithPull(ctx, parsed, o);
    ctx.out(c.id + '\n');
    return 0;
  },
});
