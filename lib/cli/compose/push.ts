/**
 * `docker compose push`: push the images of services that have both a build section and an
 * image name (others are `Skipped`), one progress line per layer (`Pushing <tag>: <layer>
 * Pushed` / `Layer already exists`), credentials from ~/.docker/config.json as docker push.
 */
import { ComposeError, type ComposeProject } from '../../sim/compose/index';
import { isMap } from '../../sim/compose/tree-path';
import { parseReference, pushImage } from '../../sim/index';
import { defineCommand, f } from '../command';
import { getAuth, INDEX_SERVER, readConfig } from '../docker/registry/credentials';
import type { ComposeEnv } from './env';
import { loadFromFlags, type ComposeCtx } from './project-options';
import { withProgress } from './progress-run';

function pushTag(ctx: ComposeCtx, tag: string, quiet: boolean, p: ProgressOf): void {
  const home = ctx.io.env.HOME ?? '/home/learner';
  const cfg = readConfig(ctx.io, ctx.io.env.DOCKER_CONFIG || `${home}/.docker`);
  const ref = parseReference(tag);
  const stored = getAuth(cfg, ref.domain === 'docker.io' ? INDEX_SERVER : ref.domain);
  const result = pushImage(ctx.env.eng, tag, { auth: stored ? { username: stored.username } : null });
  if (!quiet) {
    for (const l of result.lines) {
      if (l.id === '') continue;
      const done = /^(pushed|layer already exists)$/i.test(l.status);
      p.spend(done ? 150 : 20);
      p.event(`Pushing ${tag}: ${l.id}`, done ? 'done' : 'working', '', { text: l.status });
    }
  }
  if (result.error) throw new ComposeError(result.error);
}

type ProgressOf = Parameters<Parameters<typeof withProgress>[1]>[0];

/** The push part of `push` and `publish`: built images with a name are pushed, others `Skipped`. */
export function pushServices(ctx: ComposeCtx, project: ComposeProject, o: { ignorePushFailures: boolean; quiet: boolean }, p: ProgressOf): void {
  for (const name of Object.keys(project.services).sort()) {
    const s = project.services[name]!;
    if (!isMap(s.build) || typeof s.image !== 'string' || s.image === '') {
      p.event(name, 'done', '', { text: 'Skipped' });
      continue;
    }
    for (const tag of [s.image, ...(Array.isArray(s.build.tags) ? s.build.tags.map(String) : [])]) {
      try {
        pushTag(ctx, tag, o.quiet, p);
      } catch (e) {
        if (!o.ignorePushFailures) throw e;
        p.tailMsg(`Pushing ${name}: ${(e as Error).message}`);
      }
    }
  }
}

function pushAll(ctx: ComposeCtx, project: ComposeProject, o: { ignorePushFailures: boolean; quiet: boolean }): void {
  withProgress(ctx, (p) => pushServices(ctx, project, o, p), 'Pushing');
}

export const push = defineCommand<ComposeEnv>()({
  use: 'push [OPTIONS] [SERVICE...]',
  short: 'Push service images',
  flags: {
    ignorePushFailures: f.bool({ usage: 'Push what it can and ignores images with push failures' }),
    includeDeps: f.bool({ usage: 'Also push images of services declared as dependencies' }),
    quiet: f.bool({ short: 'q', usage: 'Push without printing progress information' }),
  },
  run(ctx, o, services) {
    const { project } = loadFromFlags(ctx, services, { includeDependencies: o.includeDeps });
    pushAll(ctx, project, o);
    return 0;
  },
});
