/**
 * Rolling updates and rollbacks (swarmkit's orchestrator/update/updater.go) as data advanced by
 * the tick hook: `Parallelism` slots at a time (0 = all), each replaced stop-first (old task shut
 * down, then the new one starts) or start-first; a slot's worker is free again `Delay` after its
 * new task runs; a new task that fails before running or within `Monitor` of running counts as a
 * failure, and once failures exceed `MaxFailureRatio` the `FailureAction` applies (pause,
 * continue, or rollback to the previous spec). Done slots + the monitor window = completed.
 */
import type { World } from '../core/world';
import { touch } from './state';
import { activeSlots, dirtySlots, isTerminal, newTask, serviceTasks } from './tasks';
import type { ClusterRecord, ServiceRecord, TaskRecord, UpdateConfigSpec } from './types';

const DEFAULTS: UpdateConfigSpec = { Parallelism: 1, FailureAction: 'pause', Monitor: 5e9, MaxFailureRatio: 0, Order: 'stop-first' };

export function updateConfigOf(s: ServiceRecord, rollback: boolean): UpdateConfigSpec {
  return { ...DEFAULTS, ...((rollback ? s.spec.RollbackConfig : s.spec.UpdateConfig) ?? {}) };
}

/** Begin replacing the out-of-date slots (nothing to do → no run, status unchanged). */
export function startUpdate(now: number, cluster: ClusterRecord, s: ServiceRecord, rollback: boolean): void {
  const queue = dirtySlots(cluster, s);
  if (!rollback) s.updateStatus = { state: 'updating', startedAt: now, message: 'update in progress' };
  s.update = { rollback, total: Math.max(queue.length, 1), queue, inFlight: [], dirty: queue.length, updated: {}, failures: [] };
  if (queue.length === 0) s.update.monitorUntil = now;
  touch(cluster, s, now);
}

const ms = (ns: number | undefined) => Math.round((ns ?? 0) / 1e6);

function failedEarly(t: TaskRecord | undefined, runningSince: number, monitor: number, now: number): boolean {
  if (!t) return false;
  if (!isTerminal(t.status.state) || t.status.state === 'shutdown') return false;
  if (t.status.state === 'complete' && runningSince > 0 && now - runningSince > monitor) return false;
  return runningSince === 0 || t.status.timestamp - runningSince <= monitor;
}

/** The earliest time the update has work, or null. */
export function updaterDue(world: World, cluster: ClusterRecord, s: ServiceRecord): number | null {
  const run = s.update;
  if (!run) return null;
  const now = world.clock;
  const cfg = updateConfigOf(s, run.rollback);
  let due: number | null = null;
  const at = (t: number) => (due = due === null ? t : Math.min(due, t));
  const free = cfg.Parallelism === 0 || run.inFlight.length < cfg.Parallelism;
  if (free && run.queue.length > 0) at(now);
  for (const f of run.inFlight) {
    const t = cluster.tasks[f.taskId];
    if (f.freeAt !== undefined) at(f.freeAt);
    else if (!t || t.status.state === 'running' || isTerminal(t.status.state)) at(now);
  }
  for (const [id, since] of Object.entries(run.updated)) {
    if (!run.failures.includes(id) && failedEarly(cluster.tasks[id], since, ms(cfg.Monitor), now)) at(now);
  }
  if (run.queue.length === 0 && run.inFlight.length === 0) at(run.monitorUntil ?? now);
  return due;
}

function replaceSlot(world: World, cluster: ClusterRecord, s: ServiceRecord, slot: number | string, order: UpdateConfigSpec['Order']): TaskRecord | null {
  const old = activeSlots(cluster, s.id).get(slot) ?? [];
  if (old.length === 0) return null;
  const first = old[0]!;
  const stopFirst = order !== 'start-first';
  if (stopFirst) for (const t of old) t.desiredState = 'shutdown';
  const fresh = newTask(world, cluster, s, {
    slot: typeof slot === 'number' ? slot : 0,
    ...(typeof slot === 'string' ? { nodeId: slot } : {}),
    ...(stopFirst ? { startAfter: first.id } : {}),
  });
  return fresh;
}

/** Advance the update at world.clock; returns true when something changed. */
export function updaterStep(world: World, cluster: ClusterRecord, s: ServiceRecord, onRollback: (message: string) => void): boolean {
  const run = s.update;
  if (!run) return false;
  const now = world.clock;
  const cfg = updateConfigOf(s, run.rollback);
  let changed = false;
  for (const f of [...run.inFlight]) {
    const t = cluster.tasks[f.taskId];
    if (f.freeAt !== undefined) {
      if (f.freeAt <= now) {
        run.inFlight = run.inFlight.filter((x) => x !== f);
        changed = true;
      }
      continue;
    }
    if (t?.status.state === 'running') {
      run.updated[t.id] = now;
      f.freeAt = now + ms(cfg.Delay);
      for (const other of activeSlots(cluster, s.id).get(f.slot) ?? []) if (other.id !== t.id) other.desiredState = 'shutdown';
      changed = true;
    } else if (!t || isTerminal(t.status.state)) {
      run.updated[f.taskId] ??= 0;
      run.inFlight = run.inFlight.filter((x) => x !== f);
      changed = true;
    }
  }
  for (const [id, since] of Object.entries(run.updated)) {
    if (run.failures.includes(id) || !failedEarly(cluster.tasks[id], since, ms(cfg.Monitor), now)) continue;
    run.failures.push(id);
    changed = true;
    if (cfg.FailureAction === 'continue' || run.failures.length / run.total <= cfg.MaxFailureRatio) continue;
    const message = `update ${run.rollback ? 'rolled back' : 'paused'} due to failure or early termination of task ${id}`;
    if (cfg.FailureAction === 'rollback' && !run.rollback && s.previousSpec) {
      delete s.update;
      onRollback(`update rolled back due to failure or early termination of task ${id}`);
      return true;
    }
    s.updateStatus = { state: run.rollback ? 'rollback_paused' : 'paused', startedAt: s.updateStatus?.startedAt ?? now, message };
    delete s.update;
    touch(cluster, s, now);
    return true;
  }
  while ((cfg.Parallelism === 0 || run.inFlight.length < cfg.Parallelism) && run.queue.length > 0) {
    const slot = run.queue.shift()!;
    const fresh = replaceSlot(world, cluster, s, slot, cfg.Order);
    if (fresh) run.inFlight.push({ slot, taskId: fresh.id });
    changed = true;
  }
  if (run.queue.length === 0 && run.inFlight.length === 0) {
    if (run.monitorUntil === undefined) {
      run.monitorUntil = now + ms(cfg.Monitor);
      changed = true;
    }
    if (run.monitorUntil <= now) {
      const started = s.updateStatus?.startedAt ?? now;
      s.updateStatus = run.rollback
        ? { state: 'rollback_completed', startedAt: started, completedAt: now, message: 'rollback completed' }
        : { state: 'completed', startedAt: started, completedAt: now, message: 'update completed' };
      delete s.update;
      touch(cluster, s, now);
      changed = true;
    }
  }
  return changed;
}

/** Tasks of the service that run its current spec (the `_up-to-date` filter of the CLI's progress). */
export function upToDateTasks(cluster: ClusterRecord, s: ServiceRecord): TaskRecord[] {
  return serviceTasks(cluster, s.id).filter((t) => t.specKey === s.specKey);
}
