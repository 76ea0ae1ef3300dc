/** Volume names for Tab completion (docker's completion.VolumeNames). */
import { hostOf } from '../../../sim/index';
import type { DockerEnv } from '../env';

export function volumeNames(env: DockerEnv): string[] {
  return Object.keys(hostOf(env.eng).volumes);
}
