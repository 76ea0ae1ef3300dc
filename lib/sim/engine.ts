/**
 * Creating a ready-to-use engine: a fresh world (or a restored one) with the predefined networks
 * and the containers' tick hook registered, registries served by registry containers and the
 * learner's pushes (lib/sim/registry). Other subsystems add their hooks to `eng.rt.hooks`.
 */
import { createRuntime, type Engine, type ProcessRunner, type Runtime } from './core/engine';
import { createWorld, type World, type WorldOptions } from './core/world';
import type { FileSystem } from './fs/types';
import { containersHook } from './containers/scheduler';
import { ensureDefaultNetworks } from './networks/manage';
import { installRegistryServer, registryLookup } from './registry/index';

export interface EngineOptions extends WorldOptions {
  runner: ProcessRunner;
  hostFs?: FileSystem;
  toolsFor?: Runtime['toolsFor'];
  registry?: Runtime['registry'];
  contributors?: Runtime['contributors'];
  /** Continue from a snapshot instead of a fresh world. */
  world?: World;
}

export function createEngine(o: EngineOptions): Engine {
  const rt = createRuntime(o.runner, {
    hooks: [containersHook],
    ...(o.hostFs ? { hostFs: o.hostFs } : {}),
    ...(o.toolsFor ? { toolsFor: o.toolsFor } : {}),
    registry: o.registry ?? registryLookup,
    ...(o.contributors ? { contributors: o.contributors } : {}),
  });
  installRegistryServer();
  const world = o.world ?? createWorld(o);
  const eng: Engine = { world, rt, host: world.hosts[0]!.name };
  ensureDefaultNetworks(eng);
  return eng;
}
