/**
 * The package tools (apk, npm, pip, go) for processes in a running container: the same
 * implementation RUN steps use, with an environment drawn from the container — the network is
 * reachable unless its network mode is `none`, time passes on the engine's clock, and declared
 * sizes land on the files in the container's writable layer (so `docker commit` and
 * `docker diff` see what was installed, and nothing leaks into the image or other containers).
 */
import type { CommandFn } from '../../../shell/types';
import { advance } from '../../core/clock';
import type { Engine } from '../../core/engine';
import type { ContainerRecord } from '../../containers/types';
import type { ToolEnv } from './env';
import { packageTools } from './index';

/** Names containerPackageTools may return. */
export const CONTAINER_PACKAGE_TOOL_NAMES: readonly string[] = ['apk', 'npm', 'pip', 'pip3', 'go'];

/** The ToolEnv of a container: its network, the engine's clock, its writable layer. */
export function containerToolEnv(eng: Engine, c: ContainerRecord): ToolEnv {
  return {
    network: c.hostConfig.NetworkMode !== 'none',
    enforcesPermissions: true,
    advance: (ms) => advance(eng, ms),
    declareSize: (path, size) => {
      const entry = c.upper.entries[path];
      if (entry?.t === 'f') entry.size = size;
    },
  };
}

/** `Runtime.toolsFor` provider: the package tools, each present when the container has its program. */
export function containerPackageTools(eng: Engine, c: ContainerRecord): Record<string, CommandFn> {
  return packageTools(containerToolEnv(eng, c));
}
