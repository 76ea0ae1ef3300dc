import { describe, expect, it } from 'vitest';
import { emptyProgress, type KeyValueStore, type Progress } from '@/lib/progress/types';
import { updateExercise, recordLessonExercises } from '@/lib/progress/updates';
import { newlyCompletedLessons, readReportedLessons, writeReportedLessons } from './lesson-completion';
import { reportedLessonsKey } from './membership';

const A = 'images-and-containers/running-containers';
const B = 'networking/bridge-basics';
const C = 'networking/user-defined-networks';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function solve(p: Progress, lesson: string, ...ids: string[]): Progress {
  return ids.reduce((acc, id) => updateExercise(acc, lesson, id, { type: 'complete' }, 1_000), p);
}

describe('lessons completed in a workshop', () => {
  it('reports a lesson once every exercise its page lists is done, not before', () => {
    let p = recordLessonExercises(emptyProgress(), A, ['run-web', 'greeter']);
    p = solve(p, A, 'run-web');
    expect(newlyCompletedLessons(p, [A, B], new Set())).toEqual([]);
    p = solve(p, A, 'greeter');
    expect(newlyCompletedLessons(p, [A, B], new Set())).toEqual([A]);
  });

  it('reports only the workshop’s lessons, in workshop order, and skips those already reported', () => {
    let p = solve(recordLessonExercises(emptyProgress(), C, ['x']), C, 'x');
    p = solve(recordLessonExercises(p, B, ['y']), B, 'y');
    p = solve(recordLessonExercises(p, A, ['z']), A, 'z');
    expect(newlyCompletedLessons(p, [B, C], new Set())).toEqual([B, C]);
    expect(newlyCompletedLessons(p, [B, C], new Set([B]))).toEqual([C]);
  });

  it('never reports a lesson without exercises (nothing to complete)', () => {
    expect(newlyCompletedLessons(recordLessonExercises(emptyProgress(), B, []), [B], new Set())).toEqual([]);
  });

  it('remembers what each learner reported, and starts afresh from unreadable data', () => {
    const store = memoryStore();
    writeReportedLessons(store, 'learner-1', new Set([A]));
    expect([...readReportedLessons(store, 'learner-1')]).toEqual([A]);
    expect([...readReportedLessons(store, 'learner-2')]).toEqual([]);
    store.setItem(reportedLessonsKey('learner-1'), '{not json');
    expect(readReportedLessons(store, 'learner-1').size).toBe(0);
    store.setItem(reportedLessonsKey('learner-1'), '{"a":1}');
    expect(readReportedLessons(store, 'learner-1').size).toBe(0);
  });
});
