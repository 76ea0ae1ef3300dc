/**
 * HEALTHCHECK probes: run the test inside the container through the ProcessRunner on its own
 * clock; starting → healthy/unhealthy with interval, timeout, retries, start period and start
 * interval as dockerd applies them; the last 5 results are kept (State.Health.Log).
 */
import type { Engine } from '../core/engine';
import { emit } from '../core/events';
import { runInBackground } from './run-process';
import type { ContainerRecord } from './types';

const NS = 1e6;
const DEFAULTS = { interval: 30_000, timeout: 30_000, startInterval: 5_000, retries: 3 };
const MAX_OUTPUT = 4096;

export function probeArgv(test: readonly string[]): string[] | null {
  if (test[0] === 'CMD-SHELL') return ['sh', '-c', test.slice(1).join(' ')];
  if (test[0] === 'CMD') return test.slice(1);
  return null;
}

export function runHealthProbe(eng: Engine, c: ContainerRecord): void {
  const hc = c.config.Healthcheck;
  const health = c.state.Health;
  const argv = hc ? probeArgv(hc.Test) : null;
  if (!hc || !health || !argv) {
    c.healthAt = null;
    return;
  }
  const now = eng.world.clock;
  const interval = hc.Interval ? hc.Interval / NS : DEFAULTS.interval;
  const timeout = hc.Timeout ? hc.Timeout / NS : DEFAULTS.timeout;
  const startPeriod = (hc.StartPeriod ?? 0) / NS;
  const retries = hc.Retries || DEFAULTS.retries;
  const inStartPeriod = now - (c.state.StartedAt ?? now) < startPeriod;

  const run = runInBackground(eng, c, argv, { log: false });
  const timedOut = run.elapsed > timeout;
  const exitCode = timedOut ? -1 : run.result.exitCode;
  const output = timedOut ? `Health check exceeded timeout (${timeout / 1000}s)` : (run.result.stdout + run.result.stderr).slice(0, MAX_OUTPUT);
  health.Log.push({ Start: now, End: now + Math.min(run.elapsed, timeout), ExitCode: exitCode, Output: output });
  if (health.Log.length > 5) health.Log.splice(0, health.Log.length - 5);

  const before = health.Status;
  if (exitCode === 0) {
    health.Status = 'healthy';
    health.FailingStreak = 0;
  } else if (!inStartPeriod) {
    health.FailingStreak++;
    if (health.FailingStreak >= retries) health.Status = 'unhealthy';
  }
  emit(eng.world, eng.host, 'container', `exec_die`, c.id, { exitCode: String(exitCode), execID: 'health', image: c.config.Image, name: c.name });
  if (health.Status !== before || before === 'starting') {
    if (health.Status !== 'starting') emit(eng.world, eng.host, 'container', `health_status: ${health.Status}`, c.id, { image: c.config.Image, name: c.name });
  }
  const stillStarting = health.Status === 'starting' && now - (c.state.StartedAt ?? now) < startPeriod;
  c.healthAt = now + (stillStarting ? (hc.StartInterval ? hc.StartInterval / NS : DEFAULTS.startInterval) : interval);
}
