/**
 * docker start: networks and published ports, user and executable checks (the OCI runtime's
 * errors), then the main process according to its plan (containers/process-plan.ts).
 */
import { hostOf, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { conflict, EngineError, notModified } from '../core/errors';
import { activateEndpoint, deactivateEndpoint } from '../networks/attach';
import { findNetwork } from '../networks/manage';
import { envRecord } from './defaults';
import { destroyContainer } from './destroy';
import { finishContainer } from './finish';
import { appendLog } from './logs';
import { requireContainer } from './names';
import { allocatePorts } from './ports';
import { planFor, unwrap } from './process-plan';
import { runInBackground, runLoopIterations } from './run-process';
import type { BehaviourCtx } from './behaviours/types';
import type { ContainerRecord, LogLine } from './types';
import { containerFs, DEFAULT_PATH, findExecutable, resolveUser, type ResolvedUser } from './view';
import { oomDelay } from './memory-limit';
import { EXEC_FORMAT_STATUS, execFormatError, runsNatively } from './foreign-arch';

export interface StartOptions {
  /** Piped stdin for `docker run -i` / `docker start -i` without a terminal. */
  stdin?: string;
}

export interface StartResult {
  container: ContainerRecord;
  /** Output the main process produced while starting (kept even when --rm removed the container). */
  output: LogLine[];
  /** The process already ended (a command that ran to completion). */
  exited: boolean;
  exitCode: number;
}

const NET = 'failed to set up container networking: ';
const OCI = 'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';

export function startContainer(eng: Engine, term: string, opts: StartOptions = {}): StartResult {
  const c = requireContainer(eng, term);
  if (c.state.Paused) throw conflict('cannot start a paused container, try unpause instead');
  if (c.state.Running && !c.state.Restarting) throw notModified('container is already running');
  if (c.state.Status === 'removing' || c.state.Dead) throw conflict('container is marked for removal and cannot be started');
  c.restartAt = null;
  return launch(eng, c, opts);
}

/** Start (or restart) the main process of a container that is not running. */
export function launch(eng: Engine, c: ContainerRecord, opts: StartOptions = {}): StartResult {
  const host = hostOf(eng);
  const firstLog = c.logs.length;
  const dropped0 = c.logsDropped;
  const fail = (message: string, exitStatus?: number): never => {
    for (const n of Object.keys(c.networks)) deactivateEndpoint(c, n);
    c.ports = {};
    Object.assign(c.state, { Error: message, Running: false, Restarting: false, ...(exitStatus !== undefined ? { ExitCode: exitStatus } : {}) });
    if (c.state.Status === 'restarting') c.state.Status = 'exited';
    if (c.hostConfig.AutoRemove) destroyContainer(eng, c, true);
    throw new EngineError(exitStatus ? 'invalidParameter' : 'system', message, exitStatus);
  };

  // Joining another container's network namespace
  const mode = c.hostConfig.NetworkMode;
  if (mode.startsWith('container:')) {
    const target = host.containers[mode.slice(10)];
    if (!target) fail(`No such container: ${mode.slice(10)}`);
    if (target!.state.Restarting) fail(`cannot join network namespace of container: Container ${target!.id} is restarting, wait until the container is running`);
    if (!target!.state.Running) fail(`cannot join network namespace of a non running container: container ${target!.name} is ${target!.state.Status}`);
  }

  // The OCI runtime creates the task: user and executable
  const fs = containerFs(eng, c);
  let user: ResolvedUser | undefined;
  try {
    user = resolveUser(fs, c.config.User);
  } catch (e) {
    fail((e as Error).message);
  }
  const env = envRecord(c.config.Env);
  const argv = [c.path, ...c.args];
  const look = findExecutable(fs, c.path, env['PATH'] ?? DEFAULT_PATH, c.config.WorkingDir || '/');
  if (!look.ok) {
    if (look.reason === 'missing') fail(`${OCI}exec: "${c.path}": ${c.path.includes('/') ? 'stat ' + c.path + ': no such file or directory' : 'executable file not found in $PATH'}: unknown`, 127);
    fail(`${OCI}exec: "${c.path}": permission denied: unknown`, 126);
  }
  if (c.config.WorkingDir && fs.stat(c.config.WorkingDir)?.type !== 'dir') {
    try {
      fs.mkdir(c.config.WorkingDir, { recursive: true });
    } catch {
      fail(`${OCI}chdir to cwd ("${c.config.WorkingDir}") set in config.json failed: not a directory: unknown`, 128);
    }
  }

  // Networking (dockerd 28 wraps these failures in "failed to set up container networking")
  if (!mode.startsWith('container:')) {
    for (const name of Object.keys(c.networks)) {
      const net = findNetwork(host, c.networks[name]!.networkId) ?? findNetwork(host, name);
      if (!net) fail(`${NET}network ${name} not found`);
      try {
        activateEndpoint(eng, c, net!);
      } catch (e) {
        fail(`${NET}${(e as Error).message}`);
      }
      emit(eng.world, eng.host, 'network', 'connect', net!.id, { container: c.id, name: net!.name, type: net!.driver });
    }
    if (mode !== 'host' && mode !== 'none') {
      const ep = c.networks[mode] ?? Object.values(c.networks)[0];
      try {
        c.ports = allocatePorts(eng, c, c.name, ep?.endpointId ?? '');
      } catch (e) {
        fail(`${NET}${(e as Error).message}`);
      }
    }
  }
  for (const m of c.mounts) {
    if (m.Type === 'volume') emit(eng.world, eng.host, 'volume', 'mount', m.Name ?? '', { container: c.id, destination: m.Destination, driver: 'local', propagation: '', 'read/write': String(m.RW) });
  }

  // Running
  const now = eng.world.clock;
  host.nextPid += 37;
  // Field by field (no literal copied in); Health goes only when a previous run left one.
  const st = c.state;
  st.Status = 'running';
  st.Running = true;
  st.Paused = st.Restarting = st.OOMKilled = st.Dead = false;
  st.Pid = host.nextPid;
  st.ExitCode = 0;
  st.Error = '';
  st.StartedAt = now;
  c.tmpfs = {};
  c.execs = [];
  c.nextLocalPid = c.hostConfig.Init === true ? 8 : 7;
  const hc = c.config.Healthcheck;
  if (hc && hc.Test[0] !== 'NONE' && hc.Test.length > 0) {
    c.state.Health = { Status: 'starting', FailingStreak: 0, Log: [] };
    c.healthAt = now + ((hc.StartPeriod ?? 0) > 0 ? (hc.StartInterval || 5e9) : hc.Interval || 30e9) / 1e6;
  } else {
    if (c.state.Health !== undefined) delete c.state.Health;
    c.healthAt = null;
  }
  emit(eng.world, eng.host, 'container', 'start', c.id, { image: c.config.Image, name: c.name });

  const image = host.images[c.imageId];
  if (image && !runsNatively(image)) {
    // No emulation on this host: runc's init cannot exec the program (foreign-arch.ts).
    appendLog(c, 'stderr', execFormatError(look.ok ? look.path : c.path), now);
    c.proc = { pid: host.nextPid, kind: 'command', exitAt: now, exitCode: EXEC_FORMAT_STATUS };
    finishContainer(eng, c, EXEC_FORMAT_STATUS);
    return result(c, firstLog - (c.logsDropped - dropped0), true, EXEC_FORMAT_STATUS);
  }
  const un = unwrap(argv, fs, env['PATH'] ?? DEFAULT_PATH, image?.config.Cmd ?? null);
  const plan = planFor(un.argv, un.wrapper, c.config.Tty, c.config.OpenStdin, opts.stdin !== undefined);
  const pid = host.nextPid;
  let exitAt: number | null = null;
  let exitCode = 0;
  if (plan.kind === 'service') {
    const ctx: BehaviourCtx = { eng, c, fs, now, env, argv: plan.argv, wrapper: plan.wrapper, log: (s, text, at) => appendLog(c, s, text, at ?? now) };
    if (c.hostConfig.Memory > 0 && c.hostConfig.Memory < plan.behaviour.minMemory) {
      c.proc = { pid, kind: 'service', behaviour: plan.behaviour.name, exitAt: now, exitCode: 137 };
      finishContainer(eng, c, 137, { oomKilled: true });
      return result(c, firstLog - (c.logsDropped - dropped0), true, 137);
    }
    const out = plan.behaviour.start(ctx);
    c.proc = { pid, kind: 'service', behaviour: plan.behaviour.name, exitAt: null, exitCode: 0, wrapper: plan.wrapper, ...(out.readyAfterMs ? { readyAt: now + out.readyAfterMs } : {}), ...(out.memory !== undefined ? { memory: out.memory } : {}) };
    if (out.exit) [exitAt, exitCode] = [now + out.exit.afterMs, out.exit.code];
  } else if (plan.kind === 'idle') {
    let elapsed = 0;
    if (plan.prefix) {
      const r = runInBackground(eng, c, ['sh', '-c', plan.prefix], { fs, resolved: user! });
      elapsed = r.elapsed;
    }
    exitAt = plan.seconds === null ? null : now + elapsed + plan.seconds * 1000;
    c.proc = { pid, kind: 'idle', exitAt, exitCode: 0 };
  } else if (plan.kind === 'loop') {
    // The prefix (`i=0`) runs once, then the first iteration; both set the variables the loop carries.
    const loop: NonNullable<ContainerRecord['proc']>['loop'] & object = { script: plan.body, interval: plan.interval * 1000, nextAt: now + plan.interval * 1000 };
    if (plan.prefix) runLoopIterations(eng, c, plan.prefix, [now], loop);
    runLoopIterations(eng, c, plan.body, [now], loop);
    c.proc = { pid, kind: 'loop', exitAt: null, exitCode: 0, loop };
  } else if (plan.kind === 'memhog') {
    // Memory grows by hundreds of MB per second: a memory limit gets the process OOM-killed.
    const delay = oomDelay(c.hostConfig);
    c.proc = { pid, kind: 'idle', exitAt: null, exitCode: 0, ...(delay !== null ? { oomAt: now + delay } : {}) };
  } else if (plan.kind === 'interactive' && (c.config.Tty || opts.stdin === undefined)) {
    c.proc = { pid, kind: 'interactive', exitAt: null, exitCode: 0 };
  } else {
    const r = runInBackground(eng, c, plan.argv, { fs, resolved: user!, ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}) });
    [exitAt, exitCode] = [now + r.elapsed, r.result.exitCode];
    c.proc = { pid, kind: 'command', exitAt, exitCode };
  }
  if (c.proc) [c.proc.exitAt, c.proc.exitCode] = [exitAt, exitCode];
  if (exitAt !== null && exitAt <= now) {
    finishContainer(eng, c, exitCode);
    return result(c, firstLog - (c.logsDropped - dropped0), true, exitCode);
  }
  return result(c, firstLog - (c.logsDropped - dropped0), false, 0);
}

function result(c: ContainerRecord, firstLog: number, exited: boolean, exitCode: number): StartResult {
  return { container: c, output: c.logs.slice(Math.max(0, firstLog)), exited, exitCode };
}
