/**
 * `docker compose publish REPOSITORY[:TAG]` (compose 2.36 cmd/compose/publish.go, pkg/compose/
 * publish.go): the compose file as an OCI artifact. What it needs is checked first, in compose's
 * order and words: every service has an `image` (not only a build section), no bind mounts, no
 * environment (or `--with-env`, then a y/N question unless `-y`). Then the built images are pushed
 * (others `Skipped`) and the artifact is pushed with the learner's credentials — Docker Hub refuses
 * an anonymous push. Not simulated: the secret scanner, local `include`s, extends layers.
 */
import { ComposeError, type ComposeProject } from '../../sim/compose/index';
import { isMap } from '../../sim/compose/tree-path';
import { parseReference } from '../../sim/index';
import { arbitraryArgs, CliError, defineCommand, f } from '../command';
import { stdinIsTerminal } from '../docker/container/terminal';
import { getAuth, INDEX_SERVER, readConfig } from '../docker/registry/credentials';
import type { ComposeEnv } from './env';
import { loadFromFlags, type ComposeCtx } from './project-options';
import { isDryRun, withProgress } from './progress-run';
import { pushServices } from './push';

const USE = 'publish [OPTIONS] REPOSITORY[:TAG]';
const SHORT = 'Publish compose application';

/** checkOnlyBuildSection, checkForBindMount, checkEnvironmentVariables (services in name order). */
function preChecks(project: ComposeProject, withEnv: boolean): Record<string, Record<string, string>> {
  const names = Object.keys(project.services).sort();
  const buildOnly = names.filter((n) => !project.services[n]!.image && project.services[n]!.build !== undefined);
  if (buildOnly.length > 0) throw new ComposeError(`your Compose stack cannot be published as it only contains a build section for service(s):\n${buildOnly.map((n) => `- ${JSON.stringify(n)}\n`).join('')}`);
  for (const n of names) {
    const volumes = project.services[n]!.volumes;
    if (Array.isArray(volumes) && volumes.some((v) => isMap(v) && v.type === 'bind')) throw new ComposeError(`cannot publish compose file: service ${JSON.stringify(n)} relies on bind-mount. You should use volumes`);
  }
  const declared: Record<string, Record<string, string>> = {};
  let errors = '';
  for (const n of names) {
    const s = project.services[n]!;
    if (Array.isArray(s.env_file) && s.env_file.length > 0) errors += `service ${JSON.stringify(n)} has env_file declared.\n`;
    if (isMap(s.environment) && Object.keys(s.environment).length > 0) {
      errors += `service ${JSON.stringify(n)} has environment variable(s) declared.\n`;
      declared[n] = Object.fromEntries(Object.entries(s.environment).map(([k, v]) => [k, String(v ?? '')]));
    }
  }
  if (!withEnv && errors !== '') {
    throw new ComposeError(`${errors}To avoid leaking sensitive data, you must either explicitly allow the sending of environment variables by using the --with-env flag,\nor remove sensitive data from your Compose configuration`);
  }
  return declared;
}

/** The push of the images and of the artifact, under one `Publishing` display. */
function publishNow(ctx: ComposeCtx, project: ComposeProject, repository: string): void {
  const ref = parseReference(repository);
  const home = ctx.io.env.HOME ?? '/home/learner';
  const auth = getAuth(readConfig(ctx.io, ctx.io.env.DOCKER_CONFIG || `${home}/.docker`), ref.domain === 'docker.io' ? INDEX_SERVER : ref.domain);
  withProgress(
    ctx,
    (p) => {
      pushServices(ctx, project, { ignorePushFailures: true, quiet: false }, p);
      p.event(repository, 'working', '', { text: 'publishing' });
      if (ref.domain === 'docker.io' && !auth && !isDryRun(ctx)) {
        p.event(repository, 'error', '', { text: 'publishing' });
        const scope = encodeURIComponent(`repository:${ref.path}:pull,push`);
        throw new ComposeError(`failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://auth.docker.io/token?scope=${scope}&service=registry.docker.io: 401 Unauthorized`);
      }
      p.spend(300);
      p.event(repository, 'done', '', { text: 'published' });
    },
    'Publishing',
  );
}

export const publish = defineCommand<ComposeEnv>()({
  use: USE,
  short: SHORT,
  args: arbitraryArgs,
  flags: {
    ociVersion: f.string({ usage: 'OCI image/artifact specification version (automatically determined by default)' }),
    resolveImageDigests: f.bool({ usage: 'Pin image tags to digests' }),
    withEnv: f.bool({ usage: 'Include environment variables in the published OCI artifact' }),
    yes: f.bool({ short: 'y', usage: 'Assume "yes" as answer to all prompts' }),
  },
  run(ctx, o, args) {
    // docker/cli's cli.ExactArgs, not cobra's
    if (args.length !== 1) {
      const path = 'docker compose publish';
      throw new CliError(`"${path}" requires exactly 1 argument.\nSee '${path} --help'.\n\nUsage:  docker compose ${USE}\n\n${SHORT}`, 1);
    }
    const repository = args[0]!;
    const { project } = loadFromFlags(ctx, []);
    const envs = preChecks(project, o.withEnv);
    if (o.yes || Object.keys(envs).length === 0) {
      publishNow(ctx, project, repository);
      return 0;
    }
    let shown = 'you are about to publish environment variables within your OCI artifact.\nplease double check that you are not leaking sensitive data\n';
    for (const [n, vars] of Object.entries(envs)) shown += `Service/Config  ${n}\n` + Object.entries(vars).map(([k, v]) => `${k}=${v}\n`).join('');
    ctx.out(shown);
    const question = 'Are you ok to publish these environment variables? [y/N]: ';
    if (stdinIsTerminal(ctx.io) && ctx.io.shell.ask) {
      ctx.out(`? ${question} (y/N) `);
      ctx.io.shell.ask((answer) => {
        if (!['y', 'yes'].includes(answer.trim().toLowerCase())) return { stdout: '', stderr: '', exitCode: 0 };
        let stdout = '';
        let stderr = '';
        try {
          publishNow(Object.assign(Object.create(ctx) as typeof ctx, { out: (t: string) => (stdout += t), err: (t: string) => (stderr += t) }), project, repository);
        } catch (e) {
          return { stdout, stderr: stderr + (e instanceof Error ? e.message : String(e)) + '\n', exitCode: 1 };
        }
        return { stdout, stderr, exitCode: 0 };
      });
      return 0;
    }
    ctx.out(question);
    const answer = (ctx.io.stdin.trim().split(/\s+/)[0] ?? '').toLowerCase();
    if (['y', '1', 't', 'true'].includes(answer)) publishNow(ctx, project, repository);
    return 0;
  },
});
