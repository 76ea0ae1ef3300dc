/**
 * Whether the verb's stdout reaches the terminal (docker's Out().IsTerminal()): the shell passes
 * it as `io.outTty` on the context it hands to commands, which the public CommandContext type does
 * not declare yet; without it (tests, other hosts) stdout counts as redirected.
 */
import type { CommandContext } from '../../../shell/types';

export function stdoutIsTerminal(io: CommandContext): boolean {
  if (io.stdoutIsTTY !== undefined) return io.stdoutIsTTY;
  const inner = (io as unknown as { io?: { outTty?: unknown } }).io;
  return inner?.outTty === true;
}
