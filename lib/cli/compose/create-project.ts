/**
 * The "create" half of `up` (pkg/compose/create.go), shared by up, create and run: images
 * (pull what the pull policy asks for, build what has a build section and no image yet or on
 * --build), the project networks and volumes, then convergence of every service's containers
 * and the orphans check.
 */
import {
  buildService,
  convergeServices,
  ComposeError,
  ensureNetworks,
  ensureVolumes,
  handleOrphans,
  pullService,
  servicesToBuild,
  servicesToPull,
  type ComposeProject,
  type Progress,
  type Recreate,
} from '../../sim/compose/index';
import { renderTty } from '../docker/build/render-tty';
import { terminalWidth } from '../command';
import { warnTo, type ComposeCtx } from './project-options';

export interface CreateOptions {
  services: readonly string[];
  build: boolean;
  noBuild: boolean;
  /** --pull: policy (default), always, missing, never, build. */
  pull: string;
  quietPull: boolean;
  recreate: Recreate;
  recreateDependencies: Recreate;
  removeOrphans: boolean;
  timeout?: number;
  envFiles: readonly string[];
  renewAnonVolumes?: boolean;
}

/** Build the given services' images, printing BuildKit's display first; failures stop compose. */
export function buildServices(ctx: ComposeCtx, p: ComposeProject, names: readonly string[], progress: Progress | null, o: { noCache?: boolean; pull?: boolean; quiet?: boolean } = {}): void {
  for (const name of names) {
    const result = buildService(ctx.env.eng, p, name, { hostFs: ctx.io.fs, env: ctx.io.env, noCache: o.noCache === true, pull: o.pull === true });
    if (!o.quiet) ctx.err(renderTty(result, terminalWidth(ctx.io)));
    if (result.error) throw new ComposeError(result.error.message);
    progress?.done(`Service ${name}`, 'Built');
  }
}

export function pullForUp(ctx: ComposeCtx, p: ComposeProject, policy: string, quiet: boolean, progress: Progress): void {
  const names = Object.keys(p.services).sort();
  const eng = ctx.env.eng;
  let toPull: string[];
  if (policy === 'always') toPull = names.filter((n) => typeof p.services[n]!.image === 'string');
  else if (policy === 'never') toPull = [];
  else toPull = servicesToPull(eng, p, names);
  for (const n of toPull) pullService(eng, p, n, progress, quiet);
}

export function createProject(ctx: ComposeCtx, p: ComposeProject, o: CreateOptions, progress: Progress): void {
  const eng = ctx.env.eng;
  const warn = warnTo(ctx);
  pullForUp(ctx, p, o.pull, o.quietPull, progress);
  if (!o.noBuild) {
    const toBuild = servicesToBuild(eng, p, Object.keys(p.services).sort(), o.build);
    if (toBuild.length > 0) buildServices(ctx, p, toBuild, progress);
  }
  ensureNetworks(eng, p, progress, warn);
  ensureVolumes(eng, p, progress, warn);
  handleOrphans(eng, p, { removeOrphans: o.removeOrphans, ignoreOrphans: /^(1|t|true)$/i.test(ctx.io.env.COMPOSE_IGNORE_ORPHANS ?? ''), ...(o.timeout !== undefined ? { timeout: o.timeout } : {}) }, progress, warn);
  convergeServices(eng, p, { services: o.services, recreate: o.recreate, recreateDependencies: o.recreateDependencies, removeOrphans: o.removeOrphans, ignoreOrphans: false, envFiles: o.envFiles, renewAnonVolumes: o.renewAnonVolumes === true, ...(o.timeout !== undefined ? { timeout: o.timeout } : {}) }, progress);
}

/** --scale svc=n on the loaded project (`no such service: x` for an unknown one). */
export function applyScale(p: ComposeProject, scales: readonly string[]): void {
  for (const s of scales) {
    const [name, n = ''] = s.split('=');
    const svc = p.services[name!];
    if (!svc) throw new ComposeError(`no such service: ${name}`, 'notFound');
    const num = Number(n);
    if (!/^\d+$/.test(n)) throw new ComposeError(`strconv.Atoi: parsing ${JSON.stringify(n)}: invalid syntax`);
    svc.scale = num;
    if (svc.deploy && typeof svc.deploy === 'object' && !Array.isArray(svc.deploy)) (svc.deploy as Record<string, unknown>).replicas = num;
  }
}
