import { describe, expect, it } from 'vitest';
import { forLearner } from './entries';
import { activeQuiz, applyEntry, emptyRoom, exerciseKey, foldRoom } from './room-state';
import { L1, L2, LogBuilder } from './fixtures.test-helper';

const ex = (exercise: string, lesson = L1) => ({ lesson, exercise });

describe('foldRoom', () => {
  it('tracks a learner through an exercise: started, goals, hint, completion', () => {
    const log = new LogBuilder()
      .join('a', 'Ana', 0)
      .progress('a', { type: 'exercise-started', ...ex('run-web'), goals: ['running', 'published'] }, 1)
      .progress('a', { type: 'hint-revealed', ...ex('run-web'), hint: 0 }, 2)
      .progress('a', { type: 'exercise-goal-met', ...ex('run-web'), goal: 'running' }, 3)
      .progress('a', { type: 'exercise-goal-met', ...ex('run-web'), goal: 'published' }, 4)
      .progress('a', { type: 'exercise-completed', ...ex('run-web') }, 5);
    const state = foldRoom(log.entries);
    const key = exerciseKey(L1, 'run-web');
    const p = state.learners.a!.exercises[key]!;
    expect(p.goalsMet).toEqual(['running', 'published']);
    expect(p.hints).toBe(1);
    expect(p.completedAt).toBe(log.t0 + 5 * 60_000);
    expect(state.learners.a!.current).toBeNull();
    expect(state.exercises[key]!.goals).toEqual(['running', 'published']);
    expect(state.seq).toBe(6);
  });

  it('counts a goal met twice once, and keeps the first completion time', () => {
    const log = new LogBuilder()
      .join('a', 'Ana')
      .progress('a', { type: 'exercise-goal-met', ...ex('e'), goal: 'g' }, 1)
      .progress('a', { type: 'exercise-goal-met', ...ex('e'), goal: 'g' }, 2)
      .progress('a', { type: 'exercise-completed', ...ex('e') }, 3)
      .progress('a', { type: 'exercise-completed', ...ex('e') }, 9);
    const p = foldRoom(log.entries).learners.a!.exercises[exerciseKey(L1, 'e')]!;
    expect(p.goalsMet).toEqual(['g']);
    expect(p.completedAt).toBe(log.t0 + 3 * 60_000);
  });

  it('ignores entries it has already applied (a resumed stream replays the tail)', () => {
    const log = new LogBuilder().join('a', 'Ana').progress('a', { type: 'hint-revealed', ...ex('e') });
    const state = foldRoom(log.entries);
    applyEntry(state, log.entries[1]!);
    expect(state.learners.a!.exercises[exerciseKey(L1, 'e')]!.hints).toBe(1);
  });

  it('attributes failing commands to the current exercise and keeps only the last five', () => {
    const log = new LogBuilder().join('a', 'Ana').progress('a', { type: 'exercise-started', ...ex('e', L2) });
    for (let i = 0; i < 7; i++) log.progress('a', { type: 'command-failed', command: `docker rnu ${i}`, exitCode: 1 });
    const learner = foldRoom(log.entries).learners.a!;
    expect(learner.failures.map((f) => f.command)).toEqual(['docker rnu 2', 'docker rnu 3', 'docker rnu 4', 'docker rnu 5', 'docker rnu 6']);
    expect(learner.exercises[exerciseKey(L2, 'e')]!.failures).toBe(7);
  });

  it('records lessons, quiz answers by question (last answer wins) and the exam', () => {
    const log = new LogBuilder()
      .join('a', 'Ana')
      .progress('a', { type: 'lesson-completed', lesson: L1 })
      .progress('a', { type: 'lesson-completed', lesson: L1 })
      .progress('a', { type: 'quiz-answered', quiz: 'q1', question: 'x', correct: false })
      .progress('a', { type: 'quiz-answered', quiz: 'q1', question: 'x', correct: true })
      .progress('a', { type: 'quiz-answered', quiz: 'module-quiz', question: 'x', correct: true })
      .progress('a', { type: 'exam-submitted', score: 40, total: 55, passed: true });
    const learner = foldRoom(log.entries).learners.a!;
    expect(learner.lessonsCompleted).toEqual([L1]);
    expect(learner.quizAnswers).toEqual({ x: true }); // one question, however many quizzes it was answered in
    expect(learner.exam).toMatchObject({ score: 40, total: 55, passed: true });
  });

  it('drops progress of unknown learners instead of inventing rows', () => {
    const state = foldRoom(new LogBuilder().progress('ghost', { type: 'lesson-completed', lesson: L1 }).entries);
    expect(state.learnerOrder).toEqual([]);
  });

  it('runs a live quiz: answers while open (changeable), none after closing', () => {
    const log = new LogBuilder()
      .join('a', 'Ana')
      .join('b', 'Ben')
      .add({ kind: 'quiz-opened', quizId: 'quiz0001', prompt: 'Which flag publishes a port?', options: ['-p', '-v', '-e'], correct: 0 })
      .add({ kind: 'quiz-answer', learnerId: 'a', quizId: 'quiz0001', choice: 1 })
      .add({ kind: 'quiz-answer', learnerId: 'a', quizId: 'quiz0001', choice: 0 })
      .add({ kind: 'quiz-answer', learnerId: 'b', quizId: 'quiz0001', choice: 7 })
      .add({ kind: 'quiz-closed', quizId: 'quiz0001', correct: 0 })
      .add({ kind: 'quiz-answer', learnerId: 'b', quizId: 'quiz0001', choice: 2 });
    const state = foldRoom(log.entries);
    expect(state.quizzes[0]!.answers).toEqual({ a: 0 });
    expect(activeQuiz(state)).toBeNull();
  });

  it('opening a quiz closes the previous one; closing the room closes both', () => {
    const log = new LogBuilder()
      .add({ kind: 'quiz-opened', quizId: 'quiz0001', prompt: 'One?', options: ['a', 'b'], correct: null })
      .add({ kind: 'quiz-opened', quizId: 'quiz0002', prompt: 'Two?', options: ['a', 'b'], correct: null });
    const state = foldRoom(log.entries);
    expect(state.quizzes.map((q) => q.open)).toEqual([false, true]);
    expect(activeQuiz(state)?.prompt).toBe('Two?');
    applyEntry(state, { seq: 3, at: 0, data: { kind: 'closed' } });
    expect(state.closed).toBe(true);
    expect(activeQuiz(state)).toBeNull();
  });

  it('keeps the unlock count and the last broadcasts', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 25; i++) log.add({ kind: 'broadcast', style: i % 2 ? 'hint' : 'message', text: `m${i}` });
    log.add({ kind: 'unlocked', count: 3 });
    const state = foldRoom(log.entries, emptyRoom(1));
    expect(state.unlocked).toBe(3);
    expect(state.broadcasts).toHaveLength(20);
    expect(state.broadcasts[0]!.text).toBe('m5');
  });

  it('hides the right answer of an open quiz from learners', () => {
    const entry = { seq: 1, at: 0, data: { kind: 'quiz-opened' as const, quizId: 'quiz0001', prompt: '?', options: ['a', 'b'], correct: 1 } };
    expect(forLearner(entry).data).toMatchObject({ correct: null });
    expect(entry.data.correct).toBe(1);
  });

  it('is JSON round-trippable', () => {
    const log = new LogBuilder().join('a', 'Ana').progress('a', { type: 'exercise-started', ...ex('e') });
    const state = foldRoom(log.entries);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
