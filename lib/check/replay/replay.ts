/**
 * Replaying an answer to an exercise in a fresh simulated host: setup, then the answer's commands as
 * a learner would type them (pressing Ctrl+C when a command leaves the terminal attached, to get the
 * prompt back), then every goal checked. Used by the tests (every reference solution must pass,
 * every near miss must fail) and by anything that grades a whole answer at once.
 */
import { createHostSession, type HostSession } from '../../host';
import { allMet, evaluateGoals } from '../evaluate';
import { expectedAnswer } from '../goals/command-answer';
import type { CommandRecord, GoalResult } from '../goals/context';
import type { ExerciseSetup, Goal } from '../spec/types';
import { applySetup, runLines } from './setup';

export interface ReplayInput {
  setup?: ExerciseSetup;
  goals: readonly Goal[];
}

export interface ReplayResult {
  passed: boolean;
  results: GoalResult[];
  commands: CommandRecord[];
  session: HostSession;
}

/**
 * Answer goals cannot be typed into a terminal: the replay answers them with what the simulator
 * says is right (so only the commands are under test).
 */
function perfectAnswers(session: HostSession, goals: readonly Goal[]): Record<string, string> {
  const host = session.engine.world.hosts[0]!;
  const answers: Record<string, string> = {};
  for (const g of goals) {
    if (g.type !== 'answer') continue;
    const expected = expectedAnswer(host, g.expect);
    if (expected) answers[g.id] = expected.value;
  }
  return answers;
}

export function replay(exercise: ReplayInput, script: string, createSession: () => HostSession = () => createHostSession()): ReplayResult {
  const session = createSession();
  applySetup(session, exercise.setup);
  const commands = runLines(session, script, () => {
    if (session.prompt() === '') session.interrupt();
  });
  const results = evaluateGoals(session.engine.world, exercise.goals, {
    fs: session.machine.fs,
    engine: session.engine,
    commands,
    answers: perfectAnswers(session, exercise.goals),
  });
  return { passed: allMet(results), results, commands, session };
}
