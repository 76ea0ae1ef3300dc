/** The `docker stack` verbs, in the order verbs.ts registers them. */
import type { Command } from '../../command';
import type { DockerEnv } from '../env';
import { deploy } from './deploy';
import { ls, ps, rm, services } from './list';

export const STACK_VERBS: readonly Command<DockerEnv>[] = [deploy, ls, ps, rm, services];
