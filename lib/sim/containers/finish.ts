/**
 * The main process ended: record the exit, release ports and addresses, then either remove the
 * container (--rm) or apply the restart policy with docker's backoff (100ms doubling to 1 minute,
 * reset after 10 seconds of uptime).
 */
import { hostOf, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { deactivateEndpoint } from '../networks/attach';
import { findNetwork } from '../networks/manage';
import { destroyContainer } from './destroy';
import type { ContainerRecord } from './types';

const MAX_BACKOFF = 60_000;
const RESET_AFTER = 10_000;

export interface FinishOptions {
  oomKilled?: boolean;
  /** Emitted after `die` when a user stop caused it. */
  stopEvent?: boolean;
}

export function shouldRestart(c: ContainerRecord, exitCode: number): boolean {
  if (c.manuallyStopped) return false;
  const rp = c.hostConfig.RestartPolicy;
  switch (rp.Name) {
    case 'always':
    case 'unless-stopped':
      return true;
    case 'on-failure':
      return exitCode !== 0 && (rp.MaximumRetryCount === 0 || c.restartCount < rp.MaximumRetryCount);
    default:
      return false;
  }
}

export function finishContainer(eng: Engine, c: ContainerRecord, exitCode: number, o: FinishOptions = {}): void {
  const now = eng.world.clock;
  const ranFor = now - (c.state.StartedAt ?? now);
  c.proc = null;
  c.execs = [];
  c.healthAt = null;
  c.ports = {};
  const attached = Object.values(c.networks).filter((ep) => ep.endpointId !== '').map((ep) => ep.networkId);
  for (const n of Object.keys(c.networks)) deactivateEndpoint(c, n);
  c.tmpfs = {};
  Object.assign(c.state, { Running: false, Paused: false, Restarting: false, Pid: 0, ExitCode: exitCode, FinishedAt: now, OOMKilled: o.oomKilled ?? false, Status: 'exited' as const });
  if (o.oomKilled) emit(eng.world, eng.host, 'container', 'oom', c.id, { image: c.config.Image, name: c.name });
  emit(eng.world, eng.host, 'container', 'die', c.id, { exitCode: String(exitCode), image: c.config.Image, name: c.name });
  for (const id of attached) {
    const net = findNetwork(hostOf(eng), id);
    if (net) emit(eng.world, eng.host, 'network', 'disconnect', net.id, { container: c.id, name: net.name, type: net.driver });
  }
  if (o.stopEvent) emit(eng.world, eng.host, 'container', 'stop', c.id, { image: c.config.Image, name: c.name });
  if (c.hostConfig.AutoRemove) {
    destroyContainer(eng, c, true);
    return;
  }
  if (!shouldRestart(c, exitCode)) return;
  c.restartDelay = ranFor >= RESET_AFTER || c.restartDelay === 0 ? 100 : Math.min(c.restartDelay * 2, MAX_BACKOFF);
  c.restartAt = now + c.restartDelay;
  Object.assign(c.state, { Running: true, Restarting: true, Status: 'restarting' as const });
}
