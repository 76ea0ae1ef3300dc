/**
 * What every docker verb receives (`DockerEnv`: the session's engine), the one place where typed
 * engine errors become the client's words (`mapError`), and the bridge that lets the engine run
 * programs inside containers through the shell (`shellRunner`).
 */
import type { ShellControl } from '../../shell/types';
import { ClientError, EngineError, type Engine, type ProcessRunner } from '../../sim/index';
import { CliError } from '../command';

/** The docker verbs' environment: the engine of the learner's session. */
export interface DockerEnv {
  readonly eng: Engine;
}

/** docker's prefix for errors the daemon returned. */
export const DAEMON_PREFIX = 'Error response from daemon: ';

/** The client's text for an engine error (`Error response from daemon: …`, or the bare client error). */
export function daemonMessage(e: EngineError): string {
  return e instanceof ClientError ? e.message : DAEMON_PREFIX + e.message;
}

/**
 * Typed engine errors → what the docker client prints (exit status 1, as docker's main does for
 * any error that is not a StatusError). Anything else is left to the executor.
 */
export function mapError(error: unknown): CliError | undefined {
  if (error instanceof EngineError) return new CliError(daemonMessage(error), 1);
  return undefined;
}

/** Quote an argv word for the shell (single quotes; `'` as `'\''`). */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The engine's ProcessRunner over the shell: a container's main process or a `docker exec` runs
 * as a program by argv on the container's Machine (no shell parsing of its words).
 */
export function shellRunner(control: () => ShellControl): ProcessRunner {
  return (machine, argv, io) => {
    // The shell reads stdin, env and cwd, each only when defined: the engine's io as it is.
    const r = control().spawn(machine, argv, io);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}
