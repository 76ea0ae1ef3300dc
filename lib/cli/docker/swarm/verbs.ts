/** The `docker swarm` verbs, in the order verbs.ts registers them. */
import type { Command } from '../../command';
import type { DockerEnv } from '../env';
import { init } from './init';
import { join, leave } from './join';
import { joinToken, unlock, unlockKey } from './tokens';
import { ca, update } from './update';

export const SWARM_VERBS: readonly Command<DockerEnv>[] = [ca, init, join, joinToken, leave, unlock, unlockKey, update];
