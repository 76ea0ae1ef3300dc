/**
 * kubectl delete waits (by default) until the objects are really gone: pods finish their graceful
 * termination, which moves the simulated clock forward (30s for a process that ignores SIGTERM).
 */
import { advance } from '../../sim/index';
import type { KubectlRun } from './env';

const STEP_MS = 500;
const MAX_MS = 10 * 60_000;

export function waitGone(ctx: KubectlRun, stillThere: () => boolean): void {
  for (let waited = 0; stillThere() && waited < MAX_MS; waited += STEP_MS) advance(ctx.env.eng, STEP_MS);
}
