/**
 * Docker's In().IsTerminal() / Out().IsTerminal() for the container verbs: what the shell reports
 * on the command context (stdin/stdout are the learner's terminal, not a pipe, redirect or $( )).
 * Hosts that do not report it: input counts as piped when there is some, output as redirected.
 */
import type { CommandContext } from '../../../shell/types';

export function stdinIsTerminal(io: CommandContext): boolean {
  return io.stdinIsTTY === undefined ? io.stdin === '' : io.stdinIsTTY;
}

export function stdoutIsTerminal(io: CommandContext): boolean {
  return io.stdoutIsTTY === true;
}
