/**
 * The headless runner's core, independent of any process: split input lines into complete
 * commands the way a terminal does (continuation while `needsMore`), run each, and report one
 * result per command. scripts/sim.ts wraps it; tests call it directly.
 */
import type { ShellSession } from './types';

export interface RunnerResult {
  input: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A line holding only `^C` (or the ETX character) stands for Ctrl+C typed in the terminal. */
export const INTERRUPT = '\x03';
const isInterrupt = (line: string) => line.trim() === '^C' || line.trim() === INTERRUPT;

/**
 * Group lines into complete commands (open quotes, heredocs, trailing `|`… continue onto the next
 * line). A Ctrl+C line becomes INTERRUPT and discards a half-typed command, as in a terminal.
 */
export function splitCommands(lines: readonly string[], session: Pick<ShellSession, 'needsMore'>): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    if (isInterrupt(line)) {
      pending = [];
      out.push(INTERRUPT);
      continue;
    }
    pending.push(line);
    const text = pending.join('\n');
    if (session.needsMore(text)) continue;
    if (text.trim() !== '' || pending.length > 1) out.push(text);
    pending = [];
  }
  if (pending.length > 0) out.push(pending.join('\n'));
  return out;
}

/**
 * Run text (many lines) as one session, or with `fresh` each command in its own new session.
 * Blank lines are skipped (they produce no result), as a terminal shows only a new prompt; a
 * `^C` line sends Ctrl+C (its result has input "^C").
 */
export function runScript(text: string, makeSession: () => ShellSession, opts: { fresh?: boolean } = {}): RunnerResult[] {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  let session = makeSession();
  const results: RunnerResult[] = [];
  for (const input of splitCommands(lines, session)) {
    if (input.trim() === '') continue;
    if (input === INTERRUPT) {
      // Ctrl+C: stops what the terminal is attached to (docker run, logs -f, ping…) or clears the line.
      const r = session.interrupt();
      results.push({ input: '^C', stdout: r.stdout, stderr: r.stderr ?? '', exitCode: r.exitCode });
      continue;
    }
    if (opts.fresh && results.length > 0) session = makeSession();
    const r = session.run(input);
    results.push({ input, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
  }
  return results;
}
