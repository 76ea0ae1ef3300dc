/**
 * Docker's prompt.Confirm (`Are you sure you want to continue? [y/N]`) in the simulated terminal:
 * with stdin on the terminal the question waits for the learner's next line (ShellControl.ask);
 * piped or redirected (`echo y | docker container prune`) the first line of stdin answers at once.
 * Only `y`/`Y` goes on; anything else (Enter alone included) cancels quietly, as docker does.
 */
import type { CommandContext } from '../../shell/types';
import { stdinIsTerminal } from './container/terminal';

const yes = (line: string) => line.trim().toLowerCase() === 'y';

/**
 * Ask `question`, then run `proceed` (which returns the stdout text) when the answer is yes.
 * Returns the status of this command; an asked question's outcome arrives with the next line.
 */
export function confirmThen(io: CommandContext, out: (s: string) => void, question: string, proceed: () => string): number {
  out(question + ' [y/N] ');
  if (stdinIsTerminal(io) && io.shell.ask) {
    io.shell.ask((answer) => {
      if (!yes(answer)) return { stdout: '', stderr: '', exitCode: 0 };
      try {
        return { stdout: proceed(), stderr: '', exitCode: 0 };
      } catch (e) {
        return { stdout: '', stderr: `Error response from daemon: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 };
      }
    });
    return 0;
  }
  // At end of input docker prints a newline and takes it as No.
  if (io.stdin === '') out('\n');
  else if (yes(io.stdin.split('\n')[0] ?? '')) out(proceed());
  return 0;
}
