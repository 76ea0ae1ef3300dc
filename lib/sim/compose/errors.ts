/**
 * Compose's failures, worded as docker compose v2 prints them (compose-go errors, wrapped the
 * way compose wraps them). The CLI prints `message` and exits with `exitCode`.
 */
import { ExpectedError } from '../../expected-error';

export type ComposeErrorKind = 'invalid' | 'notFound' | 'yaml' | 'validation' | 'interpolation' | 'runtime' | 'usage';

/** An outcome shown by its message: no stack trace captured (ExpectedError). */
export class ComposeError extends ExpectedError {
  constructor(
    message: string,
    readonly kind: ComposeErrorKind = 'invalid',
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'ComposeError';
  }
}

/** compose-go's errdefs.ErrInvalid suffix. */
export const INVALID_PROJECT = 'invalid compose project';

/** `fmt.Errorf("…: %w", errdefs.ErrInvalid)`. */
export const invalidProject = (message: string) => new ComposeError(`${message}: ${INVALID_PROJECT}`, 'invalid');

/** Warnings compose logs through logrus while loading (`WARN[0000] …` in a terminal). */
export type Warn = (message: string) => void;

/** logrus' text formatter on a terminal: level, seconds since start, message. */
export const warnLine = (message: string) => `WARN[0000] ${message}\n`;
