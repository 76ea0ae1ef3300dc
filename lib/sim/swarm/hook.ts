/**
 * The swarm's tick hook: managers (when the raft has a leader) orchestrate, schedule and run
 * rolling updates; every node's agent prepares, starts, watches and stops its tasks; the task
 * reaper keeps the history limit. `installSwarm(eng)` registers the hook, the routing mesh and Traefik's swarm provider.
 */
import type { Engine, Runtime, TickHook } from '../core/engine';
import type { World } from '../core/world';
import { removeContainer } from '../containers/manage';
import { agentDue, agentEngine, agentStep } from './agent';
import { markService, serviceUpdated } from './events';
import { meshRoutes } from './mesh';
import { orchestrate } from './orchestrator';
import { beginRollback } from './services';
import { clustersOf, hasQuorum } from './state';
import { isActiveDesired, isTerminal, reapHistory } from './tasks';
import { installTraefikSwarmProvider } from './traefik-provider';
import { updaterDue, updaterStep } from './updater';
import type { ClusterRecord } from './types';

/** The reaper has work: a slot holds more tasks than the history limit and one of them has ended for good. */
function historyOverflow(cluster: ClusterRecord): boolean {
  if (cluster.spec.Orchestration.TaskHistoryRetentionLimit < 0) return false;
  const limit = Math.max(cluster.spec.Orchestration.TaskHistoryRetentionLimit, 1);
  const slots = new Map<string, { count: number; ended: boolean }>();
  for (const t of Object.values(cluster.tasks)) {
    const k = `${t.serviceId}/${t.slot > 0 ? t.slot : t.nodeId}`;
    const e = slots.get(k) ?? { count: 0, ended: false };
    e.count++;
    if (!isActiveDesired(t) && isTerminal(t.status.state)) e.ended = true;
    slots.set(k, e);
  }
  return [...slots.values()].some((e) => e.count > limit && e.ended);
}

function clusterDue(world: World, rt: Runtime, cluster: ClusterRecord): number | null {
  const now = world.clock;
  let due: number | null = null;
  const at = (t: number | null) => {
    if (t !== null) due = due === null ? Math.max(t, now) : Math.min(due, Math.max(t, now));
  };
  if (hasQuorum(world, cluster)) {
    if (orchestrate(world, cluster, false) || historyOverflow(cluster)) return now;
    for (const s of Object.values(cluster.services)) at(updaterDue(world, cluster, s));
  }
  for (const t of Object.values(cluster.tasks)) at(agentDue(world, cluster, t, agentEngine(world, rt, cluster, t)));
  return due;
}

function runCluster(world: World, rt: Runtime, cluster: ClusterRecord): void {
  const now = world.clock;
  if (hasQuorum(world, cluster)) {
    for (const s of Object.values(cluster.services)) {
      if (updaterDue(world, cluster, s) !== now) continue;
      const before = markService(s);
      updaterStep(world, cluster, s, (message) => beginRollback(now, cluster, s, message, false));
      if (JSON.stringify(markService(s)) !== JSON.stringify(before)) serviceUpdated(world, cluster, s, before);
    }
    orchestrate(world, cluster, true);
    reapHistory(cluster, cluster.spec.Orchestration.TaskHistoryRetentionLimit, (t) => {
      const node = agentEngine(world, rt, cluster, t);
      if (node && t.status.containerId) removeContainer(node, t.status.containerId, { force: true });
    });
  }
  for (const t of Object.values(cluster.tasks)) {
    const node = agentEngine(world, rt, cluster, t);
    if (agentDue(world, cluster, t, node) === now) agentStep(cluster, t, node!);
  }
}

export const swarmHook: TickHook = {
  name: 'swarm',
  nextDue(world, rt) {
    const clusters = clustersOf(world);
    if (!clusters) return null;
    let due: number | null = null;
    for (const c of Object.values(clusters)) {
      const d = clusterDue(world, rt, c);
      if (d !== null && (due === null || d < due)) due = d;
    }
    return due;
  },
  run(world, rt) {
    const clusters = clustersOf(world);
    if (!clusters) return;
    for (const c of Object.values(clusters)) runCluster(world, rt, c);
  },
};

/** Register the swarm's tick hook and routing extension on an engine's runtime (idempotent). */
export function installSwarm(eng: Engine): void {
  if (!eng.rt.hooks.some((h) => h.name === swarmHook.name)) eng.rt.hooks.push(swarmHook);
  eng.rt.routes ??= [];
  if (!eng.rt.routes.some((r) => r.name === meshRoutes.name)) eng.rt.routes.push(meshRoutes);
  installTraefikSwarmProvider();
}
