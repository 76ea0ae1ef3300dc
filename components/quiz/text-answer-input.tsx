'use client';

import type { QuizQuestion } from '@/lib/quiz/types';
import { InlineText } from './rich-text';

interface Props {
  question: Extract<QuizQuestion, { type: 'fill' | 'command' }>;
  value: string;
  onChange(value: string): void;
  disabled: boolean;
  reveal: boolean;
  id: string;
}

/** A one-line answer: the word for a blank, or a command line typed at a `$` prompt. */
export function TextAnswerInput({ question: q, value, onChange, disabled, reveal, id }: Props) {
  const command = q.type === 'command';
  return (
    <div className="quiz-text-answer">
      <label htmlFor={id} className="quiz-hint">
        {command ? 'Your command' : 'Your answer for the blank'}
      </label>
      <div className="quiz-text-row" data-command={command || undefined}>
        {command && (
          <span aria-hidden="true" className="quiz-prompt-sign">
            $
          </span>
        )}
        <input
          id={id}
          type="text"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          className={command ? 'font-mono' : undefined}
        />
      </div>
      {reveal &&
        (command ? (
          <p className="quiz-solution">
            A right answer: <code>{q.solution}</code>
            {q.accept.length > 0 && (
              <>
                {' '}
                (also right, for example: <InlineText text={q.accept.map((a) => `\`${a}\``).join(', ')} />)
              </>
            )}
          </p>
        ) : (
          <p className="quiz-solution">
            Accepted: <InlineText text={q.accept.map((a) => `\`${a}\``).join(', ')} />
          </p>
        ))}
    </div>
  );
}
