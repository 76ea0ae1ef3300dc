/**
 * Typed errors of the interpreter. Syntax errors come from the lexer/parser, control-flow signals
 * (exit, return, break/continue) unwind the interpreter, limit errors stop runaway input.
 * None of them escape ShellSession.run: the session turns them into bash's words and exit codes.
 */

import { ExpectedError } from '../expected-error';

/** The input ended inside a construct: the terminal should ask for more lines (`> `). */
export class IncompleteInput extends ExpectedError {
  constructor(
    /** What is open: a quote character, `heredoc`, or `eof` (open `if`, trailing `&&`, …). */
    readonly open: '"' | "'" | '`' | ')' | '}' | 'heredoc' | 'eof',
    /** Heredoc: the delimiter still wanted. */
    readonly wanted = '',
    readonly line = 1,
  ) {
    super(`incomplete input (${open})`);
    this.name = 'IncompleteInput';
  }
}

/** `syntax error near unexpected token `X'`. */
export class ShellSyntaxError extends ExpectedError {
  constructor(
    readonly token: string,
    readonly line = 1,
  ) {
    super(`syntax error near unexpected token \`${token}'`);
    this.name = 'ShellSyntaxError';
  }
}

/** `exit N`: unwinds to the shell that runs the script. */
export class ExitSignal {
  constructor(
    readonly code: number,
    /** Raised by a fatal error in a non-interactive shell rather than by `exit`. */
    readonly fromError = false,
  ) {}
}

/** `return N` from a function or sourced file. */
export class ReturnSignal {
  constructor(readonly code: number) {}
}

/** `break N` / `continue N`. */
export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}

/** A guard rail was hit (input size, nesting, loop iterations). The message is printed after `bash: `. */
export class LimitError extends ExpectedError {
  constructor(message: string) {
    super(message);
    this.name = 'LimitError';
  }
}

/**
 * An expansion error that aborts the current command (bash: `${x:?msg}`, bad substitution,
 * arithmetic errors). `message` is printed after `bash: `; the exit status is `code`.
 */
export class ExpansionError extends ExpectedError {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
    this.name = 'ExpansionError';
  }
}
