import type { QuizQuestion } from '@/lib/quiz/types';
import type { ClientVerdict } from './grade-client';
import { ReadMore } from './read-more';
import { RichText } from './rich-text';

const TITLE: Record<ClientVerdict['status'], string> = {
  correct: 'Correct',
  wrong: 'Not quite',
  ungradable: 'Could not check this one',
};

/** What the learner sees after checking: verdict, why, and where the lesson explains it. */
export function QuestionFeedback({ question: q, verdict, showSource = true }: { question: QuizQuestion; verdict: ClientVerdict; showSource?: boolean }) {
  return (
    <div className="quiz-feedback" data-status={verdict.status}>
      <p className="quiz-feedback-title">
        {TITLE[verdict.status]}
        {verdict.reason && verdict.status !== 'correct' ? <span className="font-normal">. {verdict.reason}</span> : null}
      </p>
      {verdict.output ? (
        <>
          <p className="quiz-hint">Your command printed:</p>
          <pre className="quiz-code">{verdict.output}</pre>
        </>
      ) : null}
      <RichText text={q.explanation} className="quiz-explanation" />
      {showSource && <ReadMore source={q.source} />}
    </div>
  );
}
