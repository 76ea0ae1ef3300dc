import { describe, expect, it } from 'vitest';
import { csvCell, resultsCsv, toCsv } from './csv';
import { foldRoom } from './room-state';
import { L1, LogBuilder } from './fixtures.test-helper';

describe('csv', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 3, null]])).toBe('"a,b","say ""hi""","two\nlines",3,\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });

  it('exports one row per learner with exercise statuses and live quiz answers', () => {
    const log = new LogBuilder()
      .join('a', 'Ana, the 1st', 0)
      .join('b', '=cmd', 1)
      .progress('a', { type: 'exercise-started', lesson: L1, exercise: 'e', goals: ['g1', 'g2'] }, 2)
      .progress('a', { type: 'exercise-goal-met', lesson: L1, exercise: 'e', goal: 'g1' }, 3)
      .progress('b', { type: 'exercise-goal-met', lesson: L1, exercise: 'e', goal: 'g1' }, 3)
      .progress('b', { type: 'exercise-completed', lesson: L1, exercise: 'e' }, 4)
      .progress('b', { type: 'exam-submitted', score: 30, total: 40 }, 5)
      .add({ kind: 'quiz-opened', quizId: 'quiz0001', prompt: 'Port flag?', options: ['-p', '-v'], correct: 0 }, 6)
      .add({ kind: 'quiz-answer', learnerId: 'a', quizId: 'quiz0001', choice: 1 }, 7)
      .add({ kind: 'quiz-answer', learnerId: 'b', quizId: 'quiz0001', choice: 0 }, 7);
    const lines = resultsCsv(foldRoom(log.entries), [L1]).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'name,joined,last_activity,lessons_completed,exercises_completed,goals_met,hints,solutions_revealed,quiz_answered,quiz_correct,exam_score,exam_total,exercise:01-what-is-docker/01-containers-vs-vms#e,live_quiz_1',
    );
    expect(lines[1]).toBe(`"Ana, the 1st",2025-01-06T09:00:00.000Z,2025-01-06T09:03:00.000Z,0,0,1,0,0,0,0,,,partial 1/2,'-v (wrong)`);
    expect(lines[2]).toBe("'=cmd,2025-01-06T09:01:00.000Z,2025-01-06T09:05:00.000Z,0,1,1,0,0,0,0,30,40,completed,'-p (correct)");
    expect(lines).toHaveLength(3);
  });
});
