/**
 * `docker create` / `docker container create`: the same options as run, the container created
 * (implicit pull included) and its full id printed. Errors after parsing print as the client
 * returns them (exit 1); parse errors exit 125 with the `--help` hint.
 */
import { defineCommand, requiresMinArgs, StatusError } from '../../command';
import type { DockerEnv } from '../env';
import { imageNames } from './completion';
import { CREATE_FLAGS } from './container-flags';
import { createWithPull, validatePullOpt, withHelp } from './create-flow';
import { ParseError, parseContainerOptions, type ParsedContainer } from './parse-options';

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
    validatePullOpt(o.pull, 'create');
    let parsed: ParsedContainer;
    try {
      parsed = parseContainerOptions(o, args[0]!, args.slice(1), {
        fs: ctx.io.fs,
        cwd: ctx.io.cwd,
        lookup: (k) => ctx.io.env[k],
        entrypointChanged: ctx.changed('entrypoint'),
      });
    } catch (e) {
      if (e instanceof ParseError) throw new StatusError(125, withHelp(e.message, 'create'));
      throw e;
    }
    const c = createWithPull(ctx, parsed, { name: o.name, pull: o.pull, quiet: o.quiet, platform: o.platform, cidfile: o.cidfile });
    ctx.out(c.id + '\n');
    return 0;
  },
});
