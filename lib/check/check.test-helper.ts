/** Test helpers: a real simulated host after a script, goals written as authors write them. */
import { createHostSession, type HostSession } from '../host';
import { evaluateGoal } from './evaluate';
import type { CommandRecord, GoalResult } from './goals/context';
import type { DetectorInput } from './misconceptions/types';
import { runLines } from './replay/setup';
import { goalSchema, type Goal } from './spec/goal-schema';

export interface Played {
  session: HostSession;
  commands: CommandRecord[];
}

/**
 * A fresh host after `script` (each line must succeed unless `allowFailures`). A line that leaves the
 * terminal attached is interrupted, as a learner presses Ctrl+C, unless `keepAttached` (last line only).
 */
export function hostAfter(script: string, opts: { allowFailures?: boolean; keepAttached?: boolean } = {}): Played {
  const session = createHostSession();
  const lines = script.split('\n').length;
  let seen = 0;
  const commands = runLines(session, script, (r) => {
    seen += r.line.split('\n').length;
    if (session.prompt() === '' && !(opts.keepAttached && seen >= lines)) session.interrupt();
    if (r.exitCode !== 0 && !opts.allowFailures) throw new Error(`\`${r.line}\` failed with ${r.exitCode}`);
  });
  return { session, commands };
}

export const goal = (data: Record<string, unknown>): Goal => goalSchema.parse({ id: 'g', ...data });

/** The misconception detectors' view after `played`. */
export function detectorInput(played: Played, goals: Array<Record<string, unknown>>): DetectorInput {
  const { session, commands } = played;
  const parsed = goals.map((g, i) => goalSchema.parse({ id: `g${i}`, ...g }));
  const results = parsed.map((g) => evaluateGoal(session.engine.world, g, { fs: session.machine.fs, engine: session.engine, commands }));
  return { world: session.engine.world, goals: parsed, results, commands, attached: session.prompt() === '' };
}

export function check(played: Played, data: Record<string, unknown>, answers: Record<string, string> = {}): GoalResult {
  const { session, commands } = played;
  return evaluateGoal(session.engine.world, goal(data), { fs: session.machine.fs, engine: session.engine, commands, answers });
}
