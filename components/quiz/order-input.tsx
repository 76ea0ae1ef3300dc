'use client';

import { useState } from 'react';
import type { QuizQuestion } from '@/lib/quiz/types';
import { InlineText } from './rich-text';

interface Props {
  question: Extract<QuizQuestion, { type: 'order' }>;
  /** Current arrangement (authored step indexes). */
  order: readonly number[];
  onChange(order: number[]): void;
  disabled: boolean;
  reveal: boolean;
  labelledBy: string;
}

/** Put steps in order with Move up / Move down buttons (keyboard and screen-reader friendly). */
export function OrderInput({ question: q, order, onChange, disabled, reveal, labelledBy }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [step] = next.splice(from, 1);
    next.splice(to, 0, step!);
    onChange(next);
    setAnnouncement(`Moved "${q.steps[step!]}" to position ${to + 1} of ${order.length}.`);
  };
  return (
    <div>
      <p className="quiz-hint">Use the buttons to put the steps in order, first step at the top.</p>
      <ol aria-labelledby={labelledBy} className="quiz-steps">
        {order.map((step, position) => {
          const mark = reveal ? (step === position ? 'right' : 'wrong') : undefined;
          return (
            <li key={step} className="quiz-step" data-mark={mark}>
              <span className="quiz-step-text">
                <InlineText text={q.steps[step]!} />
              </span>
              {mark && <span className="quiz-mark">{mark === 'right' ? 'In the right place' : `Belongs at ${step + 1}`}</span>}
              {!disabled && (
                <span className="quiz-step-buttons">
                  <button type="button" onClick={() => move(position, position - 1)} disabled={position === 0} aria-label={`Move up: ${q.steps[step]}`}>
                    ↑
                  </button>
                  <button
                    type="button"
                    onClick={() => move(position, position + 1)}
                    disabled={position === order.length - 1}
                    aria-label={`Move down: ${q.steps[step]}`}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {reveal && !order.every((s, i) => s === i) && (
        <div className="quiz-correct-order">
          <p className="font-medium">The right order:</p>
          <ol>
            {q.steps.map((s, i) => (
              <li key={i}>
                <InlineText text={s} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
