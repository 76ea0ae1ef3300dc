/**
 * docker exec: the daemon's checks (running, paused, restarting), the OCI runtime's (executable
 * on PATH, working directory, user), a process entry visible to `ps` while it runs, and events.
 * Non-interactive runs go through the ProcessRunner; interactive sessions get a Machine the CLI
 * hands to ShellControl.enter, and call endExec when the shell exits.
 */
import type { Machine } from '../../shell/types';
import { hostOf, newId, type Engine, type ProcessResult } from '../core/engine';
import { emit } from '../core/events';
import { conflict, EngineError } from '../core/errors';
import { OverlayFs } from '../fs/overlay';
import { execProcSelfLayer } from './init-layer';
import { requireContainer } from './names';
import type { ProcSelf } from './proc-status';
import type { ContainerRecord } from './types';
import { containerFs, findExecutable, machineFor, programFor } from './view';

export interface ExecOptions {
  user?: string;
  /** `-e K=V` values. */
  env?: Record<string, string>;
  workdir?: string;
  tty?: boolean;
  interactive?: boolean;
  stdin?: string;
}

export interface ExecSession {
  container: ContainerRecord;
  machine: Machine;
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  /** In-container pid of the exec process. */
  pid: number;
  execId: string;
}

const OCI = 'OCI runtime exec failed: exec failed: unable to start container process: ';

export function beginExec(eng: Engine, term: string, argv: readonly string[], o: ExecOptions = {}): ExecSession {
  const c = requireContainer(eng, term);
  if (!c.state.Running) throw conflict(`container ${c.id} is not running`);
  if (c.state.Paused) throw conflict(`Container ${c.id} is paused, unpause the container before exec`);
  if (c.state.Restarting) throw conflict(`Container ${c.id} is restarting, wait until the container is running`);
  // The exec'd process reads its own /proc/self (its pid is known once the checks pass).
  const proc: ProcSelf = { name: (argv[0] ?? '').slice((argv[0] ?? '').lastIndexOf('/') + 1), pid: 0, uid: 0, gid: 0 };
  const self = new OverlayFs([execProcSelfLayer(c, proc)], { writable: false, now: () => eng.world.clock });
  const fs = containerFs(eng, c, { mounts: [{ target: '/proc/self', fs: self, source: '/', readOnly: true }] });
  const machine = machineFor(eng, c, { fs, tty: o.tty ?? false, ...(o.user ? { user: o.user } : {}), ...(o.env ? { env: o.env } : {}) });
  [proc.uid, proc.gid] = [machine.user.uid, machine.user.gid];
  const cwd = o.workdir || c.config.WorkingDir || '/';
  // runc changes to the working directory first, then looks the program up (relative to it).
  if (machine.fs.stat(cwd)?.type !== 'dir') throw new EngineError('unknown', `${OCI}chdir to cwd ("${cwd}") set in config.json failed: no such file or directory: unknown`, 126);
  const name = argv[0] ?? '';
  const look = findExecutable(machine.fs, name, machine.env['PATH'] ?? '', cwd);
  if (!look.ok) {
    const what = look.reason === 'missing' ? (name.includes('/') ? `stat ${name}: no such file or directory` : 'executable file not found in $PATH') : 'permission denied';
    throw new EngineError('unknown', `${OCI}exec: "${name}": ${what}: unknown`, look.reason === 'missing' ? 127 : 126);
  }
  const execId = newId(eng);
  const pid = (proc.pid = c.nextLocalPid++);
  c.execs.push({ pid, argv: [...argv], user: machine.user.name, started: eng.world.clock });
  emit(eng.world, eng.host, 'container', `exec_create: ${argv.join(' ')}`, c.id, { execID: execId, image: c.config.Image, name: c.name });
  emit(eng.world, eng.host, 'container', `exec_start: ${argv.join(' ')}`, c.id, { execID: execId, image: c.config.Image, name: c.name });
  return { container: c, machine, argv: [programFor(machine.fs, name, cwd), ...argv.slice(1)], cwd, env: { ...machine.env }, pid, execId };
}

export function endExec(eng: Engine, s: ExecSession, exitCode: number): void {
  const c = hostOf(eng).containers[s.container.id];
  if (!c) return;
  c.execs = c.execs.filter((e) => e.pid !== s.pid);
  emit(eng.world, eng.host, 'container', 'exec_die', c.id, { execID: s.execId, exitCode: String(exitCode), image: c.config.Image, name: c.name });
}

/** Run a command to completion inside the container (docker exec without -it). */
export function execRun(eng: Engine, term: string, argv: readonly string[], o: ExecOptions = {}): ProcessResult {
  const s = beginExec(eng, term, argv, o);
  let result: ProcessResult = { stdout: '', stderr: '', exitCode: 126 };
  try {
    result = eng.rt.runner(s.machine, s.argv, { cwd: s.cwd, env: s.env, tty: o.tty ?? false, ...(o.stdin !== undefined ? { stdin: o.stdin } : {}) });
  } finally {
    endExec(eng, s, result.exitCode);
  }
  return result;
}
