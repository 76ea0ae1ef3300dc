/**
 * Typed engine errors. `message` is the daemon's exact wording (without the CLI's
 * "Error response from daemon: " prefix, which the CLI adds); `kind` mirrors moby's errdefs
 * classes so the CLI can choose the exit code and the API status. They are outcomes (docker's error
 * responses), not bugs: no stack trace is captured (ExpectedError).
 */
import { ExpectedError } from '../../expected-error';

export type ErrorKind =
  | 'notFound'
  | 'conflict'
  | 'invalidParameter'
  | 'forbidden'
  | 'unavailable'
  | 'notModified'
  | 'unauthorized'
  | 'system'
  | 'unknown';

export class EngineError extends ExpectedError {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** Exit status the container process got when a start failed (126/127/128), if any. */
    readonly exitStatus?: number,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/**
 * Errors the docker client itself raises before talking to the daemon (reference parsing,
 * malformed specs). The CLI prints them without the "Error response from daemon" prefix.
 */
export class ClientError extends EngineError {
  constructor(message: string) {
    super('invalidParameter', message);
    this.name = 'ClientError';
  }
}

export const notFound = (message: string) => new EngineError('notFound', message);
export const conflict = (message: string) => new EngineError('conflict', message);
export const invalid = (message: string) => new EngineError('invalidParameter', message);
export const forbidden = (message: string) => new EngineError('forbidden', message);
export const unavailable = (message: string) => new EngineError('unavailable', message);
export const notModified = (message: string) => new EngineError('notModified', message);
export const systemError = (message: string, exitStatus?: number) => new EngineError('system', message, exitStatus);

export function isEngineError(e: unknown): e is EngineError {
  return e instanceof EngineError;
}
