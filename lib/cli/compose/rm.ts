/**
 * `docker compose rm`: remove the project's stopped containers (`-s` stops them first), after
 * `Going to remove …` and a y/N question (answered from stdin; `-f` skips it).
 */
import { removableContainers, removeContainers, stopServices } from '../../sim/compose/index';
import { defineCommand, f } from '../command';
import { stdinIsTerminal } from '../docker/container/terminal';
import type { ComposeEnv } from './env';
import { projectOrName } from './project-options';
import { withProgress } from './progress-run';

export const rm = defineCommand<ComposeEnv>()({
  use: 'rm [OPTIONS] [SERVICE...]',
  short: 'Removes stopped service containers',
  long: `Removes stopped service containers

By default, anonymous volumes attached to containers will not be removed. You
can override this with -v. To list all volumes, use "docker volume ls".

Any data which is not in a volume will be lost.`,
  flags: {
    all: f.bool({ short: 'a', usage: 'Deprecated - no effect', hidden: true }),
    force: f.bool({ short: 'f', usage: "Don't ask to confirm removal" }),
    stop: f.bool({ short: 's', usage: 'Stop the containers, if required, before removing' }),
    volumes: f.bool({ short: 'v', usage: 'Remove any anonymous volumes attached to containers' }),
  },
  run(ctx, o, services) {
    const eng = ctx.env.eng;
    const { project } = projectOrName(ctx, services);
    if (o.stop) withProgress(ctx, (p) => stopServices(eng, project, services, p), 'Stopping');
    const cs = removableContainers(eng, project, services);
    if (cs.length === 0) {
      ctx.err('No stopped containers\n');
      return 0;
    }
    const msg = `Going to remove ${cs.map((c) => c.name).join(', ')}`;
    const remove = (c: typeof ctx) => withProgress(c, (p) => removeContainers(eng, cs, o.volumes, p), 'Removing');
    if (o.force) ctx.out(msg + '\n');
    else if (stdinIsTerminal(ctx.io) && ctx.io.shell.ask) {
      // pkg/prompt User: survey's Confirm waits for the learner's answer (y/yes; Enter alone is the default, No)
      ctx.out(`? ${msg} (y/N) `);
      ctx.io.shell.ask((answer) => {
        if (!['y', 'yes'].includes(answer.trim().toLowerCase())) return { stdout: '', stderr: '', exitCode: 0 };
        let stdout = '';
        let stderr = '';
        remove(Object.assign(Object.create(ctx) as typeof ctx, { out: (t: string) => (stdout += t), err: (t: string) => (stderr += t) }));
        return { stdout, stderr, exitCode: 0 };
      });
      return 0;
    } else {
      // pkg/prompt Pipe: the bare message, then one word read (none at end of input) taken as a Go bool (or y)
      ctx.out(msg);
      const answer = (ctx.io.stdin.trim().split(/\s+/)[0] ?? '').toLowerCase();
      if (!['y', '1', 't', 'true'].includes(answer)) return 0;
    }
    remove(ctx);
    return 0;
  },
});
