/**
 * Starting a project (compose's start / startService / waitDependencies): services in
 * dependency order; before a service starts, its `depends_on` conditions are waited for over
 * simulated time — `service_healthy` until the health check passes (`Healthy`) or fails
 * (`dependency failed to start: container shop-db-1 is unhealthy`), `service_completed_successfully`
 * until the one-shot container exits 0 (`Exited`) — then its stopped containers are started.
 */
import { advance, startContainer, type ContainerRecord, type Engine, type LogLine } from '../index';
import { serviceScale } from './converge';
import { ComposeError } from './errors';
import { dependencyOrder } from './graph';
import { serviceContainers, sortedByName } from './observe';
import { COST, type Progress } from './progress';
import type { ComposeProject } from './project';
import { isMap } from './tree-path';
import { formatGoDuration } from './units';

/** How often compose polls a dependency, and how long we let simulated time run at most. */
const POLL_MS = 500;
const MAX_WAIT_MS = 60 * 60 * 1000;

export interface StartOptions {
  /** `--wait`: after starting, wait for every service to be running/healthy. */
  wait?: boolean;
  /** `--wait-timeout` seconds (0: none). */
  waitTimeout?: number;
  /** Called with each container compose starts and what it printed when starting. */
  onStart?: (c: ContainerRecord, output: readonly LogLine[]) => void;
}

const byName = (eng: Engine, p: ComposeProject, service: string) => sortedByName(serviceContainers(eng, p.name, service));

type Check = { state: 'wait' } | { state: 'ok'; exitCode?: number } | { state: 'fail'; message: string };

function healthCheck(c: ContainerRecord, fallbackRunning: boolean): Check {
  if (c.state.Status === 'exited') return { state: 'fail', message: `container ${c.name} exited (${c.state.ExitCode})` };
  if (!c.config.Healthcheck && fallbackRunning) return c.state.Status === 'running' ? { state: 'ok' } : { state: 'wait' };
  const h = c.state.Health;
  if (!h) return { state: 'fail', message: `container ${c.name} has no healthcheck configured` };
  if (h.Status === 'healthy') return { state: 'ok' };
  if (h.Status === 'unhealthy') return { state: 'fail', message: `container ${c.name} is unhealthy` };
  return { state: 'wait' };
}

function waitFor(eng: Engine, check: () => Check, deadline: number): Check {
  for (;;) {
    const r = check();
    if (r.state !== 'wait') return r;
    if (eng.world.clock >= deadline) return { state: 'fail', message: 'timeout waiting for dependencies' };
    advance(eng, POLL_MS);
  }
}

function all(cs: readonly ContainerRecord[], f: (c: ContainerRecord) => Check): Check {
  for (const c of cs) {
    const r = f(c);
    if (r.state !== 'ok') return r;
  }
  return { state: 'ok' };
}

/** waitDependencies for one service (or, with --wait, for the whole project). */
export function waitDependencies(eng: Engine, p: ComposeProject, dependant: string, deps: Record<string, { condition: string; required: boolean }>, progress: Progress, timeoutMs = 0): void {
  for (const dep of Object.keys(deps).sort()) {
    const { condition, required } = deps[dep]!;
    if (condition === 'service_started') continue;
    const s = p.services[dep];
    if (!s) {
      if (dep in p.disabledServices) continue;
      throw new ComposeError(`no such service: ${dep}`);
    }
    if (serviceScale(s) === 0) continue;
    const waiting = byName(eng, p, dep);
    for (const c of waiting) progress.working(`Container ${c.name}`, 'Waiting');
    if (waiting.length === 0) {
      if (required) throw new ComposeError(`${dependant} is missing dependency ${dep}`);
      continue;
    }
    const deadline = eng.world.clock + (timeoutMs > 0 ? timeoutMs : MAX_WAIT_MS);
    const fresh = () => byName(eng, p, dep);
    if (condition === 'service_completed_successfully') {
      const r = waitFor(eng, () => {
        const exited = fresh().find((c) => c.state.Status === 'exited');
        return exited ? { state: 'ok', exitCode: exited.state.ExitCode } : { state: 'wait' };
      }, deadline);
      if (r.state === 'fail') throw new ComposeError(r.message);
      if (r.state === 'ok' && (r.exitCode ?? 0) !== 0) {
        const msg = `service ${JSON.stringify(dep)} didn't complete successfully: exit ${r.exitCode}`;
        for (const c of waiting) progress.error(`Container ${c.name}`, msg);
        throw new ComposeError(msg);
      }
      for (const c of waiting) progress.done(`Container ${c.name}`, 'Exited');
      continue;
    }
    const fallback = condition === 'running_or_healthy';
    const r = waitFor(eng, () => all(fresh(), (c) => healthCheck(c, fallback)), deadline);
    if (r.state === 'fail') {
      if (!required) continue;
      for (const c of waiting) progress.error(`Container ${c.name}`, 'Error');
      throw new ComposeError(r.message === 'timeout waiting for dependencies' ? r.message : `dependency failed to start: ${r.message}`);
    }
    for (const c of waiting) progress.done(`Container ${c.name}`, 'Healthy');
  }
}

function dependsOnOf(p: ComposeProject, name: string): Record<string, { condition: string; required: boolean }> {
  const s = p.services[name]!;
  const out: Record<string, { condition: string; required: boolean }> = {};
  if (isMap(s.depends_on)) {
    for (const [d, cfg] of Object.entries(s.depends_on)) {
      if (isMap(cfg)) out[d] = { condition: String(cfg.condition ?? 'service_started'), required: cfg.required !== false };
    }
  }
  return out;
}

/** The condition `--wait` uses for a service (completed for one-shot dependencies). */
function waitCondition(p: ComposeProject, name: string): string {
  for (const s of Object.values(p.services)) {
    const dep = isMap(s.depends_on) ? s.depends_on[name] : undefined;
    if (isMap(dep) && dep.condition === 'service_completed_successfully') return 'service_completed_successfully';
  }
  return 'running_or_healthy';
}

export function startProject(eng: Engine, p: ComposeProject, progress: Progress, o: StartOptions = {}): void {
  for (const name of dependencyOrder(p)) {
    const s = p.services[name]!;
    if (isMap(s.deploy) && s.deploy.replicas === 0) continue;
    waitDependencies(eng, p, name, dependsOnOf(p, name), progress);
    const containers = byName(eng, p, name);
    if (containers.length === 0) {
      if (serviceScale(s) === 0) continue;
      throw new ComposeError(`service ${JSON.stringify(name)} has no container to start`);
    }
    for (const c of containers) {
      if (c.state.Status === 'running') continue;
      const id = `Container ${c.name}`;
      progress.working(id, 'Starting');
      progress.spend(COST.start);
      let started;
      try {
        started = startContainer(eng, c.id);
      } catch (e) {
        progress.error(id, e instanceof Error ? e.message : String(e));
        throw e;
      }
      o.onStart?.(c, started.output);
      progress.done(id, 'Started');
    }
  }
  if (o.wait) {
    const deps: Record<string, { condition: string; required: boolean }> = {};
    for (const name of Object.keys(p.services)) deps[name] = { condition: waitCondition(p, name), required: true };
    const timeoutMs = (o.waitTimeout ?? 0) * 1000;
    try {
      waitDependencies(eng, p, p.name, deps, progress, timeoutMs);
    } catch (e) {
      if (e instanceof ComposeError && e.message === 'timeout waiting for dependencies' && timeoutMs > 0) throw new ComposeError(`application not healthy after ${formatGoDuration(timeoutMs * 1e6)}`);
      throw e;
    }
  }
}
