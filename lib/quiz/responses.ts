/**
 * What a learner answered, per question type, as plain data (kept in exam state and history).
 * Option and step numbers always refer to the AUTHORED order, whatever order they were shown in.
 */
import type { Question } from './types';

export type Response =
  | { type: 'single' | 'output'; choice: number | null }
  | { type: 'multiple'; choices: number[] }
  | { type: 'true-false'; value: boolean | null }
  /** The learner's order, as authored step indexes (authored order = correct order). */
  | { type: 'order'; order: number[] }
  | { type: 'fill'; text: string }
  | { type: 'command'; line: string };

/** The empty response a question starts with; `order` starts in the order it is shown. */
export function emptyResponse(q: Question, shownOrder?: readonly number[]): Response {
  switch (q.type) {
    case 'single':
    case 'output':
      return { type: q.type, choice: null };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'true-false':
      return { type: 'true-false', value: null };
    case 'order':
      return { type: 'order', order: shownOrder ? [...shownOrder] : q.steps.map((_, i) => i) };
    case 'fill':
      return { type: 'fill', text: '' };
    case 'command':
      return { type: 'command', line: '' };
  }
}

/**
 * Whether the learner has given an answer. Responses are only stored once the learner interacts, so
 * an `order` response counts as soon as it exists (its shown arrangement is itself an answer).
 */
export function isAnswered(r: Response | undefined): boolean {
  if (!r) return false;
  switch (r.type) {
    case 'single':
    case 'output':
      return r.choice !== null;
    case 'multiple':
      return r.choices.length > 0;
    case 'true-false':
      return r.value !== null;
    case 'order':
      return true;
    case 'fill':
      return r.text.trim() !== '';
    case 'command':
      return r.line.trim() !== '';
  }
}
