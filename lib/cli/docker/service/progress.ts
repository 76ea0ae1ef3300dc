/**
 * Waiting for a service to converge (docker/cli's service/progress): the simulated clock moves on
 * while the client polls, a converged service is watched for the monitor period, and the final
 * frame of the TTY display is printed: `overall progress: N out of N tasks`, one bar per slot (or
 * per node for global services), `verify: Service <id> converged`. A paused update is the client's
 * error; a rollback shows its message first.
 */
import { advanceTo, settle, type Engine } from '../../../sim/index';
import { requireManager, serviceTasks, type ClusterRecord, type ServiceRecord, type TaskRecord, type TaskState } from '../../../sim/swarm/index';
import { CliError } from '../../command';

const NUMBERED: Partial<Record<TaskState, number>> = {
  new: 1, pending: 3, assigned: 4, accepted: 5, preparing: 6, ready: 7, starting: 8, running: 9, complete: 10, shutdown: 11, failed: 12, rejected: 13,
};
const terminal = (s: TaskState) => (NUMBERED[s] ?? 0) > 9;
const POLL_MS = 200;
/** How long the simulated client waits before giving up (as a learner would press Ctrl+C). */
const PATIENCE_MS = 300_000;
const MAX_BARS = 20;

function truncError(msg: string): string {
  const s = msg.replace(/\n/g, ' ');
  return s.length > 75 ? s.slice(0, 74) + '…' : s;
}

function bar(state: TaskState): string {
  const pct = Math.min(50, Math.floor(Math.floor(((NUMBERED[state] ?? 0) / 9) * 100) / 2));
  return `[${'='.repeat(pct)}>${' '.repeat(Math.max(0, 50 - pct))}] `;
}

/** The task the client shows for a slot: lowest desired state, then highest observed state. */
function bySlot(tasks: TaskRecord[], key: (t: TaskRecord) => string | number, activeNodes: Set<string>): Map<string | number, TaskRecord> {
  const out = new Map<string | number, TaskRecord>();
  for (const t of tasks) {
    if (!NUMBERED[t.desiredState] || !NUMBERED[t.status.state]) continue;
    const have = out.get(key(t));
    if (have) {
      if (NUMBERED[have.desiredState]! < NUMBERED[t.desiredState]!) continue;
      if (NUMBERED[have.desiredState] === NUMBERED[t.desiredState] && NUMBERED[have.status.state]! <= NUMBERED[t.status.state]!) continue;
    }
    if (t.nodeId && !activeNodes.has(t.nodeId) && t.slot > 0) continue;
    out.set(key(t), t);
  }
  return out;
}

interface Frame {
  converged: boolean;
  text: string;
}

function frame(cluster: ClusterRecord, s: ServiceRecord, activeNodes: Set<string>, rollback: boolean): Frame {
  const tasks = serviceTasks(cluster, s.id).filter((t) => t.specKey === s.specKey);
  const global = !!s.spec.Mode.Global;
  const slots = bySlot(tasks, (t) => (global ? (t.nodeId ?? '') : t.slot), activeNodes);
  const ordered = [...slots.entries()].sort(([a], [b]) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));
  const total = global ? slots.size : s.spec.Mode.Replicated!.Replicas;
  let running = 0;
  let lines = '';
  ordered.forEach(([key, t], i) => {
    if (!terminal(t.desiredState) && t.status.state === 'running' && (!global || activeNodes.has(t.nodeId ?? ''))) running++;
    if (total > MAX_BARS || (!global && i + 1 > total)) return;
    const id = global ? String(key).slice(0, 12) : `${i + 1}/${total}`;
    if (t.status.err) lines += `${id}: ${truncError(t.status.err)} \n`;
    else if (!terminal(t.desiredState) && !terminal(t.status.state)) lines += `${id}: ${t.status.state.padEnd(9)} ${bar(t.status.state)}\n`;
  });
  const overall = rollback ? `rolling back update: ${running} out of ${total} tasks` : `${running} out of ${total} tasks`;
  if (global && total === 0) return { converged: false, text: 'overall progress: waiting for new tasks \n' };
  return { converged: running === total, text: `overall progress: ${overall} \n${lines}` };
}

/** The earliest time any tick hook has work after now (null: nothing scheduled). */
function nextChange(eng: Engine): number | null {
  let due: number | null = null;
  for (const h of eng.rt.hooks) {
    const d = h.nextDue(eng.world, eng.rt);
    if (d !== null && d > eng.world.clock && (due === null || d < due)) due = d;
  }
  return due;
}

function activeNodeIds(eng: Engine, cluster: ClusterRecord): Set<string> {
  const world = eng.world;
  return new Set(
    Object.values(cluster.nodes)
      .filter((n) => !n.left && world.hosts.some((h) => h.name === n.hostname))
      .map((n) => n.id),
  );
}

/**
 * Follow the service until it converges (moving the clock); returns the text to print, or throws the
 * client's error for a paused update. `shown` is how the client names the service in its verify and
 * background lines: the new id after `service create` and `stack deploy`, the argument as typed after
 * `service update|scale|rollback` (cli/command/service passes its serviceID argument on).
 */
export function waitForService(eng: Engine, serviceId: string, shown: string = serviceId): string {
  const start = eng.world.clock;
  let rollbackShown = false;
  let rollback = false;
  let prefix = '';
  let convergedAt: number | null = null;
  for (;;) {
    settle(eng);
    const cluster = requireManager(eng);
    const s = cluster.services[serviceId];
    if (!s) throw new CliError(`Error response from daemon: service ${serviceId} not found`);
    const monitor = s.spec.UpdateConfig?.Monitor ? s.spec.UpdateConfig.Monitor / 1e6 : 5000;
    const st = s.updateStatus;
    if (st?.state === 'updating') rollback = false;
    if (st?.state === 'paused') throw new CliError(prefix + `service update paused: ${st.message}`);
    if (st?.state === 'rollback_paused') throw new CliError(prefix + `service rollback paused: ${st.message}`);
    if (st?.state === 'rollback_started') {
      if (!rollbackShown && st.message) prefix += `rollback: ${st.message} \n`;
      rollbackShown = true;
      rollback = true;
    }
    if (st?.state === 'rollback_completed') rollback = true;
    const f = frame(cluster, s, activeNodeIds(eng, cluster), rollback);
    if (f.converged) {
      convergedAt ??= eng.world.clock;
      if (eng.world.clock - convergedAt >= monitor) return `${prefix}${f.text}verify: Service ${shown} converged \n`;
    } else convergedAt = null;
    if (eng.world.clock - start > PATIENCE_MS) {
      return `${prefix}${f.text}Operation continuing in background.\nUse \`docker service ps ${shown}\` to check progress.\n`;
    }
    // The client polls every 200ms; nothing changes between the hooks' due times, so skip to the next one.
    const now = eng.world.clock;
    let target = now + POLL_MS;
    const due = nextChange(eng);
    const wake = Math.min(due ?? Infinity, convergedAt !== null ? convergedAt + monitor : Infinity, start + PATIENCE_MS + POLL_MS);
    if (wake > target && wake !== Infinity) target = now + Math.ceil((wake - now) / POLL_MS) * POLL_MS;
    else if (wake === Infinity) target = start + PATIENCE_MS + POLL_MS;
    advanceTo(eng.world, eng.rt, target);
  }
}
