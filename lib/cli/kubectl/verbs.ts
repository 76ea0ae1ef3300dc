/** Every kubectl command, parents before children (mount points in each declaration's `at`). */
import type { Command } from '../command';
import type { KubectlEnv } from './env';
import { getVerb } from './verbs/get';

export const KUBECTL_VERBS: readonly Command<KubectlEnv>[] = [getVerb];
