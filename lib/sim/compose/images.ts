/**
 * Making sure every service has its image (compose's ensureImagesExists / pull / build):
 * `pull_policy` decides what to pull (missing by default, always, never, build), services with
 * a `build:` are built (when the image is missing, or on `--build`) through the build engine,
 * pulls are reported as compose does (`web Pulling` → layer events → `web Pulled`).
 */
import { buildImage, type BuildResult } from '../build/index';
import { EngineError, findImage, pullImage, type Engine } from '../index';
import type { FileSystem } from '../fs/types';
import { serviceImage } from './convert';
import { COST, type Progress } from './progress';
import type { ComposeProject, ServiceModel } from './project';
import { isMap } from './tree-path';

const LAYER_ID = /^[0-9a-f]{12}$/;

function hasImage(eng: Engine, ref: string): boolean {
  try {
    return findImage(eng, ref) !== undefined;
  } catch {
    return false;
  }
}

export function pullPolicy(s: ServiceModel): string {
  const p = typeof s.pull_policy === 'string' ? s.pull_policy : '';
  if (p === 'if_not_present') return 'missing';
  return ['always', 'never', 'build', 'missing'].includes(p) ? p : 'missing';
}

/** mustPull: which services' images to pull now. */
export function servicesToPull(eng: Engine, p: ComposeProject, names: readonly string[]): string[] {
  return names.filter((n) => {
    const s = p.services[n]!;
    if (typeof s.image !== 'string' || s.image === '') return false;
    const policy = pullPolicy(s);
    if (policy === 'always') return true;
    if (policy === 'never' || policy === 'build') return false;
    return !hasImage(eng, s.image) && !isMap(s.build);
  });
}

/** Services to build: `--build`, pull_policy build, or a build whose image is missing. */
export function servicesToBuild(eng: Engine, p: ComposeProject, names: readonly string[], force: boolean): string[] {
  return names.filter((n) => {
    const s = p.services[n]!;
    if (!isMap(s.build)) return false;
    return force || pullPolicy(s) === 'build' || !hasImage(eng, serviceImage(p.name, n, s));
  });
}

/** Pull one service's image, reporting progress under the service name. */
export function pullService(eng: Engine, p: ComposeProject, name: string, progress: Progress, quiet = false): void {
  const s = p.services[name]!;
  progress.event(name, 'working', '', { text: 'Pulling' });
  let lines;
  try {
    lines = pullImage(eng, String(s.image)).lines;
  } catch (e) {
    const msg = e instanceof EngineError ? e.message : e instanceof Error ? e.message : String(e);
    progress.event(name, 'error', msg, { text: 'Error' });
    throw e;
  }
  if (!quiet) {
    for (const l of lines) {
      if (!LAYER_ID.test(l.id)) continue;
      const done = l.status === 'Pull complete' || l.status === 'Already exists' || l.status === 'Download complete';
      if (l.progress) progress.spend(Math.max(20, Math.round(l.progress.total / 50_000)));
      progress.event(l.id, done ? 'done' : 'working', '', { text: l.status, parentId: name });
    }
  }
  progress.spend(COST.pull);
  progress.event(name, 'done', '', { text: 'Pulled' });
}

export interface BuildInput {
  hostFs: FileSystem;
  env: Readonly<Record<string, string>>;
  noCache?: boolean;
  pull?: boolean;
}

/** Build a service's image with the build engine, tagged `image:` or `<project>-<service>`. */
export function buildService(eng: Engine, p: ComposeProject, name: string, input: BuildInput): BuildResult {
  const s = p.services[name]!;
  const b = isMap(s.build) ? s.build : {};
  const args: Record<string, string> = {};
  if (isMap(b.args)) for (const [k, v] of Object.entries(b.args)) if (v !== null) args[k] = String(v);
  const labels: Record<string, string> = {};
  if (isMap(b.labels)) for (const [k, v] of Object.entries(b.labels)) labels[k] = String(v);
  const context = typeof b.context === 'string' ? b.context : p.workingDir;
  const dockerfile =
    typeof b.dockerfile_inline === 'string'
      ? { text: b.dockerfile_inline }
      : { path: String(b.dockerfile ?? 'Dockerfile').startsWith('/') ? String(b.dockerfile) : `${context}/${String(b.dockerfile ?? 'Dockerfile')}` };
  const tags = [serviceImage(p.name, name, s), ...(Array.isArray(b.tags) ? b.tags.map(String) : [])];
  return buildImage(eng, {
    contextDir: context,
    hostFs: input.hostFs,
    dockerfile,
    tags,
    buildArgs: args,
    labels,
    target: typeof b.target === 'string' ? b.target : '',
    noCache: input.noCache === true || b.no_cache === true,
    pull: input.pull === true || b.pull === true,
    network: typeof b.network === 'string' ? b.network : 'default',
    platform: '',
    secrets: [],
    clientEnv: input.env,
  });
}
