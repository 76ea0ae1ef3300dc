/** A ready engine for tests: fake runner, an in-memory host filesystem, catalog images pulled on demand. */
import type { Engine } from './core/engine';
import { createEngine } from './engine';
import { OverlayFs } from './fs/overlay';
import type { FileSystem } from './fs/types';
import { pullImage } from './images/pull';
import { fakeRunner } from './testing';

export interface TestEngine {
  eng: Engine;
  hostFs: FileSystem;
}

export function testEngine(images: string[] = [], seed = 42): TestEngine {
  const data = { entries: {} };
  let eng: Engine | null = null;
  const hostFs = new OverlayFs([data], { writable: true, now: () => eng?.world.clock ?? 0 });
  hostFs.mkdir('/home/learner', { recursive: true });
  eng = createEngine({ runner: fakeRunner, hostFs, seed });
  for (const ref of images) pullImage(eng, ref);
  return { eng, hostFs };
}
