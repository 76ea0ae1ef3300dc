/**
 * `docker compose start|stop|restart|kill|pause|unpause`: act on the project's existing
 * containers (by file or by `-p` name), one progress line per container.
 */
import { ComposeError, killServices, pauseServices, projectContainers, restartServices, startProject, stopServices } from '../../sim/compose/index';
import { parseSignal } from '../../sim/index';
import { defineCommand, f } from '../command';
import type { ComposeEnv } from './env';
import { projectOrName } from './project-options';
import { withProgress } from './progress-run';

const composeCommand = defineCommand<ComposeEnv>();

export const start = composeCommand({
  use: 'start [SERVICE...]',
  short: 'Start services',
  flags: {
    wait: f.bool({ usage: 'Wait for services to be running|healthy. Implies detached mode.' }),
    waitTimeout: f.int({ usage: 'Maximum duration in seconds to wait for the project to be running|healthy' }),
  },
  run(ctx, o, services) {
    const { project } = projectOrName(ctx, services);
    if (projectContainers(ctx.env.eng, project.name).length === 0 && Object.keys(project.services).length > 0) {
      const first = Object.keys(project.services).sort()[0]!;
      throw new ComposeError(`service ${JSON.stringify(first)} has no container to start`);
    }
    withProgress(ctx, (p) => startProject(ctx.env.eng, project, p, { wait: o.wait, waitTimeout: o.waitTimeout }));
    return 0;
  },
});

export const stop = composeCommand({
  use: 'stop [OPTIONS] [SERVICE...]',
  short: 'Stop services',
  flags: { timeout: f.int({ short: 't', usage: 'Specify a shutdown timeout in seconds' }) },
  run(ctx, o, services) {
    const { project } = projectOrName(ctx, services);
    withProgress(ctx, (p) => stopServices(ctx.env.eng, project, services, p, ctx.changed('timeout') ? o.timeout : undefined), 'Stopping');
    return 0;
  },
});

export const restart = composeCommand({
  use: 'restart [OPTIONS] [SERVICE...]',
  short: 'Restart service containers',
  flags: {
    noDeps: f.bool({ usage: "Don't restart dependent services" }),
    timeout: f.int({ short: 't', usage: 'Specify a shutdown timeout in seconds' }),
  },
  run(ctx, o, services) {
    const { project } = projectOrName(ctx, services);
    withProgress(ctx, (p) => restartServices(ctx.env.eng, project, services, p, ctx.changed('timeout') ? o.timeout : undefined), 'Restarting');
    return 0;
  },
});

export const kill = composeCommand({
  use: 'kill [OPTIONS] [SERVICE...]',
  short: 'Force stop service containers',
  flags: {
    removeOrphans: f.bool({ usage: 'Remove containers for services not defined in the Compose file' }),
    signal: f.string({ short: 's', usage: 'SIGNAL to send to the container', default: 'SIGKILL' }),
  },
  run(ctx, o, services) {
    const { project } = projectOrName(ctx, services);
    parseSignal(o.signal);
    if (projectContainers(ctx.env.eng, project.name, 'exclude', services).filter((c) => c.state.Running).length === 0) {
      ctx.err('no container to kill'); // compose prints it without a newline
      return 0;
    }
    withProgress(ctx, (p) => killServices(ctx.env.eng, project, services, o.signal, false, p), 'Killing');
    return 0;
  },
});

const pauseVerb = (pause: boolean) =>
  composeCommand({
    use: `${pause ? 'pause' : 'unpause'} [SERVICE...]`,
    short: pause ? 'Pause services' : 'Unpause services',
    run(ctx, _o, services) {
      const { project } = projectOrName(ctx, services);
      withProgress(ctx, (p) => pauseServices(ctx.env.eng, project, services, pause, p), pause ? 'Pausing' : 'Running');
      return 0;
    },
  });

export const pause = pauseVerb(true);
export const unpause = pauseVerb(false);
