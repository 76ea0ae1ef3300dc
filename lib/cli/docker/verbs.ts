/**
 * Every docker verb, as ONE list (parents before children) handed to createDockerTool.
 * One import + one entry per verb, grouped by owner, so parallel edits do not collide.
 */
import type { Command } from '../command';
import type { DockerEnv } from './env';
// build (lib/cli/docker/build)
import { buildVerbs } from './build/verbs';
// containers (lib/cli/docker/container)
import { attach as containerAttach } from './container/attach';
import { commit as containerCommit } from './container/commit';
import { cp as containerCp } from './container/cp';
import { create as containerCreate } from './container/create';
import { diff as containerDiff } from './container/diff';
import { exec as containerExec } from './container/exec';
import { exportCmd as containerExport } from './container/export';
import { inspect as containerInspect } from './container/inspect';
import { kill as containerKill } from './container/kill';
import { logs as containerLogs } from './container/logs';
import { ls as containerLs } from './container/ls';
import { pause as containerPause } from './container/pause';
import { port as containerPort } from './container/port';
import { prune as containerPrune } from './container/prune';
import { rename as containerRename } from './container/rename';
import { restart as containerRestart } from './container/restart';
import { rm as containerRm } from './container/rm';
import { run as containerRun } from './container/run';
import { start as containerStart } from './container/start';
import { stats as containerStats } from './container/stats';
import { stop as containerStop } from './container/stop';
import { top as containerTop } from './container/top';
import { unpause as containerUnpause } from './container/unpause';
import { update as containerUpdate } from './container/update';
import { wait as containerWait } from './container/wait';
// images (lib/cli/docker/image, registry)
import { history as imageHistory } from './image/history';
import { importCmd as imageImport } from './image/import';
import { inspect as imageInspect } from './image/inspect';
import { load as imageLoad } from './image/load';
import { ls as imageLs } from './image/ls';
import { prune as imagePrune } from './image/prune';
import { pull as imagePull } from './image/pull';
import { rm as imageRm } from './image/rm';
import { save as imageSave } from './image/save';
import { tag as imageTag } from './image/tag';
import { login as registryLogin } from './registry/login';
import { logout as registryLogout } from './registry/logout';
import { manifestInspect as registryManifestInspect } from './registry/manifest';
import { push as registryPush } from './registry/push';
import { search as registrySearch } from './registry/search';
// networks, volumes, system (lib/cli/docker/network, volume, system)
import { connect as networkConnect } from './network/connect';
import { create as networkCreate } from './network/create';
import { disconnect as networkDisconnect } from './network/disconnect';
import { inspect as networkInspect } from './network/inspect';
import { ls as networkLs } from './network/ls';
import { prune as networkPrune } from './network/prune';
import { rm as networkRm } from './network/rm';
import { create as contextCreate, inspect as contextInspect, ls as contextLs, rm as contextRm, show as contextShow, use as contextUse } from './context/verbs';
import { df as systemDf } from './system/df';
import { events as systemEvents } from './system/events';
import { info as systemInfo } from './system/info';
import { inspect as systemInspect } from './system/inspect';
import { prune as systemPrune } from './system/prune';
import { version as systemVersion } from './system/version';
import { create as volumeCreate } from './volume/create';
import { inspect as volumeInspect } from './volume/inspect';
import { ls as volumeLs } from './volume/ls';
import { prune as volumePrune } from './volume/prune';
import { rm as volumeRm } from './volume/rm';
// swarm (lib/cli/docker/swarm, node, service, secret, config, stack)
import { CONFIG_VERBS } from './config/verbs';
import { NODE_VERBS } from './node/verbs';
import { SECRET_VERBS } from './secret/object-verbs';
import { SERVICE_VERBS } from './service/verbs';
import { STACK_VERBS } from './stack/verbs';
import { SWARM_VERBS } from './swarm/verbs';

export const DOCKER_VERBS: readonly Command<DockerEnv>[] = [
  // build
  ...buildVerbs<DockerEnv>((env) => env.eng),
  // containers
  containerAttach,
  containerCommit,
  containerCp,
  containerCreate,
  containerDiff,
  containerExec,
  containerExport,
  containerInspect,
  containerKill,
  containerLogs,
  containerLs,
  containerPause,
  containerPort,
  containerPrune,
  containerRename,
  containerRestart,
  containerRm,
  containerRun,
  containerStart,
  containerStats,
  containerStop,
  containerTop,
  containerUnpause,
  containerUpdate,
  containerWait,
  // images
  imageHistory,
  imageImport,
  imageInspect,
  imageLoad,
  imageLs,
  imagePrune,
  imagePull,
  imageRm,
  imageSave,
  imageTag,
  registryLogin,
  registryLogout,
  registryManifestInspect,
  registryPush,
  registrySearch,
  // networks, volumes, system
  networkConnect,
  networkCreate,
  networkDisconnect,
  networkInspect,
  networkLs,
  networkPrune,
  networkRm,
  contextCreate,
  contextInspect,
  contextLs,
  contextRm,
  contextShow,
  contextUse,
  systemDf,
  systemEvents,
  systemInfo,
  systemInspect,
  systemPrune,
  systemVersion,
  volumeCreate,
  volumeInspect,
  volumeLs,
  volumePrune,
  volumeRm,
  // swarm
  ...CONFIG_VERBS,
  ...NODE_VERBS,
  ...SECRET_VERBS,
  ...SERVICE_VERBS,
  ...STACK_VERBS,
  ...SWARM_VERBS,
];
