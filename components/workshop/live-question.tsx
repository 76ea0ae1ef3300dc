'use client';

import { useState } from 'react';
import type { LiveQuiz } from '@/lib/workshop/room-state';
import { ApiError } from './api';

/** The live class question on a learner's screen: pick an option (changeable until it closes). */
export function LiveQuestion({ quiz, learnerId, onAnswer, compact = false }: { quiz: LiveQuiz; learnerId: string; onAnswer(quizId: string, choice: number): Promise<void>; compact?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const mine = quiz.answers[learnerId];
  return (
    <section aria-labelledby={`q-${quiz.id}`} className={compact ? '' : 'rounded-lg border-2 border-accent p-4'}>
      <h3 id={`q-${quiz.id}`} className="font-semibold">
        {quiz.open ? 'Live question: ' : 'Question closed: '}
        {quiz.prompt}
      </h3>
      <ul className="mt-2 flex flex-wrap gap-2" role="list">
        {quiz.options.map((option, i) => {
          const chosen = mine === i;
          const right = !quiz.open && quiz.correct === i;
          return (
            <li key={i}>
              <button
                type="button"
                disabled={!quiz.open}
                aria-pressed={chosen}
                onClick={() => onAnswer(quiz.id, i).then(() => setError(null), (e: unknown) => setError(e instanceof ApiError ? e.message : 'Could not send your answer.'))}
                className={`rounded-md border px-3 py-1.5 ${chosen ? 'border-accent bg-accent text-accent-fg' : 'border-border bg-bg'} ${right ? 'ring-2 ring-green-600' : ''}`}
              >
                {option}
                {right ? ' (right answer)' : ''}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="mt-1 text-sm text-muted" role="status">
        {error ?? (mine === undefined ? (quiz.open ? 'Choose an answer.' : '') : quiz.open ? 'Answer sent. You can change it until the question closes.' : '')}
      </p>
    </section>
  );
}
