import { describe, expect, it } from 'vitest';
import { memoryStore } from './progress.test-helper';
import { lessonStatus, loadProgress, recordLessonExercises, saveProgress, updateExercise } from './store';
import { PROGRESS_KEY, emptyProgress } from './types';

describe('progress store', () => {
  it('records an exercise from its start to its completion', () => {
    let p = emptyProgress();
    p = updateExercise(p, 'a/b', 'x', { type: 'start' }, 100);
    p = updateExercise(p, 'a/b', 'x', { type: 'hint', rung: 2 }, 110);
    p = updateExercise(p, 'a/b', 'x', { type: 'hint', rung: 1 }, 115);
    p = updateExercise(p, 'a/b', 'x', { type: 'check' }, 120);
    p = updateExercise(p, 'a/b', 'x', { type: 'complete' }, 130);
    p = updateExercise(p, 'a/b', 'x', { type: 'complete' }, 999);
    expect(p.lessons['a/b']?.exercises['x']).toEqual({ status: 'done', hints: 2, solutionShown: false, checks: 1, startedAt: 100, completedAt: 130 });
  });

  it('returns the same object when nothing changes (no needless writes)', () => {
    const p = recordLessonExercises(emptyProgress(), 'a/b', ['x', 'y']);
    expect(recordLessonExercises(p, 'a/b', ['x', 'y'])).toBe(p);
    const started = updateExercise(p, 'a/b', 'x', { type: 'start' }, 1);
    expect(updateExercise(started, 'a/b', 'x', { type: 'start' }, 2)).toBe(started);
  });

  it('tells a lesson done from in progress from not started', () => {
    let p = recordLessonExercises(emptyProgress(), 'a/b', ['x', 'y']);
    expect(lessonStatus(p, 'a/b')).toBe('not-started');
    expect(lessonStatus(p, 'c/d')).toBe('not-started');
    p = updateExercise(p, 'a/b', 'x', { type: 'complete' }, 1);
    expect(lessonStatus(p, 'a/b')).toBe('in-progress');
    p = updateExercise(p, 'a/b', 'y', { type: 'complete' }, 2);
    expect(lessonStatus(p, 'a/b')).toBe('done');
  });

  it('saves and loads, writes back repaired data, and survives a full store', () => {
    const store = memoryStore();
    const p = updateExercise(emptyProgress(), 'a/b', 'x', { type: 'start' }, 5);
    expect(saveProgress(store, p)).toBe(true);
    expect(loadProgress(store)).toEqual({ progress: p });
    const broken = memoryStore({ [PROGRESS_KEY]: '{"version":1,"lessons":{"a/b":7}}' });
    expect(loadProgress(broken).notice).toMatch(/damaged/);
    expect(JSON.parse(broken.data[PROGRESS_KEY]!)).toEqual(emptyProgress());
    expect(saveProgress(memoryStore({}, { failWrites: true }), p)).toBe(false);
    expect(loadProgress(null)).toEqual({ progress: emptyProgress() });
  });
});
