/**
 * A container in the foreground of the learner's terminal (`docker run` without -d,
 * `docker start -a`, `docker attach`): its output so far, then one of
 *  - it already ended → its exit status;
 *  - a shell waiting for a terminal (`-it alpine sh`) → a nested shell on the container's
 *    Machine; `exit N` ends the main process (the container stops, `--rm` removes it);
 *  - it ends by itself later (`sleep 5`) → simulated time runs until it does;
 *  - otherwise (nginx, `tail -f`) → the terminal stays attached until Ctrl+C, which the client
 *    proxies as SIGINT (nginx prints its shutdown lines and exits).
 */
import { endMainProcess, hostOf, killContainer, machineFor, waitContainer, type ContainerRecord, type LogLine } from '../../../sim/index';
import { StatusError, type RunContext } from '../../command';
import type { DockerEnv } from '../env';

export interface ForegroundOptions {
  /** `-i`: the learner's keyboard is connected (a shell main process becomes a nested shell). */
  interactive: boolean;
  /** Ctrl+C is sent to the container as SIGINT (docker run's --sig-proxy, default true). */
  sigProxy: boolean;
  /** The streams attached (`-a stdout`, `-a stderr`; both by default). */
  streams?: { stdout: boolean; stderr: boolean };
}

/** The shell flavour a nested shell shows: bash for bash, BusyBox-like ash wording for any other sh. */
export const shellNameOf = (program: string): 'bash' | 'sh' => (program.slice(program.lastIndexOf('/') + 1) === 'bash' ? 'bash' : 'sh');

/** Where the log stream is now (an absolute line number that survives trimming). */
export const logCursor = (c: ContainerRecord) => c.logsDropped + c.logs.length;

/** Lines appended since `cursor`, up to the engine's clock. */
export function logsSince(c: ContainerRecord, cursor: number, now: number): LogLine[] {
  return c.logs.slice(Math.max(0, cursor - c.logsDropped)).filter((l) => l.t <= now);
}

const BOTH = { stdout: true, stderr: true };

/** The lines of the attached streams. */
const attachedOnly = (lines: readonly LogLine[], streams = BOTH) => lines.filter((l) => streams[l.stream]);

/** Write lines as the attached client does (with a TTY both streams arrive on stdout). */
export function printLines(ctx: RunContext<DockerEnv>, lines: readonly LogLine[], tty: boolean, streams = BOTH): void {
  for (const l of attachedOnly(lines, streams)) {
    if (l.stream === 'stderr' && !tty) ctx.err(l.text + '\n');
    else ctx.out(l.text + '\n');
  }
}

const joinLines = (lines: readonly LogLine[]) => lines.map((l) => l.text + '\n').join('');

/** A nonzero exit status as docker returns it (silent StatusError). */
export function exitWith(code: number): number {
  if (code !== 0) throw new StatusError(code);
  return 0;
}

export function foreground(ctx: RunContext<DockerEnv>, c: ContainerRecord, started: { output: readonly LogLine[]; exited: boolean; exitCode: number }, o: ForegroundOptions): number {
  const eng = ctx.env.eng;
  const tty = c.config.Tty;
  const streams = o.streams ?? BOTH;
  printLines(ctx, started.output, tty, streams);
  if (started.exited) return exitWith(started.exitCode);
  const id = c.id;
  if (c.proc?.kind === 'interactive' && o.interactive) {
    const machine = { ...machineFor(eng, c), shellName: shellNameOf(c.path) };
    ctx.io.shell.enter(machine, (code) => void endMainProcess(eng, id, code), { cwd: c.config.WorkingDir || '/', env: { ...machine.env } });
    return 0;
  }
  let cursor = logCursor(c);
  const outcome = waitContainer(eng, id);
  if (!('blocked' in outcome)) {
    printLines(ctx, logsSince(c, cursor, eng.world.clock), tty, streams);
    return exitWith(outcome.exitCode);
  }
  ctx.io.shell.attach(() => {
    const live = hostOf(eng).containers[id];
    if (!live) return { output: '\n', exitCode: 130 };
    if (o.sigProxy && live.state.Running && !live.state.Restarting) {
      try {
        killContainer(eng, id, 'SIGINT');
      } catch {
        /* it stopped meanwhile */
      }
    }
    const lines = attachedOnly(logsSince(live, cursor, eng.world.clock), streams);
    cursor = logCursor(live);
    const after = hostOf(eng).containers[id];
    const stillRunning = after?.state.Running === true && !after.state.Restarting;
    return { output: '\n' + joinLines(lines), exitCode: stillRunning ? 130 : live.state.ExitCode };
  });
  return 0;
}
