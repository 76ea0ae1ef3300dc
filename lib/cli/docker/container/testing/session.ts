/**
 * Test support: a learner session (the real host wiring: shell + engine + docker) with catalog
 * images already pulled, and a table runner that checks what each line prints and its status.
 */
import { expect } from 'vitest';
import { createHostSession, type HostSession } from '../../../../host';
import { pullImage } from '../../../../sim/index';

/**
 * A host session with images pulled. Its clock only moves when a command moves it (`sleep`,
 * `docker stop` timeouts…), so tests can pin exact times and durations; the learner's session
 * also advances 2 s per command (lib/host.ts COMMAND_STEP_MS, tested in lib/host.test.ts).
 */
export function dockerSession(images: readonly string[] = ['alpine', 'nginx'], files: Record<string, string> = {}): HostSession {
  const s = createHostSession({ files, stepMs: 0 });
  for (const i of images) pullImage(s.engine, i);
  return s;
}

/** One expected line: exact text (string) or pattern (RegExp) for each stream; status defaults to 0. */
export interface Case {
  cmd: string;
  out?: string | RegExp;
  err?: string | RegExp;
  exit?: number;
}

const check = (label: string, got: string, want: string | RegExp | undefined) => {
  if (want === undefined) return;
  if (typeof want === 'string') expect(got, label).toBe(want);
  else expect(got, label).toMatch(want);
};

/** Run the cases in order on one session (state carries over, as in a terminal). */
export function runCases(s: HostSession, cases: readonly Case[]): void {
  for (const c of cases) {
    const r = s.run(c.cmd);
    check(`stdout of ${c.cmd}`, r.stdout, c.out);
    check(`stderr of ${c.cmd}`, r.stderr, c.err);
    expect(r.exitCode, `status of ${c.cmd} (stderr: ${r.stderr})`).toBe(c.exit ?? 0);
  }
}

export const ID64 = /^[0-9a-f]{64}\n$/;
