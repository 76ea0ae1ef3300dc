import { describe, expect, it } from 'vitest';
import type { ExamPaper } from './exam';
import { examReducer, startExam, timeLeft, type ExamAction, type ExamState } from './exam-session';

const paper: ExamPaper = { settings: { modules: [], count: 3, minutes: 1, seed: 's' }, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
const T0 = 1_000_000;
const run = (actions: ExamAction[], state: ExamState = startExam(paper, T0)) => actions.reduce(examReducer, state);

describe('exam session', () => {
  it('starts on the first question with the full time', () => {
    const s = startExam(paper, T0);
    expect(s).toMatchObject({ current: 0, deadline: T0 + 60_000, submittedAt: null, answers: {}, flagged: [] });
    expect(timeLeft(s, T0 + 15_000)).toBe(45_000);
  });

  it('records answers, flags and time spent per question while navigating back and forth', () => {
    const s = run([
      { type: 'answer', id: 'a', response: { type: 'fill', text: 'x' }, now: T0 + 1000 },
      { type: 'go', index: 1, now: T0 + 5000 },
      { type: 'flag', id: 'b', now: T0 + 6000 },
      { type: 'go', index: 0, now: T0 + 8000 },
      { type: 'go', index: 2, now: T0 + 10_000 },
      { type: 'flag', id: 'b', now: T0 + 11_000 },
      { type: 'flag', id: 'c', now: T0 + 11_000 },
      { type: 'submit', now: T0 + 20_000 },
    ]);
    expect(s.answers).toEqual({ a: { type: 'fill', text: 'x' } });
    expect(s.flagged).toEqual(['c']);
    expect(s.spent).toEqual({ a: 7000, b: 3000, c: 10_000 });
    expect(s).toMatchObject({ submittedAt: T0 + 20_000, auto: false });
  });

  it('auto-submits when time runs out, counting time only up to the deadline', () => {
    const s = run([
      { type: 'go', index: 1, now: T0 + 10_000 },
      { type: 'tick', now: T0 + 59_999 },
    ]);
    expect(s.submittedAt).toBeNull();
    const done = examReducer(s, { type: 'tick', now: T0 + 75_000 });
    expect(done).toMatchObject({ submittedAt: T0 + 60_000, auto: true, spent: { a: 10_000, b: 50_000 } });
    expect(timeLeft(done, T0 + 75_000)).toBe(0);
  });

  it('an answer arriving after the deadline submits instead of counting', () => {
    const s = run([{ type: 'answer', id: 'a', response: { type: 'fill', text: 'late' }, now: T0 + 61_000 }]);
    expect(s).toMatchObject({ auto: true, answers: {} });
  });

  it('ignores everything once submitted, and unknown ids or out-of-range moves', () => {
    const submitted = run([{ type: 'submit', now: T0 + 1000 }]);
    expect(examReducer(submitted, { type: 'answer', id: 'a', response: { type: 'fill', text: 'x' }, now: T0 + 2000 })).toBe(submitted);
    const s = run([
      { type: 'answer', id: 'zzz', response: { type: 'fill', text: 'x' }, now: T0 + 1 },
      { type: 'go', index: 99, now: T0 + 2 },
    ]);
    expect(s.answers).toEqual({});
    expect(s.current).toBe(2);
  });
});
