/**
 * `docker compose build|pull|create`: build the services that have a build section (BuildKit's
 * display, then ` ✔ Service web  Built`), pull the images of those that name one (`[+] Pulling`,
 * layer lines, `web Pulled`; build-only services `Skipped - No image to be pulled`), or create
 * the containers without starting them.
 */
import { ComposeError, pullService, type ComposeProject, type Progress } from '../../sim/compose/index';
import { findImage, type Engine } from '../../sim/index';
import { isMap } from '../../sim/compose/tree-path';
import { defineCommand, f } from '../command';
import { applyScale, buildServices, createProject } from './create-project';
import type { ComposeEnv } from './env';
import { loadFromFlags } from './project-options';
import { newProgress, flushProgress, withProgress } from './progress-run';
import { recreatePolicy } from './up';

const composeCommand = defineCommand<ComposeEnv>();

export const build = composeCommand({
  use: 'build [OPTIONS] [SERVICE...]',
  short: 'Build or rebuild services',
  flags: {
    buildArg: f.stringArray({ usage: 'Set build-time variables for services' }),
    builder: f.string({ usage: 'Set builder to use' }),
    check: f.bool({ usage: 'Check build configuration' }),
    compress: f.bool({ usage: 'Compress the build context using gzip. DEPRECATED', hidden: true }),
    forceRm: f.bool({ usage: 'Always remove intermediate containers. DEPRECATED', hidden: true }),
    noRm: f.bool({ usage: 'Do not remove intermediate containers after a successful build. DEPRECATED', hidden: true }),
    parallel: f.bool({ usage: 'Build images in parallel. DEPRECATED', default: true, hidden: true }),
    progress: f.string({ usage: 'Set type of ui output (auto, tty, plain, json, quiet)', default: 'auto', hidden: true }),
    memory: f.string({ short: 'm', usage: 'Set memory limit for the build container. Not supported by BuildKit.' }),
    noCache: f.bool({ usage: 'Do not use cache when building the image' }),
    print: f.bool({ usage: 'Print equivalent bake file' }),
    pull: f.bool({ usage: 'Always attempt to pull a newer version of the image' }),
    push: f.bool({ usage: 'Push service images' }),
    quiet: f.bool({ short: 'q', usage: "Don't print anything to STDOUT" }),
    ssh: f.string({ usage: "Set SSH authentications used when building service images. (use 'default' for using your default SSH Agent)" }),
    withDependencies: f.bool({ usage: 'Also build dependencies (transitively)' }),
  },
  run(ctx, o, services) {
    const { project } = loadFromFlags(ctx, services, { includeDependencies: o.withDependencies });
    for (const a of o.buildArg) {
      const [k, v] = a.split(/=(.*)/s) as [string, string?];
      for (const s of Object.values(project.services)) if (isMap(s.build)) s.build.args = { ...(isMap(s.build.args) ? s.build.args : {}), [k]: v ?? ctx.io.env[k] ?? null };
    }
    const names = Object.keys(project.services).filter((n) => isMap(project.services[n]!.build)).sort();
    if (names.length === 0) return 0;
    const progress = newProgress(ctx, 'Building');
    try {
      buildServices(ctx, project, names, progress, { noCache: o.noCache, pull: o.pull, quiet: o.quiet });
    } finally {
      if (!o.quiet) flushProgress(ctx, progress);
    }
    return 0;
  },
});

function pullAll(ctx: Parameters<NonNullable<typeof build.run>>[0], p: ComposeProject, o: { ignorePullFailures: boolean; ignoreBuildable: boolean; quiet: boolean; policy: string }): void {
  const eng = ctx.env.eng;
  const beingPulled = new Map<string, string>();
  const skip = (progress: Progress, name: string, text: string) => progress.event(name, 'done', '', { text });
  withProgress(ctx, (progress) => {
    for (const name of Object.keys(p.services).sort()) {
      const s = p.services[name]!;
      if (typeof s.image !== 'string' || s.image === '') {
        skip(progress, name, 'Skipped - No image to be pulled');
        continue;
      }
      const policy = o.policy !== '' ? o.policy : typeof s.pull_policy === 'string' ? s.pull_policy : '';
      if (policy === 'never' || policy === 'build') {
        skip(progress, name, 'Skipped');
        continue;
      }
      if ((policy === 'missing' || policy === 'if_not_present') && hasImage(eng, s.image)) {
        skip(progress, name, 'Skipped - Image is already present locally');
        continue;
      }
      if (o.ignoreBuildable && isMap(s.build)) {
        skip(progress, name, 'Skipped - Image can be built');
        continue;
      }
      const other = beingPulled.get(s.image);
      if (other !== undefined) {
        skip(progress, name, `Skipped - Image is already being pulled by ${other}`);
        continue;
      }
      beingPulled.set(s.image, name);
      try {
        pullService(eng, p, name, progress, o.quiet);
      } catch (e) {
        // a buildable service whose image cannot be pulled is built later; others fail (unless ignored)
        if (isMap(s.build)) {
          progress.event(name, 'warning', e instanceof Error ? e.message : String(e), { text: 'Warning' });
          continue;
        }
        if (o.ignorePullFailures) continue;
        throw e;
      }
    }
  }, 'Pulling');
}

function hasImage(eng: Engine, ref: string): boolean {
  try {
    return findImage(eng, ref) !== undefined;
  } catch {
    return false;
  }
}

export const pull = composeCommand({
  use: 'pull [OPTIONS] [SERVICE...]',
  short: 'Pull service images',
  flags: {
    ignoreBuildable: f.bool({ usage: 'Ignore images that can be built' }),
    ignorePullFailures: f.bool({ usage: 'Pull what it can and ignores images with pull failures' }),
    noParallel: f.bool({ usage: 'DEPRECATED disable parallel pulling', default: true, hidden: true }),
    parallel: f.bool({ usage: 'DEPRECATED pull multiple images in parallel', default: true, hidden: true }),
    includeDeps: f.bool({ usage: 'Also pull services declared as dependencies' }),
    policy: f.string({ usage: 'Apply pull policy ("missing"|"always")' }),
    quiet: f.bool({ short: 'q', usage: 'Pull without printing progress information' }),
  },
  run(ctx, o, services) {
    if (o.policy !== '' && o.policy !== 'missing' && o.policy !== 'always') throw new ComposeError(`invalid pull policy ${JSON.stringify(o.policy)}`);
    const { project } = loadFromFlags(ctx, services, { includeDependencies: o.includeDeps });
    pullAll(ctx, project, o);
    return 0;
  },
});

export const create = composeCommand({
  use: 'create [OPTIONS] [SERVICE...]',
  short: 'Creates containers for a service',
  flags: {
    build: f.bool({ usage: 'Build images before starting containers' }),
    forceRecreate: f.bool({ usage: "Recreate containers even if their configuration and image haven't changed" }),
    noBuild: f.bool({ usage: "Don't build an image, even if it's policy" }),
    noRecreate: f.bool({ usage: "If containers already exist, don't recreate them. Incompatible with --force-recreate." }),
    pull: f.string({ usage: 'Pull image before running ("always"|"missing"|"never"|"build")', default: 'policy' }),
    quietPull: f.bool({ usage: 'Pull without printing progress information' }),
    removeOrphans: f.bool({ usage: 'Remove containers for services not defined in the Compose file' }),
    scale: f.stringArray({ usage: 'Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present.' }),
    yes: f.bool({ short: 'y', usage: 'Assume "yes" as answer to all prompts and run non-interactively' }),
  },
  run(ctx, o, services) {
    const recreate = recreatePolicy(o.forceRecreate, o.noRecreate);
    const { project, discovered } = loadFromFlags(ctx, services);
    applyScale(project, o.scale);
    withProgress(
      ctx,
      (p) => createProject(ctx, project, { services, build: o.build, noBuild: o.noBuild, pull: o.pull, quietPull: o.quietPull, recreate, recreateDependencies: recreate === 'force' ? 'diverged' : recreate, removeOrphans: o.removeOrphans, envFiles: discovered.envFiles }, p),
      'Creating',
    );
    return 0;
  },
});
