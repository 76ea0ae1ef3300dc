/** Network names for Tab completion (docker's completion.NetworkNames). */
import { hostOf } from '../../../sim/index';
import type { DockerEnv } from '../env';

export function networkNames(env: DockerEnv): string[] {
  return Object.values(hostOf(env.eng).networks).map((n) => n.name);
}

/** Containers connected (or not) to a network, for `network disconnect` / `connect`. */
export function containersOn(env: DockerEnv, network: string, connected: boolean): string[] {
  return Object.values(hostOf(env.eng).containers)
    .filter((c) => (network in c.networks) === connected)
    .map((c) => c.name);
}
