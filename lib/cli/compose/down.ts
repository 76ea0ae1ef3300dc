/**
 * `docker compose down`: stop and remove the project's containers (reverse dependency order),
 * its networks, and with -v its named volumes, with --rmi its images. Works from the file or
 * by project name alone (`docker compose -p shop down`).
 */
import { downProject } from '../../sim/compose/index';
import { CliError, defineCommand, f } from '../command';
import type { ComposeEnv } from './env';
import { projectOrName, warnTo } from './project-options';
import { withProgress } from './progress-run';

export const down = defineCommand<ComposeEnv>()({
  use: 'down [OPTIONS] [SERVICES]',
  short: 'Stop and remove containers, networks',
  flags: {
    removeOrphans: f.bool({ usage: 'Remove containers for services not defined in the Compose file' }),
    rmi: f.string({ usage: 'Remove images used by services. "local" remove only images that don\'t have a custom tag ("local"|"all")' }),
    timeout: f.int({ short: 't', usage: 'Specify a shutdown timeout in seconds' }),
    volumes: f.bool({ short: 'v', usage: 'Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers' }),
  },
  run(ctx, o, services) {
    if (o.rmi !== '' && o.rmi !== 'local' && o.rmi !== 'all') throw new CliError(`invalid value for --rmi: ${o.rmi}`);
    const { project } = projectOrName(ctx, services);
    withProgress(ctx, (p) =>
      downProject(ctx.env.eng, project, { services, removeOrphans: o.removeOrphans, volumes: o.volumes, images: o.rmi, ...(ctx.changed('timeout') ? { timeout: o.timeout } : {}) }, p, warnTo(ctx)),
    );
    return 0;
  },
});
