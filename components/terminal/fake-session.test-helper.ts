/**
 * A scripted ShellSession for terminal tests: `echo` prints its arguments, open double quotes or a
 * trailing backslash need more input, `attach` pretends a foreground process holds the terminal,
 * and completion offers words from a fixed list.
 */
import type { Completion, RunResult, ShellSession } from '@/lib/shell/types';

function result(stdout: string, extra: Partial<RunResult> = {}): RunResult {
  return { stdout, stderr: '', exitCode: 0, output: stdout ? [{ fd: 1, text: stdout }] : [], ...extra };
}

export class FakeSession implements ShellSession {
  runs: string[] = [];
  private submitted: string[] = [];
  private isAttached = false;

  constructor(private readonly words: string[] = ['docker', 'dockerd', 'echo', 'exit', 'images', 'inspect', 'info']) {}

  prompt(): string {
    return this.isAttached ? '' : 'learner@dockerlings:~$ ';
  }

  needsMore(source: string): boolean {
    return (source.split('"').length - 1) % 2 === 1 || source.endsWith('\\');
  }

  run(source: string): RunResult {
    this.runs.push(source);
    this.submitted.push(source);
    const [cmd, ...args] = source.replace(/\\\n/g, '').split(/\s+/);
    if (cmd === 'echo') return result(`${args.join(' ').replace(/"/g, '')}\n`);
    if (cmd === 'clear') return result('', { clear: true });
    if (cmd === 'attach') {
      this.isAttached = true;
      return result('attached\n');
    }
    return result('', { stderr: `bash: ${cmd}: command not found\n`, exitCode: 127, output: [{ fd: 2, text: `bash: ${cmd}: command not found\n` }] });
  }

  complete(line: string, cursor: number): Completion {
    const from = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(from, cursor);
    return { from, candidates: this.words.filter((w) => w.startsWith(word)) };
  }

  interrupt(): RunResult {
    const was = this.isAttached;
    this.isAttached = false;
    return result(was ? 'stopped\n' : '^C\n', { exitCode: 130 });
  }

  history(): readonly string[] {
    return this.submitted;
  }
}
