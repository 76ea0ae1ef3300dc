import { describe, expect, it } from 'vitest';
import { readProgress } from './migrate';
import { PROGRESS_VERSION } from './types';

const exercise = { status: 'done', hints: 1, solutionShown: false, checks: 2, startedAt: 10, completedAt: 20 };

describe('readProgress', () => {
  it('reads current data as it is, without a notice', () => {
    const data = { version: PROGRESS_VERSION, lessons: { 'a/b': { exercises: { x: exercise }, exerciseIds: ['x'] } } };
    expect(readProgress(JSON.stringify(data))).toEqual({ progress: data });
    expect(readProgress(null)).toEqual({ progress: { version: PROGRESS_VERSION, lessons: {} } });
  });

  it('resets unreadable, unknown or newer data with a notice, never throwing', () => {
    expect(readProgress('{not json').notice).toBe('Your saved progress could not be read, so it was reset.');
    expect(readProgress('[1,2]').notice).toBe('Your saved progress was in an unknown format, so it was reset.');
    expect(readProgress(JSON.stringify({ version: 99, lessons: {} })).notice).toMatch(/newer version/);
    expect(readProgress(JSON.stringify({ version: 99, lessons: {} })).progress.lessons).toEqual({});
  });

  it('keeps what is valid of damaged data and says so', () => {
    const data = {
      version: PROGRESS_VERSION,
      lessons: {
        'a/b': { exercises: { x: exercise, y: { status: 'won', hints: 0 } } },
        'NOT A KEY': { exercises: {} },
        'c/d': 'oops',
      },
    };
    const loaded = readProgress(JSON.stringify(data));
    expect(loaded.progress.lessons).toEqual({ 'a/b': { exercises: { x: exercise } } });
    expect(loaded.notice).toBe('Part of your saved progress was damaged and has been removed; the rest is kept.');
  });

  it('migrates old versions step by step, and resets versions it has no migration for', () => {
    const v0 = { version: 0, done: { 'a/b': ['x'] } };
    const migrations = {
      0: (old: Record<string, unknown>) => ({
        lessons: Object.fromEntries(
          Object.entries(old.done as Record<string, string[]>).map(([lesson, ids]) => [
            lesson,
            { exercises: Object.fromEntries(ids.map((id) => [id, { status: 'done', hints: 0, solutionShown: false, checks: 0, startedAt: 0 }])) },
          ]),
        ),
      }),
    };
    const loaded = readProgress(JSON.stringify(v0), migrations);
    expect(loaded.progress.lessons['a/b']?.exercises['x']?.status).toBe('done');
    expect(loaded.notice).toBe('Your saved progress was updated to the current format.');
    expect(readProgress(JSON.stringify(v0)).notice).toBe('Your saved progress (format 0) is too old to carry over, so it was reset.');
  });
});
