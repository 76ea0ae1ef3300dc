/**
 * `docker compose up`: create (pull/build, networks, volumes, converge containers), then start
 * them in dependency order — waiting for `depends_on` conditions — and, without -d, attach to
 * their logs. `--wait` waits for running/healthy; `--no-start` stops after creating.
 */
import { serviceContainers, startProject, type Recreate } from '../../sim/compose/index';
import { defineCommand, f } from '../command';
import { ComposeError } from '../../sim/compose/index';
import { attachProject } from './attach';
import { validateUpFlags } from './up-flags';
import { applyScale, createProject } from './create-project';
import type { ComposeEnv } from './env';
import { loadFromFlags } from './project-options';
import { flushProgress, newProgress } from './progress-run';

const composeCommand = defineCommand<ComposeEnv>();

export function recreatePolicy(force: boolean, noRecreate: boolean): Recreate {
  if (force && noRecreate) throw new ComposeError('--force-recreate and --no-recreate are incompatible');
  return force ? 'force' : noRecreate ? 'never' : 'diverged';
}

export const up = composeCommand({
  use: 'up [OPTIONS] [SERVICE...]',
  short: 'Create and start containers',
  flags: {
    abortOnContainerExit: f.bool({ usage: 'Stops all containers if any container was stopped. Incompatible with -d' }),
    abortOnContainerFailure: f.bool({ usage: 'Stops all containers if any container exited with failure. Incompatible with -d' }),
    alwaysRecreateDeps: f.bool({ usage: 'Recreate dependent containers. Incompatible with --no-recreate.' }),
    attach: f.stringArray({ usage: 'Restrict attaching to the specified services. Incompatible with --attach-dependencies.' }),
    attachDependencies: f.bool({ usage: 'Automatically attach to log output of dependent services' }),
    build: f.bool({ usage: 'Build images before starting containers' }),
    detach: f.bool({ short: 'd', usage: 'Detached mode: Run containers in the background' }),
    exitCodeFrom: f.string({ usage: 'Return the exit code of the selected service container. Implies --abort-on-container-exit' }),
    forceRecreate: f.bool({ usage: "Recreate containers even if their configuration and image haven't changed" }),
    menu: f.bool({ usage: 'Enable interactive shortcuts when running attached. Incompatible with --detach. Can also be enable/disable by setting COMPOSE_MENU environment var.' }),
    noAttach: f.stringArray({ usage: 'Do not attach (stream logs) to the specified services' }),
    noBuild: f.bool({ usage: "Don't build an image, even if it's policy" }),
    noColor: f.bool({ usage: 'Produce monochrome output' }),
    noDeps: f.bool({ usage: "Don't start linked services" }),
    noLogPrefix: f.bool({ usage: "Don't print prefix in logs" }),
    noRecreate: f.bool({ usage: "If containers already exist, don't recreate them. Incompatible with --force-recreate." }),
    noStart: f.bool({ usage: "Don't start the services after creating them" }),
    pull: f.string({ usage: 'Pull image before running ("always"|"missing"|"never")', default: 'policy' }),
    quietPull: f.bool({ usage: 'Pull without printing progress information' }),
    removeOrphans: f.bool({ usage: 'Remove containers for services not defined in the Compose file' }),
    renewAnonVolumes: f.bool({ short: 'V', usage: 'Recreate anonymous volumes instead of retrieving data from the previous containers' }),
    scale: f.stringArray({ usage: 'Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present.' }),
    timeout: f.int({ short: 't', usage: 'Use this timeout in seconds for container shutdown when attached or when containers are already running' }),
    timestamps: f.bool({ usage: 'Show timestamps' }),
    wait: f.bool({ usage: 'Wait for services to be running|healthy. Implies detached mode.' }),
    waitTimeout: f.int({ usage: 'Maximum duration in seconds to wait for the project to be running|healthy' }),
    watch: f.bool({ short: 'w', usage: 'Watch source code and rebuild/refresh containers when files are updated.' }),
    yes: f.bool({ short: 'y', usage: 'Assume "yes" as answer to all prompts and run non-interactively' }),
  },
  run(ctx, o, services) {
    const detach = validateUpFlags(o);
    const recreate = recreatePolicy(o.forceRecreate, o.noRecreate);
    const eng = ctx.env.eng;
    const since = eng.world.clock;
    const { project, discovered } = loadFromFlags(ctx, services, { includeDependencies: !o.noDeps });
    applyScale(project, o.scale);
    if (o.exitCodeFrom !== '' && !(o.exitCodeFrom in project.services)) {
      // compose-go's Project.GetService, wrapping errdefs.ErrDisabled / ErrNotFound
      const why = o.exitCodeFrom in project.disabledServices ? 'disabled' : 'not found';
      throw new ComposeError(`no such service: ${o.exitCodeFrom}: ${why}`, 'notFound');
    }
    const progress = newProgress(ctx);
    try {
      createProject(ctx, project, {
        services,
        build: o.build,
        noBuild: o.noBuild,
        pull: o.pull,
        quietPull: o.quietPull,
        recreate,
        recreateDependencies: o.alwaysRecreateDeps ? 'force' : recreate === 'force' ? 'diverged' : recreate,
        removeOrphans: o.removeOrphans,
        renewAnonVolumes: o.renewAnonVolumes,
        envFiles: discovered.envFiles,
        ...(ctx.changed('timeout') ? { timeout: o.timeout } : {}),
      }, progress);
      if (o.noStart) return 0;
      if (detach) startProject(eng, project, progress, { wait: o.wait, waitTimeout: o.waitTimeout });
    } finally {
      flushProgress(ctx, progress);
    }
    if (detach) return 0;
    const start = newProgress(ctx);
    try {
      startProject(eng, project, start);
    } catch (e) {
      flushProgress(ctx, start);
      throw e;
    }
    const attachTo = o.attach.length > 0 ? o.attach : services.length > 0 && !o.attachDependencies ? services : Object.keys(project.services);
    const containers = attachTo.filter((s) => !o.noAttach.includes(s)).sort().flatMap((s) => serviceContainers(eng, project.name, s));
    return attachProject(ctx, project, { containers, since }, {
      noLogPrefix: o.noLogPrefix,
      cascade: o.abortOnContainerExit ? 'stop' : o.abortOnContainerFailure ? 'fail' : 'ignore',
      exitCodeFrom: o.exitCodeFrom,
      services,
      ...(ctx.changed('timeout') ? { timeout: o.timeout } : {}),
    });
  },
});
