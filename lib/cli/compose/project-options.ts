/**
 * From the compose command's flags and the shell context to a project (cmd/compose ToProject):
 * discover files/env/profiles/name, load and validate, enable the named services' profiles,
 * drop unused resources (unless --all-resources) and keep the named services and their
 * dependencies. Loader warnings go to stderr as logrus prints them (`WARN[0000] …`).
 * `projectOrName` is for commands that also work by name only (`docker compose -p shop down`).
 */
import {
  discoverProject,
  loadProject,
  projectFromState,
  warnLine,
  withoutUnnecessaryResources,
  withSelectedServices,
  withServicesEnabled,
  type ComposeProject,
  type Discovered,
} from '../../sim/compose/index';
import type { RunContext } from '../command';
import { loaderFs, type ComposeEnv } from './env';
import type { RootOptions } from './root-flags';

export type ComposeCtx = RunContext<ComposeEnv>;

export const rootOptions = (ctx: ComposeCtx) => ctx.globals as unknown as RootOptions;

export interface Loaded {
  project: ComposeProject;
  discovered: Discovered;
}

export interface LoadFlags {
  /** Keep `env_file` unread (config --no-env-resolution). */
  skipResolveEnvironment?: boolean;
  skipInterpolation?: boolean;
  skipNormalization?: boolean;
  resolvePaths?: boolean;
  skipConsistencyCheck?: boolean;
  /** Keep the named services' dependencies (false: --no-deps). */
  includeDependencies?: boolean;
  /** Skip narrowing to the named services (config prints everything it loaded). */
  noSelection?: boolean;
}

export function warnTo(ctx: ComposeCtx) {
  return (message: string) => ctx.err(warnLine(message));
}

export function discover(ctx: ComposeCtx): Discovered {
  const o = rootOptions(ctx);
  return discoverProject(
    { files: o.file, projectName: o.projectName, projectDirectory: o.projectDirectory || o.workdir, envFiles: o.envFile, profiles: o.profile },
    { fs: loaderFs(ctx.io.fs), cwd: ctx.io.cwd, env: ctx.io.env, stdin: () => ctx.io.stdin, warn: warnTo(ctx) },
  );
}

export function loadFromFlags(ctx: ComposeCtx, services: readonly string[], flags: LoadFlags = {}): Loaded {
  const discovered = discover(ctx);
  let project = loadProject(discovered.files, discovered.environment, {
    fs: loaderFs(ctx.io.fs),
    home: ctx.io.env.HOME ?? '/home/learner',
    workingDir: discovered.workingDir,
    ...(discovered.projectName !== '' ? { projectName: discovered.projectName } : {}),
    defaultName: discovered.defaultName,
    profiles: discovered.profiles,
    warn: warnTo(ctx),
    discardEnvFiles: true,
    ...(flags.skipResolveEnvironment ? { skipResolveEnvironment: true } : {}),
    ...(flags.skipInterpolation ? { skipInterpolation: true } : {}),
    ...(flags.skipNormalization ? { skipNormalization: true } : {}),
    ...(flags.resolvePaths === false ? { resolvePaths: false } : {}),
    ...(flags.skipConsistencyCheck ? { skipConsistencyCheck: true } : {}),
  });
  if (flags.noSelection) return { project, discovered };
  project = withServicesEnabled(project, services);
  if (!rootOptions(ctx).allResources) project = withoutUnnecessaryResources(project);
  project = withSelectedServices(project, services, flags.includeDependencies !== false);
  return { project, discovered };
}

/**
 * projectOrName: with -f or without -p, the loaded project; with only -p (or when loading fails
 * but COMPOSE_PROJECT_NAME is set), the project rebuilt from what exists under that name.
 */
export function projectOrName(ctx: ComposeCtx, services: readonly string[] = []): { project: ComposeProject; envFiles: string[]; fromFile: boolean } {
  const o = rootOptions(ctx);
  if (o.file.length > 0 || o.projectName === '') {
    try {
      const { project, discovered } = loadFromFlags(ctx, services, { skipResolveEnvironment: true });
      return { project, envFiles: discovered.envFiles, fromFile: true };
    } catch (e) {
      const envName = ctx.io.env.COMPOSE_PROJECT_NAME ?? '';
      if (envName === '') throw e;
      return { project: projectFromState(ctx.env.eng, envName).project, envFiles: [], fromFile: false };
    }
  }
  return { project: projectFromState(ctx.env.eng, o.projectName).project, envFiles: [], fromFile: false };
}

/** toProjectName: -p, COMPOSE_PROJECT_NAME, else the loaded project's name. */
export function projectName(ctx: ComposeCtx): string {
  const o = rootOptions(ctx);
  if (o.projectName !== '') return o.projectName;
  const env = ctx.io.env.COMPOSE_PROJECT_NAME ?? '';
  if (env !== '') return env;
  return loadFromFlags(ctx, [], { skipResolveEnvironment: true }).project.name;
}
