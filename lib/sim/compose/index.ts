/**
 * Docker Compose on the simulated engine — public API (see README.md).
 * Loading: `loadProject(files, env, opts)` → the normalised ComposeProject (deploy intact, for
 * `docker stack deploy` too); `discoverProject` finds files/env/profiles/name as the CLI does.
 * Running: convergence, start with dependency waits, lifecycle operations, all reporting
 * compose's progress events.
 */
export { ComposeError, warnLine, type Warn } from './errors';
export { loadProject, resolveProjectName, type LoadProjectOptions } from './load';
export type { ConfigFile, LoaderFs, LoadOptions } from './load-context';
export { discoverProject, DEFAULT_FILE_NAMES, type Discovered, type ProjectFlags } from './discover';
export { hasProfile, withProfiles, type ComposeProject, type ServiceModel } from './project';
export { withSelectedServices, withServicesEnabled, withoutUnnecessaryResources } from './selection';
export { marshalModel, marshalProjectJson, marshalProjectYaml } from './marshal';
export { readYamlDocuments } from './yaml-read';
export { extractVariables, type Variable } from './variables';
export { COMPOSE_VERSION, PROJECT_LABEL, SERVICE_LABEL, CONTAINER_NUMBER_LABEL, ONEOFF_LABEL, SLUG_LABEL, CONFIG_FILES_LABEL, WORKING_DIR_LABEL } from './labels';
export { Progress, COST, type ProgressEvent, type EventStatus } from './progress';
export { dependencyOrder, reverseDependencyOrder, withDependencies } from './graph';
export { projectContainers, serviceContainers, sortedByName, nameWithoutProject, serviceOf, numberOf, listProjects, type ProjectSummary } from './observe';
export { projectFromState, noContainerFound } from './project-state';
export { containerName, serviceImage, createSpec } from './convert';
export { checkContainerNameUnicity, convergeServices, createServiceContainer, handleOrphans, serviceScale, stopAndRemove, type ConvergeOptions, type Recreate } from './converge';
export { ensureNetworks, ensureVolumes } from './resources';
export { startProject, waitDependencies, type StartOptions } from './start';
export { downProject, killServices, pauseServices, removableContainers, removeContainers, restartServices, stopServices, type DownOptions } from './lifecycle';
export { buildService, pullService, servicesToBuild, servicesToPull, pullPolicy } from './images';
export { composeProjectNames, composeProjectUp, composeProjectView, type ComposeProjectView, type ComposeServiceView } from './read';
