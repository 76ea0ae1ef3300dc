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

/** Group lines into complete commands (open quotes, heredocs, trailing `|`… continue onto the next line). */
export function splitCommands(lines: readonly string[], session: Pick<ShellSession, 'needsMore'>): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const line of lines) {
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
 * Blank lines are skipped (they produce no result), as a terminal shows only a new prompt.
 */
export function runScript(text: string, makeSession: () => ShellSession, opts: { fresh?: boolean } = {}): RunnerResult[] {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  let session = makeSession();
  const results: RunnerResult[] = [];
  for (const input of splitCommands(lines, session)) {
    if (input.trim() === '') continue;
    if (opts.fresh && results.length > 0) session = makeSession();
    const r = session.run(input);
    results.push({ input, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
  }
  return results;
}
