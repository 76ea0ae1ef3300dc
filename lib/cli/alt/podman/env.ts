/** What Podman's verbs share: the learner's engine, and Podman's own engine host on first use. */
import type { Engine } from '../../../sim/index';
import { defineCommand, type RunContext } from '../../command';
import { podmanEngine } from '../engines';

export interface PodmanEnv {
  readonly eng: Engine;
}

export type PodmanRun = RunContext<PodmanEnv>;

export const podmanCommand = defineCommand<PodmanEnv>();

export const PODMAN_VERSION = '4.9.3';

/** Podman's engine host (created on first use). */
export function store(ctx: { env: PodmanEnv }): Engine {
  return podmanEngine(ctx.env.eng);
}
