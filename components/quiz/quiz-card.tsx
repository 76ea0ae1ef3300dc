'use client';

import { useState, useSyncExternalStore, type FormEvent } from 'react';
import type { PaperItem } from '@/lib/quiz/exam';
import { isAnswered, type Response } from '@/lib/quiz/responses';
import type { QuizQuestion } from '@/lib/quiz/types';
import { gradeInBrowser, recordForReview, reportAnswer, type ClientVerdict } from './grade-client';
import { QuestionFeedback } from './question-feedback';
import { QuestionView } from './question-view';
import { report } from '@/components/workshop/reporter';

interface Props {
  question: QuizQuestion;
  item: PaperItem;
  /** "Question 2 of 5" */
  label: string;
  headingLevel?: 'h2' | 'h3' | 'h4';
  /** Which quiz this card belongs to, for workshop reports (`lesson.<module>.<lesson>`, `module.<module>`, `review`). */
  quizId: string;
  /** Called once per check (after recording the result for review). */
  onChecked?(id: string, verdict: ClientVerdict): void;
}

const noSubscription = () => () => {};

/** One practice question: answer, check, immediate feedback with the explanation; try again if you like. */
export function QuizCard({ question: q, item, label, headingLevel: Heading = 'h3', quizId, onChecked }: Props) {
  const [response, setResponse] = useState<Response | undefined>(undefined);
  const [verdict, setVerdict] = useState<ClientVerdict | null>(null);
  const [checking, setChecking] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const idBase = `q-${q.id}-${attempt}`;
  // The card is in the server HTML before its code arrives (a lazy chunk): its inputs stay disabled
  // until it is interactive, so an answer chosen early is never silently reset by hydration.
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);

  async function check(event: FormEvent) {
    event.preventDefault();
    if (checking || !isAnswered(response)) return;
    setChecking(true);
    const v = await gradeInBrowser(q, response).catch((): ClientVerdict => ({ status: 'ungradable', reason: 'The simulator failed to check this answer.' }));
    if (attempt === 0 && v.status !== 'ungradable') {
      // Stored before the feedback shows, so leaving the page right after cannot lose it.
      await recordForReview(q.id, v.status === 'correct');
      reportAnswer(quizId, q, v.status === 'correct');
    }
    setChecking(false);
    setVerdict(v);
    if (v.status !== 'ungradable') report({ type: 'quiz-answered', quiz: q.module, question: q.id, correct: v.status === 'correct', lesson: `${q.module}/${q.lesson}` });
    onChecked?.(q.id, v);
  }

  function retry() {
    setVerdict(null);
    setResponse(undefined);
    setAttempt((n) => n + 1);
  }

  return (
    <section className="quiz-card" aria-labelledby={`${idBase}-heading`} data-question={q.id}>
      <Heading id={`${idBase}-heading`} className="visually-hidden">
        {label}
      </Heading>
      <form onSubmit={check}>
        <QuestionView
          question={q}
          item={item}
          response={response}
          onChange={setResponse}
          disabled={!interactive || verdict !== null || checking}
          reveal={verdict !== null && verdict.status !== 'ungradable'}
          idBase={idBase}
          label={label}
        />
        <div className="quiz-actions">
          {verdict === null ? (
            <button type="submit" className="quiz-button" disabled={!isAnswered(response) || checking} aria-disabled={!isAnswered(response) || checking}>
              {checking ? 'Checking in the simulator…' : 'Check answer'}
            </button>
          ) : (
            <button type="button" className="quiz-button-secondary" onClick={retry}>
              Try again
            </button>
          )}
        </div>
      </form>
      <div role="status">{verdict && <QuestionFeedback question={q} verdict={verdict} />}</div>
    </section>
  );
}
