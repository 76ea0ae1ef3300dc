/** The `docker service` verbs, in the order verbs.ts registers them. */
import type { Command } from '../../command';
import type { DockerEnv } from '../env';
import { create } from './create';
import { inspect } from './inspect';
import { logs } from './logs';
import { ls } from './ls';
import { ps } from './ps';
import { rm } from './rm';
import { rollback } from './rollback';
import { scale } from './scale';
import { update } from './update';

export const SERVICE_VERBS: readonly Command<DockerEnv>[] = [create, inspect, logs, ls, ps, rm, rollback, scale, update];
