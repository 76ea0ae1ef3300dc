/**
 * Progress in a key-value store (the browser's localStorage): load (migrating or repairing),
 * save, and the updates the exercise panel makes. Updates are pure: they return new data.
 */
import { readProgress, type Loaded, type Migrations } from './migrate';
import { PROGRESS_KEY, emptyProgress, type ExerciseProgress, type KeyValueStore, type LessonProgress, type Progress } from './types';

export function loadProgress(store: KeyValueStore | null, migrations?: Migrations): Loaded {
  if (!store) return { progress: emptyProgress() };
  let text: string | null = null;
  try {
    text = store.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress() };
  }
  const loaded = readProgress(text, migrations);
  if (loaded.notice) saveProgress(store, loaded.progress);
  return loaded;
}

/** Write; a full or blocked store is reported as false (nothing the learner can act on here). */
export function saveProgress(store: KeyValueStore | null, progress: Progress): boolean {
  if (!store) return false;
  try {
    store.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

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

/** Drop one exercise's record (the learner practises it again from scratch). */
export function forgetExercise(p: Progress, lesson: string, id: string): Progress {
  if (!p.lessons[lesson]?.exercises[id]) return p;
  return withLesson(p, lesson, (l) => {
    const exercises = { ...l.exercises };
    delete exercises[id];
    return { ...l, exercises };
  });
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
