/**
 * "Type the command" grading by outcome: the learner's line and the question's solution each run in
 * a fresh simulated host after the same setup; the answer is right when what the question compares
 * is equal: the line's own output and exit status (`compare.output`) and/or the output of probe
 * commands run afterwards (`compare.probes`, i.e. the resulting state). So `docker ps --all` and
 * `docker container ls -a` are both right. A question that names `goals` is graded by the exercise
 * checker instead (grade-goals.ts): state goals, or a normalised command shape.
 */
import type { HostSession } from '../host';
import { gradeByGoals } from './grade-goals';
import type { QuestionOf } from './types';

export type CommandQuestion = QuestionOf<'command'>;
export type SessionFactory = () => HostSession;

export interface RunOutcome {
  exitCode: number;
  stdout: string;
  /** Everything the line printed, stdout and stderr interleaved (shown as feedback). */
  output: string;
  probes: Array<{ command: string; exitCode: number; stdout: string }>;
}

export type CommandVerdict =
  | { status: 'correct'; outcome: RunOutcome }
  | { status: 'wrong'; outcome: RunOutcome; reason: string }
  /** The simulator cannot run the reference (a missing feature): neither right nor wrong. */
  | { status: 'ungradable'; reason: string };

/** A setup step of a question failed: the question or the simulator is broken, not the learner. */
export class CommandSetupError extends Error {
  constructor(
    readonly questionId: string,
    readonly step: string,
    readonly detail: string,
  ) {
    super(`question "${questionId}": setup step \`${step}\` failed: ${detail}`);
    this.name = 'CommandSetupError';
  }
}

/**
 * Probes run where the line left the learner (a line that opens a shell in a container leaves the
 * probes inside it, for the solution as for the learner). An attached foreground process is
 * interrupted first, as the learner would press Ctrl+C.
 */

/** Run setup, then `line`, then the probes, in a fresh session. */
export function runOutcome(q: CommandQuestion, line: string, createSession: SessionFactory): RunOutcome {
  const session = createSession();
  for (const step of q.setup) {
    const r = session.run(step);
    if (r.exitCode !== 0) throw new CommandSetupError(q.id, step, (r.stderr || r.stdout).trim() || `exit status ${r.exitCode}`);
  }
  const main = session.run(line);
  session.interrupt();
  const probes = q.compare.probes.map((command) => {
    const r = session.run(command);
    return { command, exitCode: r.exitCode, stdout: r.stdout };
  });
  return {
    exitCode: main.exitCode,
    stdout: main.stdout,
    output: main.output.map((o) => o.text).join(''),
    probes,
  };
}

function difference(q: CommandQuestion, learner: RunOutcome, reference: RunOutcome): string | null {
  if (q.compare.output) {
    if (learner.exitCode !== reference.exitCode) {
      return learner.exitCode === 0
        ? 'It ran, but it is not the command asked for.'
        : `It failed with exit status ${learner.exitCode}.`;
    }
    if (learner.stdout !== reference.stdout) return 'It printed something different from what the asked-for command prints.';
  }
  for (const [i, probe] of learner.probes.entries()) {
    const want = reference.probes[i]!;
    if (probe.exitCode !== want.exitCode || probe.stdout !== want.stdout) {
      return `The result is not what was asked for (checked with \`${probe.command}\`).`;
    }
  }
  return null;
}

/**
 * Grade one line. `reference` caches the solution's outcome per question id (it is the same for every
 * attempt); pass a Map that lives as long as the page.
 */
export function gradeCommand(
  q: CommandQuestion,
  line: string,
  createSession: SessionFactory,
  reference: Map<string, RunOutcome> = new Map(),
): CommandVerdict {
  if (q.goals) return gradeByGoals({ ...q, goals: q.goals }, line, createSession);
  let want = reference.get(q.id);
  if (!want) {
    try {
      want = runOutcome(q, q.solution, createSession);
    } catch (error) {
      if (error instanceof CommandSetupError) return { status: 'ungradable', reason: `The simulator cannot prepare this question yet (${error.detail}).` };
      throw error;
    }
    if (want.exitCode !== 0) {
      return { status: 'ungradable', reason: `The simulator cannot run \`${q.solution}\` yet, so this answer can't be checked.` };
    }
    reference.set(q.id, want);
  }
  const text = line.trim();
  if (!text) return { status: 'wrong', outcome: { exitCode: 0, stdout: '', output: '', probes: [] }, reason: 'No command was given.' };
  if (text.includes('\n')) {
    return { status: 'wrong', outcome: { exitCode: 2, stdout: '', output: '', probes: [] }, reason: 'Type a single command line.' };
  }
  const outcome = runOutcome(q, text, createSession);
  const reason = difference(q, outcome, want);
  return reason ? { status: 'wrong', outcome, reason } : { status: 'correct', outcome };
}
