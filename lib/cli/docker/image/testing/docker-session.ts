/**
 * Test support: a learner's host session (the real shell, engine and `docker`) driven line by line,
 * returning what each line printed, as the terminal would see it.
 */
import { createHostSession, type HostSession } from '../../../../host';
import type { Engine } from '../../../../sim/index';

export interface LineResult {
  stdout: string;
  stderr: string;
  exit: number;
}

export interface DockerSession {
  session: HostSession;
  eng: Engine;
  run(line: string): LineResult;
  /** Run each line; throw if one fails (setup steps). */
  setup(...lines: string[]): void;
}

export function dockerSession(files: Record<string, string> = {}): DockerSession {
  const session = createHostSession({ files, stepMs: 0 });
  const run = (line: string): LineResult => {
    const r = session.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode };
  };
  return {
    session,
    eng: session.engine,
    run,
    setup(...lines) {
      for (const line of lines) {
        const r = run(line);
        if (r.exit !== 0) throw new Error(`setup failed: ${line}\n${r.stderr}`);
      }
    },
  };
}
