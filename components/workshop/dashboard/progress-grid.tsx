import { type Cell, cellOf, type StuckFlag, exerciseColumns, learnersInOrder, summarise } from '@/lib/workshop/insights';
import type { RoomState } from '@/lib/workshop/room-state';
import { type LessonIndex, lessonTitle } from '../lesson-index';

const LOOK: Record<Cell['status'], { label: string; className: string; mark: string }> = {
  'not-started': { label: 'not started', className: 'bg-bg text-muted', mark: '·' },
  started: { label: 'started', className: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200', mark: '…' },
  partial: { label: 'partly done', className: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200', mark: '◐' },
  completed: { label: 'completed', className: 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200', mark: '✓' },
};

function CellView({ cell }: { cell: Cell }) {
  const look = LOOK[cell.status];
  const extra = [cell.goals ? `${cell.goalsMet}/${cell.goals} goals` : '', cell.hints ? `${cell.hints} hint${cell.hints > 1 ? 's' : ''}` : '', cell.solution ? 'solution seen' : '', cell.failures ? `${cell.failures} failed commands` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <td className={`border border-border px-2 py-1 text-center ${look.className}`} data-status={cell.status}>
      <span aria-hidden="true">{look.mark}</span>
      {cell.status === 'partial' && <span aria-hidden="true"> {cell.goalsMet}/{cell.goals}</span>}
      {cell.solution && <span aria-hidden="true"> S</span>}
      <span className="visually-hidden">
        {look.label}
        {extra ? `: ${extra}` : ''}
      </span>
    </td>
  );
}

/** Learners × exercises, with each learner's totals and stuck flags. */
export function ProgressGrid({ state, lessons, index, flags }: { state: RoomState; lessons: string[]; index: LessonIndex; flags: StuckFlag[] }) {
  const columns = exerciseColumns(state, lessons);
  const learners = learnersInOrder(state);
  if (learners.length === 0) return <p className="text-muted">Nobody has joined yet. Share the room code.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" aria-describedby="grid-legend">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-surface px-2 py-1 text-left">
              Learner
            </th>
            <th scope="col" className="px-2 py-1">Lessons</th>
            <th scope="col" className="px-2 py-1">Quiz</th>
            <th scope="col" className="px-2 py-1">Exam</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="max-w-[9rem] px-2 py-1 text-xs font-medium" title={`${lessonTitle(index, c.lesson)}: ${c.exercise}`}>
                {c.exercise}
                <span className="block font-normal text-muted">{lessonTitle(index, c.lesson)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {learners.map((l) => {
            const s = summarise(l);
            const mine = flags.filter((f) => f.learnerId === l.id);
            return (
              <tr key={l.id} data-learner={l.name}>
                <th scope="row" className="sticky left-0 whitespace-nowrap bg-surface px-2 py-1 text-left font-medium">
                  {l.name}
                  {mine.map((f) => (
                    <span key={f.reason} className="ml-2 rounded bg-red-700 px-1.5 text-xs font-semibold text-white">
                      {f.reason === 'slow' ? `stuck ${f.amount} min` : `${f.amount} errors`}
                    </span>
                  ))}
                </th>
                <td className="border border-border px-2 py-1 text-center">{s.lessonsCompleted}</td>
                <td className="border border-border px-2 py-1 text-center">{s.quizAnswered ? `${s.quizCorrect}/${s.quizAnswered}` : '–'}</td>
                <td className="border border-border px-2 py-1 text-center">{l.exam ? `${l.exam.score}/${l.exam.total}` : '–'}</td>
                {columns.map((c) => (
                  <CellView key={c.key} cell={cellOf(c, l.exercises[c.key])} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="grid-legend" className="mt-2 text-xs text-muted">
        ✓ completed · ◐ some goals met · … started · · not started · S solution revealed
      </p>
    </div>
  );
}
