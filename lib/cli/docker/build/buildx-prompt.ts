/**
 * buildx's own confirmation (commands/util.go promptForConfirmation, a copy of an older docker/cli
 * one): prints `question [y/N] `, reads one line, and goes on only when the line is exactly `y` or
 * `Y`. On the terminal the learner's next line answers (ShellControl.ask; Enter alone is No);
 * piped, the first line of stdin answers and at end of input nothing more is printed.
 */
import type { CommandContext } from '../../../shell/types';
import { stdinIsTerminal } from '../container/terminal';

const yes = (line: string) => line.toLowerCase() === 'y';

/** Errors after the answer read as buildx's `ERROR: …` (exit 1). */
function proceedOrError(proceed: () => string): { stdout: string; stderr: string; exitCode: number } {
  try {
    return { stdout: proceed(), stderr: '', exitCode: 0 };
  } catch (e) {
    return { stdout: '', stderr: `ERROR: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 };
  }
}

/** Ask, then run `proceed` (returning stdout text) on yes. Returns this command's status. */
export function buildxConfirmThen(io: CommandContext, question: string, proceed: () => string): number {
  io.stdout(`${question} [y/N] `);
  if (stdinIsTerminal(io) && io.shell.ask) {
    io.shell.ask((answer) => (yes(answer) ? proceedOrError(proceed) : { stdout: '', stderr: '', exitCode: 0 }));
    return 0;
  }
  if (!yes(io.stdin.split('\n')[0] ?? '')) return 0;
  const r = proceedOrError(proceed);
  io.stdout(r.stdout);
  io.stderr(r.stderr);
  return r.exitCode;
}
