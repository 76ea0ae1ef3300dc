/** Every kubectl command, parents before children (mount points in each declaration's `at`). */
import type { Command } from '../command';
import type { KubectlEnv } from './env';
import { apply } from './verbs/apply';
import { config, configCurrentContext, configGetContexts, configSetContext, configUseContext, configView } from './verbs/config';
import { create, createConfigmap, createDeployment, createNamespace, createSecret, createSecretGeneric } from './verbs/create';
import { createService, createServiceClusterip, createServiceLoadbalancer, createServiceNodeport } from './verbs/create-service';
import { del } from './verbs/delete';
import { describe } from './verbs/describe';
import { events, wait } from './verbs/events-wait';
import { exec } from './verbs/exec';
import { expose } from './verbs/expose';
import { getVerb } from './verbs/get';
import { apiResources, clusterInfo, top, topNode, topPod, version } from './verbs/info';
import { annotate, label } from './verbs/label';
import { logs } from './verbs/logs';
import { portForward } from './verbs/port-forward';
import { rollout, rolloutHistory, rolloutPause, rolloutRestart, rolloutResume, rolloutStatus, rolloutUndo } from './verbs/rollout';
import { run } from './verbs/run';
import { scale } from './verbs/scale';
import { set, setImage } from './verbs/set-image';
import { options, STUBS } from './verbs/stubs';

export const KUBECTL_VERBS: readonly Command<KubectlEnv>[] = [
  getVerb, describe, create, createDeployment, createNamespace, createConfigmap, createSecret, createSecretGeneric,
  createService, createServiceClusterip, createServiceNodeport, createServiceLoadbalancer, apply, del, run, expose, scale,
  set, setImage, rollout, rolloutStatus, rolloutHistory, rolloutUndo, rolloutRestart, rolloutPause, rolloutResume,
  logs, exec, portForward, label, annotate, config, configView, configCurrentContext, configGetContexts, configUseContext,
  configSetContext, version, clusterInfo, apiResources, top, topPod, topNode, events, wait, options, ...STUBS,
];
