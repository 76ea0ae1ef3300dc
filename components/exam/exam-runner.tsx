'use client';

import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { ExamPaper } from '@/lib/quiz/exam';
import { timeLeft, type ExamAction, type ExamState } from '@/lib/quiz/exam-session';
import { isAnswered } from '@/lib/quiz/responses';
import type { QuizQuestion } from '@/lib/quiz/types';
import { QuestionView } from '@/components/quiz/question-view';
import { ExamTimer } from './exam-timer';
import { QuestionNav } from './question-nav';

interface Props {
  paper: ExamPaper;
  bank: Map<string, QuizQuestion>;
  state: ExamState;
  dispatch: Dispatch<ExamAction>;
}

/** The exam while it runs: countdown, one question at a time, flags, navigation and submit. */
export function ExamRunner({ paper, bank, state, dispatch }: Props) {
  const [now, setNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      dispatch({ type: 'tick', now: t });
    }, 250);
    return () => clearInterval(timer);
  }, [dispatch]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [state.current]);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const item = paper.items[state.current]!;
  const q = bank.get(item.id)!;
  const flagged = state.flagged.includes(item.id);
  const total = paper.items.length;
  const go = (index: number) => {
    setConfirming(false);
    dispatch({ type: 'go', index, now: Date.now() });
  };
  const unanswered = paper.items.filter((i) => !isAnswered(state.answers[i.id])).length;

  return (
    <div className="exam-runner">
      <div className="exam-bar">
        <ExamTimer left={timeLeft(state, now)} total={state.deadline - state.startedAt} />
        <p className="text-sm text-muted">
          {total - unanswered} of {total} answered · {state.flagged.length} flagged
        </p>
      </div>
      <section aria-labelledby="exam-question-heading" className="quiz-card mt-4">
        <h2 id="exam-question-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          Question {state.current + 1} of {total}
          {flagged ? <span className="exam-flag-badge"> (flagged)</span> : null}
        </h2>
        <QuestionView
          key={item.id}
          question={q}
          item={item}
          response={state.answers[item.id]}
          onChange={(response) => dispatch({ type: 'answer', id: item.id, response, now: Date.now() })}
          idBase={`exam-${item.id}`}
        />
        <div className="quiz-actions">
          <button type="button" className="quiz-button-secondary" onClick={() => go(state.current - 1)} disabled={state.current === 0}>
            Previous
          </button>
          <button type="button" className="quiz-button-secondary" aria-pressed={flagged} onClick={() => dispatch({ type: 'flag', id: item.id, now: Date.now() })}>
            {flagged ? 'Unflag' : 'Flag for review'}
          </button>
          {state.current < total - 1 ? (
            <button type="button" className="quiz-button" onClick={() => go(state.current + 1)}>
              Next
            </button>
          ) : (
            <button type="button" className="quiz-button" onClick={() => setConfirming(true)}>
              Review and submit
            </button>
          )}
        </div>
      </section>
      <QuestionNav paper={paper} state={state} onGo={go} />
      <div className="mt-6">
        {confirming ? (
          <section aria-labelledby="confirm-title" className="exam-confirm">
            <h2 id="confirm-title" ref={confirmHeading} tabIndex={-1} className="text-lg font-semibold">
              Submit the exam?
            </h2>
            <p className="mt-1">
              {unanswered === 0 ? 'Every question has an answer.' : `${unanswered} question${unanswered === 1 ? ' has' : 's have'} no answer and will count as wrong.`}{' '}
              {state.flagged.length > 0 && `${state.flagged.length} flagged for review.`} You cannot change answers afterwards.
            </p>
            <div className="quiz-actions">
              <button type="button" className="quiz-button" onClick={() => dispatch({ type: 'submit', now: Date.now() })}>
                Submit now
              </button>
              <button type="button" className="quiz-button-secondary" onClick={() => setConfirming(false)}>
                Keep working
              </button>
            </div>
          </section>
        ) : (
          <button type="button" className="quiz-button-secondary" onClick={() => setConfirming(true)}>
            Submit the exam…
          </button>
        )}
      </div>
    </div>
  );
}
