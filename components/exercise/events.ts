/**
 * Where exercise events go besides the panel: the workshop room (a no-op outside a workshop) and the
 * spaced-review queue (loaded on demand: the scheduler is not part of the lesson's first load).
 */
import { report } from '@/components/workshop/reporter';
import type { ExerciseSpec } from './protocol';

export function reportStarted(spec: ExerciseSpec): void {
  report({ type: 'exercise-started', lesson: spec.lesson, exercise: spec.id, goals: spec.goals.map((g) => g.id) });
}

export function reportGoalMet(spec: ExerciseSpec, goal: string): void {
  report({ type: 'exercise-goal-met', lesson: spec.lesson, exercise: spec.id, goal });
}

export function reportCompleted(spec: ExerciseSpec): void {
  report({ type: 'exercise-completed', lesson: spec.lesson, exercise: spec.id });
}

export function reportHint(spec: ExerciseSpec, index: number): void {
  report({ type: 'hint-revealed', lesson: spec.lesson, exercise: spec.id, hint: index });
}

export function reportSolution(spec: ExerciseSpec): void {
  report({ type: 'solution-revealed', lesson: spec.lesson, exercise: spec.id });
}

/** A checked attempt: a failure enters the review queue, a later success reschedules it. */
export function recordReview(spec: ExerciseSpec, ok: boolean): void {
  import('@/lib/quiz/review')
    .then(({ recordExerciseResult }) =>
      recordExerciseResult(`${spec.lesson}#${spec.id}`, ok, new Date(), { title: spec.title, href: `/learn/${spec.lesson}#exercise-${spec.id}` }),
    )
    .catch(() => undefined);
}
