'use client';

import type { ReactNode } from 'react';
import type { PaperItem } from '@/lib/quiz/exam';
import type { Response } from '@/lib/quiz/responses';
import type { QuizQuestion } from '@/lib/quiz/types';
import { ChoiceInput } from './choice-input';
import { OrderInput } from './order-input';
import { RichText } from './rich-text';
import { TextAnswerInput } from './text-answer-input';

export interface QuestionViewProps {
  question: QuizQuestion;
  /** Shown order of options/steps. */
  item: PaperItem;
  response: Response | undefined;
  onChange(response: Response): void;
  disabled?: boolean;
  /** Mark right and wrong choices and show the right answer. */
  reveal?: boolean;
  /** Unique per rendered question (ids and radio names). */
  idBase: string;
  /** Rendered before the prompt (e.g. "Question 3 of 20"). */
  label?: ReactNode;
}

const TYPE_LABEL: Record<QuizQuestion['type'], string> = {
  single: 'Choose one',
  multiple: 'Choose all that apply',
  'true-false': 'True or false',
  order: 'Put in order',
  fill: 'Fill in the blank',
  output: 'Predict the output',
  command: 'Type the command',
};

/** A question's prompt and its answer control, for any question type. */
export function QuestionView({ question: q, item, response, onChange, disabled = false, reveal = false, idBase, label }: QuestionViewProps) {
  const promptId = `${idBase}-prompt`;
  let input: ReactNode;
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'output':
    case 'true-false':
      input = (
        <ChoiceInput
          question={q}
          order={item.optionOrder}
          response={response}
          onChange={onChange}
          disabled={disabled}
          reveal={reveal}
          name={`${idBase}-choice`}
          labelledBy={promptId}
        />
      );
      break;
    case 'order': {
      const order = response?.type === 'order' ? response.order : (item.stepOrder ?? q.steps.map((_, i) => i));
      input = (
        <OrderInput question={q} order={order} onChange={(o) => onChange({ type: 'order', order: o })} disabled={disabled} reveal={reveal} labelledBy={promptId} />
      );
      break;
    }
    case 'fill':
    case 'command': {
      const value = response?.type === 'fill' ? response.text : response?.type === 'command' ? response.line : '';
      const change = (v: string) => onChange(q.type === 'fill' ? { type: 'fill', text: v } : { type: 'command', line: v });
      input = <TextAnswerInput question={q} value={value} onChange={change} disabled={disabled} reveal={reveal} id={`${idBase}-text`} />;
      break;
    }
  }
  return (
    <div className="quiz-question" data-type={q.type}>
      <p className="quiz-kind">
        {label}
        {label ? ' · ' : ''}
        {TYPE_LABEL[q.type]}
      </p>
      <RichText text={q.prompt} id={promptId} className="quiz-prompt" />
      {q.type === 'output' && (
        <pre className="quiz-code" aria-label="Command">
          <code>$ {q.command}</code>
        </pre>
      )}
      {input}
    </div>
  );
}
