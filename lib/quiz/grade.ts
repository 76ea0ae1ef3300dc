/**
 * Grading of every question type except `command` (which runs the simulator: grade-command.ts).
 * Pure and synchronous; client components call it directly.
 */
import { letterIndex } from './letters';
import type { Response } from './responses';
import type { Question } from './types';

/** Normalised text for fill-in answers: spacing, wrapping quotes/backticks and (by default) case don't matter. */
export function normaliseFill(text: string, caseSensitive = false): string {
  let t = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  for (;;) {
    const m = /^(["'`])(.*)\1$/.exec(t);
    if (!m) break;
    t = m[2]!.trim();
  }
  t = t.replace(/[.;]$/, '').trim();
  return caseSensitive ? t : t.toLowerCase();
}

/** The indexes of the correct options of a choice question. */
export function correctOptions(q: Extract<Question, { type: 'single' | 'output' | 'multiple' }>): number[] {
  return (Array.isArray(q.answer) ? q.answer : [q.answer]).map(letterIndex).sort((a, b) => a - b);
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sa = new Set(a);
  return sa.size === b.length && sa.size === a.length && b.every((x) => sa.has(x));
}

export class ResponseMismatchError extends Error {
  constructor(questionId: string, expected: string, got: string) {
    super(`question "${questionId}" is a ${expected} question but got a ${got} response`);
    this.name = 'ResponseMismatchError';
  }
}

/**
 * True when the response is right. A missing or empty response is wrong. `command` questions can't
 * be graded here (they need the simulator) and throw.
 */
export function gradeResponse(q: Question, r: Response | undefined): boolean {
  if (!r) return false;
  const kind = q.type === 'output' ? 'single' : q.type;
  const got = r.type === 'output' ? 'single' : r.type;
  if (kind !== got) throw new ResponseMismatchError(q.id, q.type, r.type);
  switch (q.type) {
    case 'single':
    case 'output':
      return (r as { choice: number | null }).choice === letterIndex(q.answer);
    case 'multiple':
      return sameSet((r as { choices: number[] }).choices, correctOptions(q));
    case 'true-false':
      return (r as { value: boolean | null }).value === q.answer;
    case 'order': {
      const order = (r as { order: number[] }).order;
      return order.length === q.steps.length && order.every((step, i) => step === i);
    }
    case 'fill': {
      const given = normaliseFill((r as { text: string }).text, q.caseSensitive);
      return given !== '' && q.accept.some((a) => normaliseFill(a, q.caseSensitive) === given);
    }
    case 'command':
      throw new Error(`question "${q.id}" is graded by the simulator: use gradeCommand`);
  }
}

/** A correct response for a question (the bank tests feed it back to the grader; the review shows it). */
export function correctResponse(q: Question): Response {
  switch (q.type) {
    case 'single':
    case 'output':
      return { type: q.type, choice: letterIndex(q.answer) };
    case 'multiple':
      return { type: 'multiple', choices: correctOptions(q) };
    case 'true-false':
      return { type: 'true-false', value: q.answer };
    case 'order':
      return { type: 'order', order: q.steps.map((_, i) => i) };
    case 'fill':
      return { type: 'fill', text: q.accept[0]! };
    case 'command':
      return { type: 'command', line: q.solution };
  }
}
