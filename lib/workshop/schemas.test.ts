import { describe, expect, it } from 'vitest';
import { WorkshopError } from './errors';
import { eventBatchSchema } from './events';
import { nameKey } from './names';
import { createWorkshopSchema, joinSchema, openQuizSchema, parseInput, rejoinSchema } from './schemas';

function problem(fn: () => unknown): WorkshopError {
  try {
    fn();
  } catch (e) {
    if (e instanceof WorkshopError) return e;
    throw e;
  }
  throw new Error('expected a WorkshopError');
}

describe('input schemas', () => {
  it('normalises a join: code as typed, name trimmed and collapsed', () => {
    expect(parseInput(joinSchema, { code: 'abc-def', name: '  Ana   Lima ' })).toEqual({ code: 'ABCDEF', name: 'Ana Lima' });
  });

  it('names the field and the problem', () => {
    const e = problem(() => parseInput(joinSchema, { code: 'abc', name: '' }));
    expect(e.code).toBe('invalid');
    expect(e.fields).toEqual({ code: 'a room code has 6 letters and digits, like ABCD23', name: 'enter a display name' });
    expect(e.message).toBe('code: a room code has 6 letters and digits, like ABCD23; name: enter a display name');
  });

  it('rejects long names and invisible characters, treats case and width as the same name', () => {
    expect(problem(() => parseInput(joinSchema, { code: 'ABCDEF', name: 'x'.repeat(41) })).fields.name).toBe('at most 40 characters');
    expect(problem(() => parseInput(joinSchema, { code: 'ABCDEF', name: 'Ana\u200b' })).fields.name).toMatch(/letters/);
    expect(nameKey('ＡＮＡ')).toBe(nameKey(' ana'));
  });

  it('rejects unknown fields (strict objects)', () => {
    expect(problem(() => parseInput(joinSchema, { code: 'ABCDEF', name: 'Ana', admin: true })).code).toBe('invalid');
  });

  it('checks rejoin codes by length and alphabet', () => {
    expect(parseInput(rejoinSchema, { code: 'ABCDEF', name: 'Ana', rejoinCode: 'abcd-2345' }).rejoinCode).toBe('ABCD2345');
    expect(problem(() => parseInput(rejoinSchema, { code: 'ABCDEF', name: 'Ana', rejoinCode: 'ABCD0000' })).fields.rejoinCode).toBeDefined();
  });

  it('validates a new workshop: lessons as module/lesson keys, no duplicates, flags default off', () => {
    expect(parseInput(createWorkshopSchema, { title: ' Intro ', lessons: ['01-a/01-b'] })).toEqual({ title: 'Intro', lessons: ['01-a/01-b'], quizzes: false, exam: false });
    expect(problem(() => parseInput(createWorkshopSchema, { title: 'x', lessons: ['01-a/01-b', '01-a/01-b'] })).fields.lessons).toBe('a lesson is listed twice');
    expect(problem(() => parseInput(createWorkshopSchema, { title: 'x', lessons: ['../etc/passwd'] })).fields['lessons.0']).toMatch(/module-slug/);
    expect(problem(() => parseInput(createWorkshopSchema, { title: '', lessons: [] })).fields).toMatchObject({ title: 'give the workshop a title', lessons: 'choose at least one lesson or module' });
  });

  it('requires the right answer of a live quiz to be one of its options', () => {
    expect(parseInput(openQuizSchema, { prompt: 'Q?', options: ['a', 'b'] }).correct).toBeNull();
    expect(problem(() => parseInput(openQuizSchema, { prompt: 'Q?', options: ['a', 'b'], correct: 2 })).fields.correct).toMatch(/not one of the options/);
    expect(problem(() => parseInput(openQuizSchema, { prompt: 'Q?', options: ['a'] })).fields.options).toMatch(/two options/);
  });

  it('accepts every learner event type and refuses malformed ones', () => {
    const at = 1_700_000_000_000;
    const events = [
      { type: 'exercise-started', lesson: 'a/b', exercise: 'e1', goals: ['g'] },
      { type: 'exercise-goal-met', lesson: 'a/b', exercise: 'e1', goal: 'g' },
      { type: 'exercise-completed', lesson: 'a/b', exercise: 'e1' },
      { type: 'hint-revealed', lesson: 'a/b', exercise: 'e1', hint: 0 },
      { type: 'solution-revealed', lesson: 'a/b', exercise: 'e1' },
      { type: 'lesson-completed', lesson: 'a/b' },
      { type: 'quiz-answered', quiz: 'q', question: 'q1', correct: true },
      { type: 'exam-submitted', score: 3, total: 5 },
      { type: 'command-failed', command: 'docker rnu', exitCode: 1 },
    ];
    const batch = { events: events.map((event, i) => ({ id: `abcdefgh${i}`, at, event })) };
    expect(eventBatchSchema.safeParse(batch).success).toBe(true);
    for (const bad of [
      { type: 'lesson-completed', lesson: 'no-slash' },
      { type: 'command-failed', command: 'x', exitCode: 0 },
      { type: 'exam-submitted', score: 3, total: 0 },
      { type: 'made-up' },
    ]) {
      expect(eventBatchSchema.safeParse({ events: [{ id: 'abcdefgh', at, event: bad }] }).success).toBe(false);
    }
    expect(eventBatchSchema.safeParse({ events: [{ id: 'short', at, event: events[5] }] }).success).toBe(false);
  });
});
