/**
 * A minimal CommandContext for tests of CLI code: captures stdout/stderr, no filesystem or
 * shell control (a test that needs them should use the real host session).
 */
import type { CommandContext } from '../../../shell/types';

export interface CapturedIo extends CommandContext {
  readonly captured: { stdout: string; stderr: string };
}

export function fakeIo(argv: readonly string[] = [], env: Record<string, string> = {}, stdin = ''): CapturedIo {
  const captured = { stdout: '', stderr: '' };
  const unavailable = () => {
    throw new Error('not available in fakeIo');
  };
  return {
    argv,
    stdin,
    env,
    cwd: '/home/learner',
    captured,
    stdout: (text) => void (captured.stdout += text),
    stderr: (text) => void (captured.stderr += text),
    get fs(): never {
      return unavailable();
    },
    get shell(): never {
      return unavailable();
    },
  };
}
