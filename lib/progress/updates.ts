/**
 * The changes the exercise panel makes to progress, and what the course map reads from it. Pure:
 * each returns new data (or the same object when nothing changes, so nothing is written).
 */
import type { ExerciseProgress, LessonProgress, Progress } from './types';

function withLesson(p: Progress, lesson: string, change: (l: LessonProgress) => LessonProgress): Progress {
  const current = p.lessons[lesson] ?? { exercises: {} };
  return { ...p, lessons: { ...p.lessons, [lesson]: change(current) } };
}

/** Remember which exercises a lesson has (its page lists them). */
export function recordLessonExercises(p: Progress, lesson: string, ids: readonly string[]): Progress {
  const known = p.lessons[lesson]?.exerciseIds;
  if (known && known.length === ids.length && known.every((id, i) => id === ids[i])) return p;
  return withLesson(p, lesson, (l) => ({ ...l, exerciseIds: [...ids] }));
}

export type ExerciseEvent = { type: 'start' } | { type: 'hint'; rung: number } | { type: 'solution' } | { type: 'check' } | { type: 'complete' };

/** Apply what just happened to an exercise. `now` is ms since the epoch. */
export function updateExercise(p: Progress, lesson: string, id: string, event: ExerciseEvent, now: number): Progress {
  const known = p.lessons[lesson]?.exercises[id];
  const e: ExerciseProgress = known ?? { status: 'started', hints: 0, solutionShown: false, checks: 0, startedAt: now };
  let next = e;
  if (event.type === 'hint' && event.rung > e.hints) next = { ...e, hints: event.rung };
  if (event.type === 'solution' && !e.solutionShown) next = { ...e, solutionShown: true };
  if (event.type === 'check') next = { ...e, checks: e.checks + 1 };
  if (event.type === 'complete' && e.status !== 'done') next = { ...e, status: 'done', completedAt: now };
  if (known && next === known) return p;
  return withLesson(p, lesson, (l) => ({ ...l, exercises: { ...l.exercises, [id]: next } }));
}

export type LessonStatus = 'done' | 'in-progress' | 'not-started';

/** Done when every exercise of the lesson is done; in progress once one is started. */
export function lessonStatus(p: Progress, lesson: string): LessonStatus {
  const l = p.lessons[lesson];
  if (!l) return 'not-started';
  const done = (id: string) => l.exercises[id]?.status === 'done';
  const ids = l.exerciseIds ?? Object.keys(l.exercises);
  if (ids.length > 0 && ids.every(done)) return 'done';
  return Object.keys(l.exercises).length > 0 ? 'in-progress' : 'not-started';
}
