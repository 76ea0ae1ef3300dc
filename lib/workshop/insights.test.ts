import { describe, expect, it } from 'vitest';
import { answerDistribution, cellOf, exerciseColumns, goalHeatmap, stuckFlags, summarise } from './insights';
import { exerciseKey, foldRoom } from './room-state';
import { L1, L2, LogBuilder } from './fixtures.test-helper';

const start = (exercise: string, lesson: string, goals?: string[]) => ({ type: 'exercise-started' as const, lesson, exercise, ...(goals ? { goals } : {}) });
const goal = (exercise: string, lesson: string, g: string) => ({ type: 'exercise-goal-met' as const, lesson, exercise, goal: g });

describe('dashboard insights', () => {
  it('orders exercise columns by the workshop lesson order, then first seen', () => {
    const log = new LogBuilder()
      .join('a', 'Ana')
      .progress('a', start('late', L2))
      .progress('a', start('b-first', L1))
      .progress('a', start('a-second', L1))
      .progress('a', start('elsewhere', 'zz-other/01-x'));
    const cols = exerciseColumns(foldRoom(log.entries), [L1, L2]).map((c) => c.exercise);
    expect(cols).toEqual(['b-first', 'a-second', 'late', 'elsewhere']);
  });

  it('gives each grid cell its status', () => {
    const log = new LogBuilder()
      .join('a', 'Ana')
      .join('b', 'Ben')
      .join('c', 'Cy')
      .progress('a', start('e', L1, ['g1', 'g2']))
      .progress('b', start('e', L1))
      .progress('b', goal('e', L1, 'g1'))
      .progress('c', goal('e', L1, 'g1'))
      .progress('c', goal('e', L1, 'g2'))
      .progress('c', { type: 'exercise-completed', lesson: L1, exercise: 'e' });
    const state = foldRoom(log.entries);
    const info = state.exercises[exerciseKey(L1, 'e')]!;
    const statuses = ['a', 'b', 'c', 'zz'].map((id) => cellOf(info, state.learners[id]?.exercises[info.key]).status);
    expect(statuses).toEqual(['started', 'partial', 'completed', 'not-started']);
    expect(cellOf(info, state.learners.b!.exercises[info.key])).toMatchObject({ goalsMet: 1, goals: 2 });
  });

  it('ranks goals by the share of learners who tried and have not met them', () => {
    const log = new LogBuilder().join('a', 'Ana').join('b', 'Ben').join('c', 'Cy').join('d', 'Di');
    for (const id of ['a', 'b', 'c']) log.progress(id, start('e', L1, ['running', 'published']));
    log.progress('a', goal('e', L1, 'running')).progress('b', goal('e', L1, 'running')).progress('c', goal('e', L1, 'running'));
    log.progress('a', goal('e', L1, 'published'));
    const heat = goalHeatmap(foldRoom(log.entries), [L1]);
    expect(heat.map((h) => [h.goal, h.failing, h.attempted])).toEqual([
      ['published', 2, 3],
      ['running', 0, 3],
    ]);
    expect(heat[0]!.rate).toBeCloseTo(2 / 3);
  });

  it('does not count a completed exercise as failing a goal it never reported', () => {
    const log = new LogBuilder().join('a', 'Ana').progress('a', start('e', L1, ['g1', 'g2'])).progress('a', { type: 'exercise-completed', lesson: L1, exercise: 'e' });
    expect(goalHeatmap(foldRoom(log.entries), [L1]).every((h) => h.failing === 0)).toBe(true);
  });

  it('flags a learner idle on an unfinished exercise past the threshold', () => {
    const log = new LogBuilder().join('a', 'Ana', 0).join('b', 'Ben', 0);
    log.progress('a', start('e', L1), 1).progress('b', start('e', L1), 1).progress('b', goal('e', L1, 'g'), 8);
    const now = log.t0 + 12 * 60_000;
    const flags = stuckFlags(foldRoom(log.entries), now);
    expect(flags).toEqual([{ learnerId: 'a', reason: 'slow', exercise: exerciseKey(L1, 'e'), amount: 11 }]);
  });

  it('flags repeated failing commands only within the window', () => {
    const log = new LogBuilder().join('a', 'Ana', 0).join('b', 'Ben', 0).progress('a', start('e', L1), 0).progress('b', start('e', L1), 0);
    for (const m of [4, 5, 6]) log.progress('a', { type: 'command-failed', command: 'docker run', exitCode: 125 }, m);
    for (const m of [1, 2, 9]) log.progress('b', { type: 'command-failed', command: 'docker ps -z', exitCode: 125 }, m);
    const flags = stuckFlags(foldRoom(log.entries), log.t0 + 9 * 60_000, { idleMs: 60 * 60_000, failures: 3, failureWindowMs: 5 * 60_000 });
    expect(flags.map((f) => [f.learnerId, f.reason, f.amount])).toEqual([['a', 'errors', 3]]);
  });

  it('counts the live quiz answers per option', () => {
    const quiz = { id: 'q', prompt: '?', options: ['a', 'b', 'c'], correct: null, open: true, openedAt: 0, answers: { x: 0, y: 2, z: 2 } };
    expect(answerDistribution(quiz)).toEqual({ counts: [1, 0, 2], total: 3 });
  });

  it('summarises a learner for the export', () => {
    const log = new LogBuilder()
      .join('a', 'Ana')
      .progress('a', start('e', L1))
      .progress('a', { type: 'hint-revealed', lesson: L1, exercise: 'e' })
      .progress('a', { type: 'solution-revealed', lesson: L1, exercise: 'e' })
      .progress('a', goal('e', L1, 'g'))
      .progress('a', { type: 'exercise-completed', lesson: L1, exercise: 'e' })
      .progress('a', { type: 'quiz-answered', quiz: 'q', question: '1', correct: true })
      .progress('a', { type: 'quiz-answered', quiz: 'q', question: '2', correct: false });
    expect(summarise(foldRoom(log.entries).learners.a!)).toEqual({
      lessonsCompleted: 0,
      exercisesCompleted: 1,
      goalsMet: 1,
      hints: 1,
      solutions: 1,
      quizAnswered: 2,
      quizCorrect: 1,
    });
  });
});
