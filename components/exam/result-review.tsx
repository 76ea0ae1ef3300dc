import type { PaperItem } from '@/lib/quiz/exam';
import type { ResultItem } from '@/lib/quiz/exam-result';
import { formatDuration } from '@/lib/quiz/format';
import type { QuizQuestion } from '@/lib/quiz/types';
import { QuestionView } from '@/components/quiz/question-view';
import { ReadMore } from '@/components/quiz/read-more';
import { RichText } from '@/components/quiz/rich-text';

const VERDICT = { correct: 'Right', wrong: 'Wrong', ungraded: 'Not checked' } as const;

const noop = () => undefined;

/** Every question of a submitted exam: the learner's answer, the right one, the explanation, the time taken. */
export function ResultReview({ items, paperItems, bank }: { items: ResultItem[]; paperItems: PaperItem[]; bank: Map<string, QuizQuestion> }) {
  return (
    <ol className="exam-review space-y-6">
      {items.map((item, i) => {
        const q = bank.get(item.id);
        if (!q) {
          return (
            <li key={item.id} className="quiz-card">
              Question {i + 1} is no longer in the question bank.
            </li>
          );
        }
        const shown = paperItems.find((p) => p.id === item.id) ?? { id: item.id };
        return (
          <li key={item.id} className="quiz-card exam-review-item" data-verdict={item.verdict}>
            <h3 className="text-base font-semibold">
              Question {i + 1}: <span className="exam-verdict">{VERDICT[item.verdict]}</span>
              <span className="text-sm font-normal text-muted">
                {' '}
                · {formatDuration(item.timeMs)}
                {item.flagged ? ' · flagged' : ''}
                {item.answered ? '' : ' · not answered'}
              </span>
            </h3>
            <QuestionView
              question={q}
              item={shown}
              response={item.response ?? undefined}
              onChange={noop}
              disabled
              reveal
              idBase={`review-${item.id}`}
              label={q.source.moduleTitle}
            />
            {q.type === 'command' && item.response?.type === 'command' && item.response.line && (
              <p className="mt-2 text-sm">
                You typed: <code>{item.response.line}</code>
              </p>
            )}
            {item.verdict === 'ungraded' && <p className="mt-2 text-sm">The simulator could not check this command, so it does not count.</p>}
            <div className="quiz-feedback" data-status={item.verdict === 'ungraded' ? 'ungradable' : item.verdict}>
              <RichText text={q.explanation} className="quiz-explanation" />
              <ReadMore source={q.source} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
