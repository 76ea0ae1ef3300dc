'use client';

import { useState } from 'react';
import type { LabelledGoal } from '@/lib/check/spec/types';
import { InlineCode } from './inline-code';
import type { GoalResult } from './protocol';

interface Props {
  exerciseId: string;
  goals: readonly LabelledGoal[];
  results: ReadonlyMap<string, GoalResult>;
  onAnswer: (goal: string, value: string) => void;
}

/** Each goal with ✓ or ✗; `data-goal` / `data-state` say what is graded, for tests and assistive tech. */
export function GoalList({ exerciseId, goals, results, onAnswer }: Props) {
  return (
    <ul className="exercise-goals" aria-label="Goals">
      {goals.map((goal) => {
        const result = results.get(goal.id);
        const met = result?.met === true;
        return (
          <li key={goal.id} data-goal={goal.id} data-state={met ? 'met' : 'unmet'}>
            <span className="exercise-mark" aria-hidden="true">
              {met ? '✓' : '✗'}
            </span>
            <span className="visually-hidden">{met ? 'Met: ' : 'Not met yet: '}</span>
            <span>
              <InlineCode text={goal.label} />
              {!met && result?.detail && (
                <span className="exercise-detail">
                  {' '}
                  (<InlineCode text={result.detail} />)
                </span>
              )}
              {goal.type === 'answer' && <AnswerField id={`${exerciseId}-${goal.id}`} onAnswer={(v) => onAnswer(goal.id, v)} />}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function AnswerField({ id, onAnswer }: { id: string; onAnswer: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      className="exercise-answer"
      onSubmit={(e) => {
        e.preventDefault();
        onAnswer(value);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Your answer
      </label>
      <input id={id} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" spellCheck={false} placeholder="Your answer" />
      <button type="submit" className="exercise-button">
        Submit answer
      </button>
    </form>
  );
}
