/**
 * Every docker verb, as ONE list (parents before children) handed to createDockerTool.
 * One import + one entry per verb, grouped by owner, so parallel edits do not collide.
 */
import type { Command } from '../command';
import type { DockerEnv } from './env';
// build (lib/cli/docker/build)
import { buildVerbs } from './build/verbs';
// containers (lib/cli/docker/container)
import { ls as containerLs } from './container/ls';
import { run as containerRun } from './container/run';
// images (lib/cli/docker/image, registry)
// networks, volumes, system (lib/cli/docker/network, volume, system)

export const DOCKER_VERBS: readonly Command<DockerEnv>[] = [
  // build
  ...buildVerbs<DockerEnv>((env) => env.eng),
  // containers
  containerLs,
  containerRun,
  // images
  // networks, volumes, system
];
