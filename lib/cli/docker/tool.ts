/**
 * The `docker` command of a session: one command tree for every session (built on first use),
 * bound to the session's engine.
 */
import type { CommandFn } from '../../shell/types';
import type { Engine } from '../../sim/index';
import type { Tool } from '../command';
import { mapError, type DockerEnv } from './env';
import { createDockerTool, dockerCommandFn } from './root';
import { DOCKER_VERBS } from './verbs';

let shared: Tool<DockerEnv> | null = null;

/** The docker tool (tree, dialect) with every verb. */
export function dockerTool(): Tool<DockerEnv> {
  shared ??= createDockerTool<DockerEnv>({
    verbs: DOCKER_VERBS,
    home: '/home/learner',
    mapError,
    swarmStatus: (env) => {
      const swarm = (env.eng.world.hosts.find((h) => h.name === env.eng.host)?.ext['swarm'] ?? null) as { role?: string } | null;
      if (!swarm?.role) return { nodeState: 'inactive', controlAvailable: false };
      return { nodeState: 'active', controlAvailable: swarm.role === 'manager' };
    },
  });
  return shared;
}

/** The shell command `docker` for a session whose engine is `eng`. */
export function dockerCommand(eng: Engine): CommandFn {
  const env: DockerEnv = { eng };
  return dockerCommandFn(dockerTool(), () => env);
}
