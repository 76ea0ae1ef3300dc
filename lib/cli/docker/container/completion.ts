/**
 * Object names for Tab completion (docker's completion.ContainerNames / ImageNames): container
 * names (all, or only those in a state), and image references `repo:tag`.
 */
import { hostOf, type ContainerRecord } from '../../../sim/index';
import type { DockerEnv } from '../env';

export function containerNames(env: DockerEnv, keep: (c: ContainerRecord) => boolean = () => true): string[] {
  return Object.values(hostOf(env.eng).containers)
    .filter(keep)
    .map((c) => c.name);
}

export const runningNames = (env: DockerEnv) => containerNames(env, (c) => c.state.Running && !c.state.Paused);
export const stoppedNames = (env: DockerEnv) => containerNames(env, (c) => !c.state.Running);
export const pausedNames = (env: DockerEnv) => containerNames(env, (c) => c.state.Paused);

/** Image references as the learner types them (`nginx:latest`, `user/app:1.0`). */
export function imageNames(env: DockerEnv): string[] {
  const out = new Set<string>();
  for (const ref of Object.keys(hostOf(env.eng).refs)) {
    if (ref.includes('@')) continue;
    out.add(ref.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, ''));
  }
  return [...out].sort();
}
