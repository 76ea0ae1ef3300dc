'use client';

import { correctOptions } from '@/lib/quiz/grade';
import type { Response } from '@/lib/quiz/responses';
import type { QuizQuestion } from '@/lib/quiz/types';
import { InlineText } from './rich-text';

type ChoiceQuestion = Extract<QuizQuestion, { type: 'single' | 'multiple' | 'output' | 'true-false' }>;

interface Props {
  question: ChoiceQuestion;
  /** Authored option indexes in the order to show them. */
  order?: readonly number[];
  response: Response | undefined;
  onChange(response: Response): void;
  disabled: boolean;
  reveal: boolean;
  name: string;
  labelledBy: string;
}

function labels(q: ChoiceQuestion): string[] {
  return q.type === 'true-false' ? ['True', 'False'] : q.options;
}

function selected(q: ChoiceQuestion, r: Response | undefined): number[] {
  if (!r) return [];
  if (r.type === 'multiple') return r.choices;
  if (r.type === 'true-false') return r.value === null ? [] : [r.value ? 0 : 1];
  if (r.type === 'single' || r.type === 'output') return r.choice === null ? [] : [r.choice];
  return [];
}

function correct(q: ChoiceQuestion): number[] {
  return q.type === 'true-false' ? [q.answer ? 0 : 1] : correctOptions(q);
}

function respond(q: ChoiceQuestion, index: number, checked: boolean, current: number[]): Response {
  switch (q.type) {
    case 'true-false':
      return { type: 'true-false', value: index === 0 };
    case 'multiple': {
      const set = new Set(current);
      if (checked) set.add(index);
      else set.delete(index);
      return { type: 'multiple', choices: [...set].sort((a, b) => a - b) };
    }
    default:
      return { type: q.type, choice: index };
  }
}

/** Radio buttons (one answer) or checkboxes (several) for choice, output and true/false questions. */
export function ChoiceInput({ question: q, order, response, onChange, disabled, reveal, name, labelledBy }: Props) {
  const texts = labels(q);
  const shown = order ?? texts.map((_, i) => i);
  const chosen = selected(q, response);
  const right = correct(q);
  const multiple = q.type === 'multiple';
  return (
    <div role={multiple ? 'group' : 'radiogroup'} aria-labelledby={labelledBy} className="quiz-options">
      {multiple && <p className="quiz-hint">Select all that apply.</p>}
      {shown.map((index) => {
        const isChosen = chosen.includes(index);
        const isRight = right.includes(index);
        const mark = reveal ? (isRight ? 'right' : isChosen ? 'wrong' : undefined) : undefined;
        return (
          <label key={index} className="quiz-option" data-chosen={isChosen || undefined} data-mark={mark}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              checked={isChosen}
              disabled={disabled}
              onChange={(e) => onChange(respond(q, index, e.target.checked, chosen))}
            />
            <span className="quiz-option-text">
              {q.type === 'output' ? <pre className="quiz-code">{texts[index]}</pre> : <InlineText text={texts[index]!} />}
            </span>
            {mark === 'right' && <span className="quiz-mark">{isChosen ? 'Your answer, correct' : 'Correct answer'}</span>}
            {mark === 'wrong' && <span className="quiz-mark">Your answer</span>}
          </label>
        );
      })}
    </div>
  );
}
