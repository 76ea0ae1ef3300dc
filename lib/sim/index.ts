/**
 * The engine's public API for the CLI layer (lib/cli/docker/**) and the host wiring. See README.md.
 * Everything takes an `Engine` ({ world, rt, host }) and returns data or throws EngineError/ClientError.
 */
export { createEngine, type EngineOptions } from './engine';
export { hostOf, onHost, type Engine, type ProcessRunner, type ProcessIO, type ProcessResult, type Runtime, type SystemContributor, type TickHook } from './core/engine';
export { advance, advanceTo, settle } from './core/clock';
export { stableHex } from './core/rng';
export { ClientError, EngineError, isEngineError, type ErrorKind } from './core/errors';
export { queryEvents, type EngineEvent, type EventQuery } from './core/events';
export { addHost, createWorld, restore, snapshot, DEFAULT_START, type HostState, type World } from './core/world';

export { familiarName, familiarString, fullString, parseReference, tagNameOnly, type ImageRef } from './images/reference';
export { pullImage, pullAllTags, type PullLine, type PullOptions, type PullResult, type RemoteRegistry } from './images/pull';
export { parsePlatform, platformString, type Platform } from './images/platform';
export { locateRegistry, pushImage, registryLogin, registryHost, remoteManifest, searchHub, searchUnsupported, type ManifestEntry, type RemoteManifest, type PushAuth, type PushLine, type PushResult, type Credentials, type HubRepository } from './registry/index';
export { addImage, findImage, imageLayers, repoDigests, repoTags, resolveImage, setRef } from './images/store';
export { listImages, parseImageFilters, globMatch, type ImageFilters, type ImageSummary } from './images/list';
export { pruneImages, removeImage, type DeleteRecord } from './images/remove';
export { imageHistory, tagImage, type HistoryRow } from './images/history';
export { applyChanges, commitContainer, type CommitOptions } from './images/commit';
export { exportContainer, importImage, loadImages, savedArchiveSize, saveImages } from './images/archive';
export type { ImageConfig, ImageRecord, LayerRecord } from './images/types';

export { createContainer, type CreateSpec, type EndpointRequest } from './containers/create';
export { startContainer, type StartResult } from './containers/start';
export { endMainProcess, killContainer, pauseContainer, restartContainer, stopContainer, unpauseContainer } from './containers/control';
export { pruneContainers, removeContainer, renameContainer, updateContainer, waitContainer, type UpdateFields } from './containers/manage';
export { beginExec, endExec, execRun, type ExecOptions, type ExecSession } from './containers/exec';
export { findContainer, requireContainer } from './containers/names';
export { listContainers, type ListOptions } from './containers/list';
export { readLogs, logsBetween, type LogQuery } from './containers/logs';
export { containerDiff, containerSizeRw } from './containers/diff';
export { containerStats, containerTop, statsOf, type StatsSample } from './containers/stats';
export { containerProcesses, visibleProcesses, type ProcessRow } from './containers/processes';
export { copyFromContainer, copyToContainer } from './containers/copy';
export { containerFs, machineFor } from './containers/view';
export { platformWarning } from './containers/foreign-arch';
export { parseSignal } from './containers/signals';
export { publishedPorts } from './containers/ports';
export { registerBehaviour } from './containers/behaviours/index';
export type { ContainerConfig, ContainerRecord, HostConfig, LogLine, MountSpec, PortBinding } from './containers/types';

export { createNetwork, findNetwork, isSwarmManager, listNetworks, pruneNetworks, removeNetwork, requireNetwork } from './networks/manage';
export { connectNetwork, disconnectNetwork } from './networks/attach';
export { connect, resolveName, type Origin } from './networks/reach';
export { httpRequest, parseUrl, type HttpOutcome } from './networks/http';
export type { NetworkRecord } from './networks/types';

export { createVolume, listVolumes, pruneVolumes, removeVolume, requireVolume } from './volumes/volumes';
export type { VolumeRecord } from './volumes/types';

export { diskUsage, findAnyObject, systemInfo, systemPrune } from './system/system';
export { filterNetworks, filterVolumes } from './system/list-filters';
export { inspectContainer } from './api/inspect-container';
export { inspectImage, inspectNetwork, inspectVolume } from './api/inspect-objects';
export { rfc3339Nano } from './api/time';
