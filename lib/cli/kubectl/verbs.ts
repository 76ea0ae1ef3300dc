/** Every kubectl command, parents before children (mount points in each declaration's `at`). */
import type { Command } from '../command';
import type { KubectlEnv } from './env';
import { apply } from './verbs/apply';
import { create, createConfigmap, createDeployment, createNamespace, createSecret, createSecretGeneric } from './verbs/create';
import { createService, createServiceClusterip, createServiceLoadbalancer, createServiceNodeport } from './verbs/create-service';
import { del } from './verbs/delete';
import { expose } from './verbs/expose';
import { getVerb } from './verbs/get';
import { run } from './verbs/run';
import { scale } from './verbs/scale';
import { set, setImage } from './verbs/set-image';

export const KUBECTL_VERBS: readonly Command<KubectlEnv>[] = [
  getVerb,
  create,
  createDeployment,
  createNamespace,
  createConfigmap,
  createSecret,
  createSecretGeneric,
  createService,
  createServiceClusterip,
  createServiceNodeport,
  createServiceLoadbalancer,
  apply,
  del,
  run,
  expose,
  scale,
  set,
  setImage,
];
