/** Deterministic resource usage of a container (docker stats, cgroup files): no rng is consumed. */
import { hostOf, type Engine } from '../core/engine';
import { stableHex } from '../core/rng';
import { behaviourByName } from './behaviours/index';
import type { ContainerRecord } from './types';

export interface Usage {
  memory: number;
  pids: number;
  cpuUsec: number;
  /** CPU percent of one core, as docker stats reports (can exceed 100 on several cores). */
  cpuPercent: number;
}

/** A stable pseudo-random number in [0, 1) for this container and second. */
function jitter(c: ContainerRecord, second: number): number {
  return parseInt(stableHex(`${c.id}:${second}`, 8), 16) / 0x1_0000_0000;
}

export function usageOf(eng: Engine, c: ContainerRecord): Usage {
  const proc = c.proc;
  if (!proc || !c.state.Running) return { memory: 0, pids: 0, cpuUsec: 0, cpuPercent: 0 };
  const behaviour = proc.behaviour ? behaviourByName(proc.behaviour) : undefined;
  const base = behaviour?.memory ?? (proc.kind === 'interactive' ? 1_200_000 : proc.kind === 'loop' ? 900_000 : 450_000);
  const second = Math.floor(eng.world.clock / 1000);
  let memory = Math.round(base * (1 + 0.04 * jitter(c, second)));
  if (c.hostConfig.Memory > 0) memory = Math.min(memory, c.hostConfig.Memory);
  const workers = behaviour?.name === 'nginx' ? hostOf(eng).info.ncpu : behaviour?.name === 'httpd' ? 3 : behaviour?.name === 'postgres' ? 5 : 0;
  const pids = 1 + workers + c.execs.length + (behaviour && !['nginx', 'httpd', 'postgres'].includes(behaviour.name) ? 20 : 0);
  const uptime = Math.max(0, eng.world.clock - (c.state.StartedAt ?? eng.world.clock));
  const busy = c.state.Paused ? 0 : proc.kind === 'loop' ? 0.6 : behaviour ? 0.05 : 0;
  let cpuPercent = c.state.Paused ? 0 : busy * (0.5 + jitter(c, second + 1));
  const cap = c.hostConfig.NanoCpus > 0 ? (c.hostConfig.NanoCpus / 1e9) * 100 : Infinity;
  cpuPercent = Math.min(cpuPercent, cap);
  return { memory, pids, cpuUsec: Math.round(uptime * busy * 10), cpuPercent: Math.round(cpuPercent * 100) / 100 };
}
