/**
 * lib/sim/swarm's public API (see README.md): cluster membership, nodes, services, tasks,
 * secrets/configs, stacks, the lab machines, and the read views exercise checks use.
 */
export { installSwarm, swarmHook } from './hook';
export { initSwarm, joinSwarm, leaveSwarm, updateSwarm, rotateCa, unlockSwarm, type InitRequest, type JoinRequest, type SpecChanges } from './cluster';
export { NOT_IN_SWARM, NO_LEADER, WORKER_NOT_MANAGER, clusterOfHost, membership, requireManager } from './state';
export { findNode, getNode, leaderOf, listNodes, managerStatus, nodeState, removeNode, updateNode, type NodeChanges } from './nodes';
export { createService, getService, findService, removeService, replicaCounts, rollbackService, scaleService, updateService, DEFAULT_UPDATE_CONFIG } from './services';
export { updateConfigOf, upToDateTasks } from './updater';
export { serviceTasks } from './tasks';
export { taskName, containerName } from './task-container';
export { createSwarmObject, findSwarmObject, listSwarmObjects, removeSwarmObject, type CreateObjectRequest, type SwarmObjectKind } from './secrets';
export { addNode, labMachines, setNodePower, type AddNodeOptions } from './lab';
export { findOverlay } from './overlay';
export type * from './types';
export { swarmView, type SwarmServiceView, type SwarmView } from './view';
export { swarmInfo, type SwarmInfo } from './info';
