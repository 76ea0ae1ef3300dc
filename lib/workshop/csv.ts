/**
 * The results export: one row per learner, RFC 4180 quoting, and cells that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR at the start) prefixed with `'` — display names are learner input.
 */
import { cellOf, exerciseColumns, learnersInOrder, summarise } from './insights';
import type { RoomState } from './room-state';

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The header and rows of the results export, in dashboard order. */
export function resultsTable(state: RoomState, lessons: readonly string[]): Array<Array<string | number | boolean | null>> {
  const columns = exerciseColumns(state, lessons);
  const quizzes = state.quizzes;
  const header = [
    'name',
    'joined',
    'last_activity',
    'lessons_completed',
    'exercises_completed',
    'goals_met',
    'hints',
    'solutions_revealed',
    'quiz_answered',
    'quiz_correct',
    'exam_score',
    'exam_total',
    ...columns.map((c) => `exercise:${c.key}`),
    ...quizzes.map((q, i) => `live_quiz_${i + 1}`),
  ];
  const rows = learnersInOrder(state).map((l) => {
    const s = summarise(l);
    return [
      l.name,
      iso(l.joinedAt),
      iso(l.lastAt),
      s.lessonsCompleted,
      s.exercisesCompleted,
      s.goalsMet,
      s.hints,
      s.solutions,
      s.quizAnswered,
      s.quizCorrect,
      l.exam?.score ?? null,
      l.exam?.total ?? null,
      ...columns.map((c) => {
        const cell = cellOf(c, l.exercises[c.key]);
        return cell.status === 'partial' ? `partial ${cell.goalsMet}/${cell.goals}` : cell.status;
      }),
      ...quizzes.map((q) => {
        const choice = q.answers[l.id];
        if (choice === undefined) return null;
        const verdict = q.correct === null ? '' : choice === q.correct ? ' (correct)' : ' (wrong)';
        return `${q.options[choice] ?? choice}${verdict}`;
      }),
    ];
  });
  return [header, ...rows];
}

export function resultsCsv(state: RoomState, lessons: readonly string[]): string {
  return toCsv(resultsTable(state, lessons));
}

