/** The `docker node` verbs, in the order verbs.ts registers them. */
import type { Command } from '../../command';
import type { DockerEnv } from '../env';
import { inspect } from './inspect';
import { ls } from './ls';
import { demote, promote, rm, update } from './manage';
import { ps } from './ps';

export const NODE_VERBS: readonly Command<DockerEnv>[] = [demote, inspect, ls, promote, ps, rm, update];
