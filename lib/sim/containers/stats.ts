/**
 * docker stats and docker top data. Usage is deterministic (derived from the container id and
 * the current second, never from the rng) and respects --memory and --cpus limits.
 */
import { hostOf, type Engine } from '../core/engine';
import { conflict } from '../core/errors';
import { layerSize } from '../fs/overlay-data';
import { requireContainer } from './names';
import { containerProcesses, uidIn, type ProcessRow } from './processes';
import type { ContainerRecord } from './types';
import { usageOf } from './usage';
import { containerFs } from './view';

export interface StatsSample {
  id: string;
  name: string;
  cpuPercent: number;
  memUsage: number;
  memLimit: number;
  memPercent: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

export function statsOf(eng: Engine, c: ContainerRecord): StatsSample {
  const host = hostOf(eng);
  const u = usageOf(eng, c);
  const limit = c.hostConfig.Memory > 0 ? c.hostConfig.Memory : host.info.memTotal;
  const running = c.state.Running && !c.state.Restarting;
  const uptime = running ? Math.max(0, eng.world.clock - (c.state.StartedAt ?? eng.world.clock)) / 1000 : 0;
  const hasNet = running && Object.values(c.networks).some((e) => e.ipAddress);
  return {
    id: c.id,
    name: c.name,
    cpuPercent: running ? u.cpuPercent : 0,
    memUsage: running ? u.memory : 0,
    memLimit: running ? limit : 0,
    memPercent: running ? Math.round((u.memory / limit) * 10_000) / 100 : 0,
    netRx: hasNet ? Math.round(1_046 + uptime * 12) : 0,
    netTx: hasNet ? Math.round(126 + uptime * 2) : 0,
    blockRead: running ? Math.round(u.memory * 0.9) : 0,
    blockWrite: running ? layerSize(c.upper) : 0,
    pids: running ? u.pids : 0,
  };
}

/** docker stats for the given containers (all running ones when none are named). */
export function containerStats(eng: Engine, terms: readonly string[] = [], all = false): StatsSample[] {
  const list = terms.length > 0 ? terms.map((t) => requireContainer(eng, t)) : Object.values(hostOf(eng).containers).filter((c) => all || c.state.Running);
  return list.map((c) => statsOf(eng, c));
}

/** docker top: host-side process rows (`ps -ef` columns are the CLI's job). */
export function containerTop(eng: Engine, term: string): ProcessRow[] {
  const c = requireContainer(eng, term);
  if (!c.state.Running || c.state.Restarting) throw conflict(`container ${c.id} is not running`);
  const fs = containerFs(eng, c);
  const rows = containerProcesses(eng, c, fs);
  for (const r of rows) r.uid = uidIn(fs, r.user);
  return rows;
}
