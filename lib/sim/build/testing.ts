/**
 * Test support for the build engine: a project directory on a test engine's host filesystem
 * and a `build()` that runs the builder on it (the engine's fake runner executes RUN steps:
 * echo, touch, write, cat, exit, sh -c 'a; b').
 */
import type { Engine } from '../core/engine';
import type { FileSystem } from '../fs/types';
import { hostOf } from '../core/engine';
import { testEngine } from '../testing-engine';
import { buildImage } from './build';
import type { BuildRequest, BuildResult } from './types';

export const APP = '/home/learner/app';

export interface Project {
  eng: Engine;
  fs: FileSystem;
  write(files: Record<string, string>): void;
  build(over?: Partial<BuildRequest>, secrets?: Map<string, string>): BuildResult;
}

export function project(files: Record<string, string>, images: string[] = ['alpine']): Project {
  const { eng, hostFs } = testEngine(images);
  const write = (more: Record<string, string>) => {
    for (const [rel, text] of Object.entries(more)) {
      const path = `${APP}/${rel}`;
      hostFs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
      hostFs.writeFile(path, text);
    }
  };
  write(files);
  const base: BuildRequest = { contextDir: APP, hostFs, dockerfile: { path: `${APP}/Dockerfile` }, tags: ['app'], buildArgs: {}, labels: {}, target: '', noCache: false, pull: false, network: 'default', platform: '', secrets: [], clientEnv: {} };
  return { eng, fs: hostFs, write, build: (over = {}, secrets = new Map()) => buildImage(eng, { ...base, ...over }, secrets) };
}

/** Step name → DONE/CACHED/ERROR, for the `[n/m]` steps and stage steps. */
export function stepStates(r: BuildResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of r.vertices) if (/^\[/.test(v.name) && !v.name.startsWith('[internal]')) out[v.name] = v.state;
  return out;
}

/** The image a build produced. */
export function builtImage(p: Project, r: BuildResult) {
  const img = hostOf(p.eng).images[r.imageId ?? ''];
  if (!img) throw new Error(`no image: ${JSON.stringify(r.error)}`);
  return img;
}
