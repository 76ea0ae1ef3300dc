/**
 * "Type the command" graded by the exercise checker: when a question names `goals`, the learner's
 * line runs in a fresh simulated host after the question's setup and the goals (lib/check) decide —
 * an outcome over the simulated state, or a `command` goal comparing the normalised command shape
 * (aliases, short/long flags, flag order). The same predicates grade exercises, so a quiz answer and
 * an exercise answer are judged alike.
 */
import { replay } from '../check/replay/replay';
import { SetupError } from '../check/replay/setup';
import { describeGoal } from '../check/spec/describe-goal';
import type { Goal } from '../check/spec/types';
import type { HostSession } from '../host';
import type { RunResult } from '../shell/types';
import type { CommandQuestion, CommandVerdict, RunOutcome } from './grade-command';

/** A session factory whose sessions remember the last line's result (for the feedback shown). */
function recording(createSession: () => HostSession): { create: () => HostSession; last: () => RunResult | undefined } {
  let last: RunResult | undefined;
  const create = (): HostSession => {
    const session = createSession();
    const run = session.run;
    return Object.assign(session, { run: (source: string) => (last = run(source)) });
  };
  return { create, last: () => last };
}

export function gradeByGoals(q: CommandQuestion & { goals: Goal[] }, line: string, createSession: () => HostSession): CommandVerdict {
  const text = line.trim();
  const setup = { commands: q.setup };
  try {
    if (!replay({ setup, goals: q.goals }, q.solution, createSession).passed) {
      return { status: 'ungradable', reason: `The simulator cannot run \`${q.solution}\` yet, so this answer can't be checked.` };
    }
  } catch (error) {
    if (error instanceof SetupError) return { status: 'ungradable', reason: `The simulator cannot prepare this question yet (${error.detail}).` };
    throw error;
  }
  const empty: RunOutcome = { exitCode: 0, stdout: '', output: '', probes: [] };
  if (!text) return { status: 'wrong', outcome: empty, reason: 'No command was given.' };
  if (text.includes('\n')) return { status: 'wrong', outcome: { ...empty, exitCode: 2 }, reason: 'Type a single command line.' };
  const rec = recording(createSession);
  const run = replay({ setup, goals: q.goals }, text, rec.create);
  const last = rec.last();
  const exitCode = run.commands.at(-1)?.exitCode ?? 0;
  const outcome: RunOutcome = { exitCode, stdout: last?.stdout ?? '', output: last?.output.map((o) => o.text).join('') ?? '', probes: [] };
  if (run.passed) return { status: 'correct', outcome };
  const unmet = run.results.find((r) => !r.met)!;
  const goal = q.goals.find((g) => g.id === unmet.id)!;
  const reason = exitCode !== 0 ? `It failed with exit status ${exitCode}.` : `Not yet: ${goal.label ?? describeGoal(goal)}${unmet.detail ? ` (${unmet.detail})` : ''}.`;
  return { status: 'wrong', outcome, reason };
}
