import { describe, expect, it } from 'vitest';
import type { ExamPaper } from './exam';
import { computeResult, UnknownQuestionError } from './exam-result';
import { examReducer, startExam } from './exam-session';
import { quizQuestion } from './test-helpers';
import type { QuizQuestion } from './types';

const questions: QuizQuestion[] = [
  quizQuestion({ id: 'n1', type: 'true-false', answer: true }, 'networking', 'Networking'),
  quizQuestion({ id: 'n2', type: 'single', options: ['a', 'b'], answer: 'B' }, 'networking', 'Networking'),
  quizQuestion({ id: 'd1', type: 'fill', prompt: 'Driver: ___', accept: ['local'] }, 'data', 'Data'),
  quizQuestion({ id: 'd2', type: 'command', solution: 'docker volume ls' }, 'data', 'Data'),
  quizQuestion({ id: 'd3', type: 'command', solution: 'docker volume ls' }, 'data', 'Data'),
];
const bank = new Map(questions.map((q) => [q.id, q]));
const paper: ExamPaper = { settings: { modules: [], count: 5, minutes: 10, seed: 's' }, items: questions.map((q) => ({ id: q.id })) };

function finished() {
  let s = startExam(paper, 0);
  s = examReducer(s, { type: 'answer', id: 'n1', response: { type: 'true-false', value: true }, now: 1000 });
  s = examReducer(s, { type: 'answer', id: 'n2', response: { type: 'single', choice: 0 }, now: 2000 });
  s = examReducer(s, { type: 'flag', id: 'n2', now: 2000 });
  s = examReducer(s, { type: 'answer', id: 'd1', response: { type: 'fill', text: 'Local' }, now: 3000 });
  s = examReducer(s, { type: 'answer', id: 'd2', response: { type: 'command', line: 'docker volume list' }, now: 4000 });
  return examReducer(s, { type: 'submit', now: 9000 });
}

describe('computeResult', () => {
  it('scores, passes or fails, and groups by topic in course order', () => {
    const r = computeResult(paper, bank, finished(), { d2: 'correct' });
    expect(r).toMatchObject({ correct: 3, total: 5, ungraded: 0, percent: 60, passed: false, passPercent: 70, auto: false });
    expect(r.perTopic).toEqual([
      { module: 'networking', title: 'Networking', correct: 1, total: 2, percent: 50 },
      { module: 'data', title: 'Data', correct: 2, total: 3, percent: 67 },
    ]);
  });

  it('keeps per-question verdict, answer, flag and time', () => {
    const r = computeResult(paper, bank, finished(), { d2: 'correct' });
    expect(r.items.map((i) => [i.id, i.verdict, i.answered, i.flagged])).toEqual([
      ['n1', 'correct', true, false],
      ['n2', 'wrong', true, true],
      ['d1', 'correct', true, false],
      ['d2', 'correct', true, false],
      ['d3', 'wrong', false, false],
    ]);
    expect(r.items[0]!.timeMs).toBe(9000);
    expect(r.items[1]!.response).toEqual({ type: 'single', choice: 0 });
  });

  it('leaves ungradable command answers out of the score', () => {
    const r = computeResult(paper, bank, finished(), { d2: 'ungraded' });
    expect(r).toMatchObject({ correct: 2, total: 4, ungraded: 1, percent: 50 });
  });

  it('passes at the threshold', () => {
    let s = finished();
    s = { ...s, answers: { ...s.answers, n2: { type: 'single', choice: 1 }, d3: { type: 'command', line: 'docker volume ls' } } };
    const r = computeResult(paper, bank, s, { d2: 'correct', d3: 'wrong' });
    expect(r).toMatchObject({ correct: 4, total: 5, percent: 80, passed: true });
  });

  it('refuses unsubmitted exams and unknown questions', () => {
    expect(() => computeResult(paper, bank, startExam(paper, 0))).toThrow('not been submitted');
    expect(() => computeResult({ ...paper, items: [{ id: 'gone' }] }, bank, finished())).toThrow(UnknownQuestionError);
  });
});
