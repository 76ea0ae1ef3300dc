/** `docker rm` / `docker container rm|remove`: `-f` kills first, `-v` removes anonymous volumes. */
import { EngineError, removeContainer, requireContainer } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { containerNames } from './completion';
import { clientText, forEachContainer } from './multi';

export const rm = defineCommand<DockerEnv>()({
  use: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  aliases: ['remove'],
  args: requiresMinArgs(1),
  aliasesLine: 'docker container rm, docker container remove, docker rm',
  at: [{ parent: 'container' }, { parent: '', aliases: [] }],
  flags: {
    volumes: f.bool({ short: 'v', usage: 'Remove anonymous volumes associated with the container' }),
    link: f.bool({ short: 'l', usage: 'Remove the specified link' }),
    force: f.bool({ short: 'f', usage: 'Force the removal of a running container (uses SIGKILL)' }),
  },
  complete: (ctx) => containerNames(ctx.env, (c) => !c.state.Running),
  run(ctx, o, args) {
    return forEachContainer(
      ctx,
      args,
      (name) => {
        const id = name.replace(/^\/+|\/+$/g, '');
        if (id === '') throw new CliError('container name cannot be empty');
        if (o.link) {
          requireContainer(ctx.env.eng, id);
          throw new EngineError('system', 'Conflict, cannot remove the default link name of the container');
        }
        removeContainer(ctx.env.eng, id, { force: o.force, volumes: o.volumes });
      },
      (_name, e) => {
        if (o.force && e instanceof EngineError && e.kind === 'notFound') {
          ctx.err(clientText(e) + '\n');
          return 'skip';
        }
      },
    );
  },
});
