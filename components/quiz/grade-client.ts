/**
 * Grading from the browser. Everything but `command` is graded in place; command answers load the
 * simulator on demand (a separate chunk), so quiz pages stay light until one is checked.
 */
import { gradeResponse } from '@/lib/quiz/grade';
import type { Response } from '@/lib/quiz/responses';
import type { QuizQuestion } from '@/lib/quiz/types';

export interface ClientVerdict {
  status: 'correct' | 'wrong' | 'ungradable';
  /** Why a command answer is wrong or could not be checked. */
  reason?: string;
  /** What the learner's command printed in the simulator. */
  output?: string;
}

export async function gradeInBrowser(q: QuizQuestion, r: Response | undefined): Promise<ClientVerdict> {
  if (q.type !== 'command') return { status: gradeResponse(q, r) ? 'correct' : 'wrong' };
  const line = r?.type === 'command' ? r.line : '';
  if (!line.trim()) return { status: 'wrong', reason: 'No command was given.' };
  const { gradeOnHost } = await import('@/lib/quiz/host-grader');
  const verdict = gradeOnHost(q, line);
  if (verdict.status === 'ungradable') return { status: 'ungradable', reason: verdict.reason };
  return verdict.status === 'correct'
    ? { status: 'correct', output: verdict.outcome.output }
    : { status: 'wrong', reason: verdict.reason, output: verdict.outcome.output };
}

/** Feed the spaced-review queue (loaded lazily: the scheduler is not needed to show a quiz). Resolves once stored. */
export async function recordForReview(questionId: string, ok: boolean): Promise<void> {
  await import('@/lib/quiz/review').then((m) => m.recordQuestionResult(questionId, ok, new Date())).catch(() => undefined);
}

/** Tell the workshop room, if the learner is in one (a no-op otherwise; the reporter loads lazily). */
export function reportAnswer(quiz: string, q: QuizQuestion, correct: boolean): void {
  void import('@/components/workshop/reporter')
    .then((m) => m.report({ type: 'quiz-answered', quiz, question: q.id, correct, lesson: `${q.module}/${q.lesson}` }))
    .catch(() => undefined);
}
