/**
 * Signals to running containers: stop (StopSignal, then SIGKILL after the timeout), kill,
 * pause/unpause, restart, and the end of an interactive main process.
 */
import { advance, settle } from '../core/clock';
import type { Engine } from '../core/engine';
import { emit } from '../core/events';
import { conflict, EngineError, notModified } from '../core/errors';
import { behaviourByName } from './behaviours/index';
import { finishContainer } from './finish';
import { appendLog } from './logs';
import { requireContainer } from './names';
import { genericSignalOutcome, parseSignal, signalNumber } from './signals';
import { launch, type StartResult } from './start';
import type { ContainerRecord } from './types';
import { containerFs } from './view';
import { envRecord } from './defaults';

/** Deliver a signal to the main process: its exit code, or null when it keeps running. */
export function deliverSignal(eng: Engine, c: ContainerRecord, sig: string): number | null {
  const proc = c.proc;
  if (!proc) return null;
  if (sig === 'SIGKILL') return 137;
  const b = proc.behaviour ? behaviourByName(proc.behaviour) : undefined;
  if (b) {
    const now = eng.world.clock;
    return b.signal({ eng, c, fs: containerFs(eng, c), now, env: envRecord(c.config.Env), argv: [c.path, ...c.args], wrapper: proc.wrapper ?? null, log: (s, t, at) => appendLog(c, s, t, at ?? now) }, sig);
  }
  return genericSignalOutcome(sig, c.hostConfig.Init === true);
}

export interface StopOptions {
  /** Seconds before SIGKILL (default: the container's StopTimeout, else 10). -1 waits forever. */
  timeout?: number;
  signal?: string;
}

export function stopContainer(eng: Engine, term: string, o: StopOptions = {}): ContainerRecord {
  const c = requireContainer(eng, term);
  if (c.state.Restarting) {
    c.manuallyStopped = true;
    c.restartAt = null;
    Object.assign(c.state, { Running: false, Restarting: false, Status: 'exited' as const });
    emit(eng.world, eng.host, 'container', 'stop', c.id, { image: c.config.Image, name: c.name });
    return c;
  }
  if (!c.state.Running) throw notModified('container is already stopped');
  c.manuallyStopped = true;
  if (c.state.Paused) unpause(eng, c);
  const sig = parseSignal(o.signal ?? c.config.StopSignal ?? 'SIGTERM');
  const timeout = o.timeout ?? c.config.StopTimeout ?? 10;
  emit(eng.world, eng.host, 'container', 'kill', c.id, { image: c.config.Image, name: c.name, signal: String(signalNumber(sig)) });
  const code = deliverSignal(eng, c, sig);
  if (code !== null) {
    finishContainer(eng, c, code, { stopEvent: true });
    return c;
  }
  // Ignored: wait for the process to end by itself or for the timeout.
  const exitAt = c.proc?.exitAt ?? null;
  const deadline = timeout < 0 ? null : eng.world.clock + timeout * 1000;
  if (exitAt !== null && (deadline === null || exitAt <= deadline)) {
    advance(eng, exitAt - eng.world.clock);
    if (c.state.Running) finishContainer(eng, c, c.proc?.exitCode ?? 0, { stopEvent: true });
    else emit(eng.world, eng.host, 'container', 'stop', c.id, { image: c.config.Image, name: c.name });
    return c;
  }
  if (deadline === null) throw new EngineError('unknown', 'container did not stop (waiting forever)');
  advance(eng, deadline - eng.world.clock);
  if (c.state.Running) {
    emit(eng.world, eng.host, 'container', 'kill', c.id, { image: c.config.Image, name: c.name, signal: '9' });
    finishContainer(eng, c, 137, { stopEvent: true });
  }
  return c;
}

export function killContainer(eng: Engine, term: string, signal = 'SIGKILL'): ContainerRecord {
  const sig = parseSignal(signal);
  const c = requireContainer(eng, term);
  if (!c.state.Running || c.state.Restarting) throw conflict(`cannot kill container: ${term}: container ${c.id} is not running`);
  c.manuallyStopped = true;
  emit(eng.world, eng.host, 'container', 'kill', c.id, { image: c.config.Image, name: c.name, signal: String(signalNumber(sig)) });
  if (c.state.Paused && sig === 'SIGKILL') c.state.Paused = false;
  const code = deliverSignal(eng, c, sig);
  if (code !== null) finishContainer(eng, c, code);
  else c.manuallyStopped = false;
  return c;
}

export function pauseContainer(eng: Engine, term: string): ContainerRecord {
  const c = requireContainer(eng, term);
  if (!c.state.Running) throw conflict(`container ${c.id} is not running`);
  if (c.state.Paused) throw conflict(`Container ${c.id} is already paused`);
  if (c.state.Restarting) throw conflict(`Container ${c.id} is restarting, wait until the container is running`);
  Object.assign(c.state, { Paused: true, Status: 'paused' as const });
  emit(eng.world, eng.host, 'container', 'pause', c.id, { image: c.config.Image, name: c.name });
  return c;
}

function unpause(eng: Engine, c: ContainerRecord): void {
  Object.assign(c.state, { Paused: false, Status: 'running' as const });
  emit(eng.world, eng.host, 'container', 'unpause', c.id, { image: c.config.Image, name: c.name });
}

export function unpauseContainer(eng: Engine, term: string): ContainerRecord {
  const c = requireContainer(eng, term);
  if (!c.state.Paused) throw conflict(`Container ${c.id} is not paused`);
  unpause(eng, c);
  settle(eng);
  return c;
}

export function restartContainer(eng: Engine, term: string, o: StopOptions = {}): StartResult {
  const c = requireContainer(eng, term);
  try {
    if (c.state.Running) stopContainer(eng, c.id, o);
    c.manuallyStopped = false;
    c.restartAt = null;
    const r = launch(eng, c);
    emit(eng.world, eng.host, 'container', 'restart', c.id, { image: c.config.Image, name: c.name });
    return r;
  } catch (e) {
    if (e instanceof EngineError) throw new EngineError(e.kind, `Cannot restart container ${term}: ${e.message}`, e.exitStatus);
    throw e;
  }
}

/** The interactive main process (a shell on a terminal) ended with `exit N`. */
export function endMainProcess(eng: Engine, term: string, exitCode: number): ContainerRecord {
  const c = requireContainer(eng, term);
  if (c.state.Running && !c.state.Restarting) finishContainer(eng, c, exitCode);
  return c;
}
