/**
 * `docker compose scale SERVICE=N…` (converge and start with new replica counts), `wait`
 * (block until the services' containers stop; prints the first exit code) and `watch` (only
 * services with a `develop.watch` section can be watched).
 */
import { ComposeError, serviceContainers, startProject } from '../../sim/compose/index';
import { waitContainer } from '../../sim/index';
import { defineCommand, f, requiresMinArgs } from '../command';
import { applyScale, createProject } from './create-project';
import type { ComposeEnv } from './env';
import { loadFromFlags, projectName } from './project-options';
import { withProgress } from './progress-run';

const composeCommand = defineCommand<ComposeEnv>();

export const scale = composeCommand({
  use: 'scale [SERVICE=REPLICAS...]',
  short: 'Scale services ',
  flags: { noDeps: f.bool({ usage: "Don't start linked services" }) },
  run(ctx, o, args) {
    const names = args.map((a) => {
      const [svc, n] = a.split('=');
      if (n === undefined) throw new ComposeError(`invalid scale specifier: ${a}`);
      return svc!;
    });
    const { project, discovered } = loadFromFlags(ctx, names, { includeDependencies: !o.noDeps });
    applyScale(project, args);
    withProgress(ctx, (p) => {
      createProject(ctx, project, { services: names, build: false, noBuild: false, pull: 'policy', quietPull: false, recreate: 'diverged', recreateDependencies: 'diverged', removeOrphans: false, envFiles: discovered.envFiles }, p);
      startProject(ctx.env.eng, project, p);
    });
    return 0;
  },
});

export const wait = composeCommand({
  use: 'wait SERVICE [SERVICE...] [OPTIONS]',
  short: 'Block until containers of all (or specified) services stop.',
  args: requiresMinArgs(1),
  flags: { downProject: f.bool({ usage: 'Drops project when the first container stops' }) },
  run(ctx, _o, services) {
    const eng = ctx.env.eng;
    const name = projectName(ctx);
    let first: number | null = null;
    for (const s of services) {
      for (const c of serviceContainers(eng, name, s)) {
        const r = waitContainer(eng, c.id);
        if ('blocked' in r) {
          ctx.io.shell.attach(() => ({ output: '\n', exitCode: 130 }));
          return 0;
        }
        first ??= r.exitCode;
      }
    }
    if (first !== null) ctx.out(`${first}\n`);
    return 0;
  },
});

export const watch = composeCommand({
  use: 'watch [SERVICE...]',
  short: 'Watch build context for service and rebuild/refresh containers when files are updated',
  flags: {
    noUp: f.bool({ usage: 'Do not build & start services before watching' }),
    prune: f.bool({ usage: 'Prune dangling images on rebuild', default: true }),
    quiet: f.bool({ usage: 'hide build output' }),
  },
  run(ctx, _o, services) {
    const { project } = loadFromFlags(ctx, services);
    const watched = Object.values(project.services).some((s) => s.develop && typeof s.develop === 'object');
    if (!watched) throw new ComposeError("none of the selected services is configured for watch, consider setting an 'develop' section");
    throw new ComposeError('docker compose watch is not available in the Dockerlings simulator');
  },
});
