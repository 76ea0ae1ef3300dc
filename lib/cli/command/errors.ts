/**
 * Typed errors a command can throw. The executor is the one place that turns them into
 * stderr text and an exit code; nothing reaches the terminal as an exception.
 */

import { ExpectedError } from '../../expected-error';

/** An error printed verbatim (plus a newline) on stderr, with an exit code (docker: 1 unless set). */
export class CliError extends ExpectedError {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * docker's cli.StatusError: an exit status with an optional message. An empty status prints
 * nothing (e.g. `docker run alpine false` exits 1 silently).
 */
export class StatusError extends CliError {
  constructor(
    readonly statusCode: number,
    readonly status = '',
  ) {
    super(status, statusCode);
    this.name = 'StatusError';
  }
}

/** A wrong number of positional arguments, described structurally so each tool can word it. */
export type ArgsViolation =
  | { kind: 'none'; got: number; first: string }
  | { kind: 'min'; min: number; got: number }
  | { kind: 'max'; max: number; got: number }
  | { kind: 'range'; min: number; max: number; got: number }
  | { kind: 'exact'; n: number; got: number };

export class ArgsError extends ExpectedError {
  constructor(readonly violation: ArgsViolation) {
    super(`wrong number of arguments: ${violation.kind}`);
    this.name = 'ArgsError';
  }
}

/** Go's errors.Join text: the messages on separate lines (docker prints all failures of `rm a b`). */
export function joinErrors(errors: readonly Error[]): string {
  return errors.map((e) => e.message).join('\n');
}
