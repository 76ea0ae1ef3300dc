'use client';

import { type FormEvent, useState } from 'react';
import { answerDistribution } from '@/lib/workshop/insights';
import { activeQuiz, type LiveQuiz, type RoomState } from '@/lib/workshop/room-state';
import { ApiError, workshopApi } from '../api';
import { Alert, Button, inputClass } from '../ui';

/** Answer distribution as horizontal bars; the numbers are in the text, the bars are decoration. */
export function DistributionChart({ quiz, learners }: { quiz: LiveQuiz; learners: number }) {
  const d = answerDistribution(quiz);
  return (
    <figure>
      <figcaption className="mb-2 text-sm text-muted" data-testid="answer-count">
        {d.total} of {learners} answered
      </figcaption>
      <ul className="space-y-1">
        {quiz.options.map((o, i) => {
          const share = d.total ? d.counts[i]! / d.total : 0;
          return (
            <li key={i} className="grid grid-cols-[minmax(6rem,auto)_1fr_3rem] items-center gap-2" data-testid="answer-bar">
              <span>
                {o}
                {quiz.correct === i && <span className="ml-1 text-sm text-green-700 dark:text-green-400">(right)</span>}
              </span>
              <span className="h-5 rounded bg-surface" aria-hidden="true">
                <span className="block h-5 rounded bg-accent" style={{ width: `${Math.round(share * 100)}%` }} />
              </span>
              <span className="text-right tabular-nums">{d.counts[i]}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/** Ask the class a question, watch answers come in, close it; earlier questions stay listed. */
export function LiveQuizPanel({ code, secret, state }: { code: string; secret: string; state: RoomState }) {
  const [error, setError] = useState<string | null>(null);
  const quiz = activeQuiz(state);
  const learners = state.learnerOrder.length;

  async function ask(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const options = String(data.get('options') ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const correct = data.get('correct') ? Number(data.get('correct')) - 1 : null;
    try {
      await workshopApi.openQuiz(code, secret, { prompt: String(data.get('prompt') ?? ''), options, correct });
      setError(null);
      form.reset();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }

  return (
    <div className="space-y-4">
      {error && <Alert>{error}</Alert>}
      {quiz ? (
        <div className="rounded-md border-2 border-accent p-3">
          <p className="mb-2 text-xl font-semibold" data-testid="live-prompt">
            {quiz.prompt}
          </p>
          <DistributionChart quiz={quiz} learners={learners} />
          <Button className="mt-3" onClick={() => workshopApi.closeQuiz(code, secret, quiz.id).catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)))}>
            Close the question
          </Button>
        </div>
      ) : (
        <form onSubmit={ask} aria-label="Ask a live question">
          <label htmlFor="quiz-prompt" className="mb-1 block font-medium">
            Question
          </label>
          <input id="quiz-prompt" name="prompt" required maxLength={300} className={inputClass} disabled={state.closed} />
          <label htmlFor="quiz-options" className="mt-3 mb-1 block font-medium">
            Options, one per line (2 to 6)
          </label>
          <textarea id="quiz-options" name="options" required rows={4} className={inputClass} disabled={state.closed} />
          <label htmlFor="quiz-correct" className="mt-3 mb-1 block font-medium">
            Number of the right option (optional)
          </label>
          <input id="quiz-correct" name="correct" type="number" min={1} max={6} className={`${inputClass} max-w-[6rem]`} disabled={state.closed} />
          <Button type="submit" className="mt-3" disabled={state.closed}>
            Ask the class
          </Button>
        </form>
      )}
      {state.quizzes.filter((q) => !q.open).length > 0 && (
        <details>
          <summary className="cursor-pointer font-medium">Earlier questions</summary>
          <ul className="mt-2 space-y-4">
            {state.quizzes
              .filter((q) => !q.open)
              .reverse()
              .map((q) => (
                <li key={q.id}>
                  <p className="font-medium">{q.prompt}</p>
                  <DistributionChart quiz={q} learners={learners} />
                </li>
              ))}
          </ul>
        </details>
      )}
    </div>
  );
}
