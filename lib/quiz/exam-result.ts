/**
 * Scoring a submitted exam: overall score, pass/fail, score per topic (module) and, per question, the
 * verdict, the learner's answer and the time spent. Command answers are graded beforehand by the
 * caller (they need the simulator) and passed in as verdicts.
 */
import type { ExamPaper, ExamSettings } from './exam';
import { PASS_PERCENT } from './exam';
import type { ExamState } from './exam-session';
import { gradeResponse } from './grade';
import { isAnswered, type Response } from './responses';
import type { QuizQuestion } from './types';

/** `ungraded`: a command question the simulator could not check; it counts neither way. */
export type Verdict = 'correct' | 'wrong' | 'ungraded';

export interface ResultItem {
  id: string;
  module: string;
  verdict: Verdict;
  answered: boolean;
  response: Response | null;
  timeMs: number;
  flagged: boolean;
}

export interface TopicScore {
  module: string;
  title: string;
  correct: number;
  total: number;
  percent: number;
}

export interface ExamResult {
  settings: ExamSettings;
  startedAt: number;
  submittedAt: number;
  auto: boolean;
  correct: number;
  /** Graded questions (ungraded ones left out). */
  total: number;
  ungraded: number;
  percent: number;
  passed: boolean;
  passPercent: number;
  perTopic: TopicScore[];
  items: ResultItem[];
}

const percentOf = (correct: number, total: number) => (total === 0 ? 0 : Math.round((correct / total) * 100));

export class UnknownQuestionError extends Error {
  constructor(readonly id: string) {
    super(`question "${id}" is not in the bank`);
    this.name = 'UnknownQuestionError';
  }
}

export function computeResult(
  paper: ExamPaper,
  bank: ReadonlyMap<string, QuizQuestion>,
  state: ExamState,
  commandVerdicts: Readonly<Record<string, Verdict>> = {},
): ExamResult {
  if (state.submittedAt === null) throw new Error('the exam has not been submitted');
  const items = paper.items.map((item): ResultItem => {
    const q = bank.get(item.id);
    if (!q) throw new UnknownQuestionError(item.id);
    const response = state.answers[item.id] ?? null;
    const answered = isAnswered(response ?? undefined);
    let verdict: Verdict;
    if (!answered) verdict = 'wrong';
    else if (q.type === 'command') verdict = commandVerdicts[item.id] ?? 'ungraded';
    else verdict = gradeResponse(q, response ?? undefined) ? 'correct' : 'wrong';
    return {
      id: item.id,
      module: q.module,
      verdict,
      answered,
      response,
      timeMs: state.spent[item.id] ?? 0,
      flagged: state.flagged.includes(item.id),
    };
  });
  const topics = new Map<string, TopicScore>();
  for (const item of items) {
    if (item.verdict === 'ungraded') continue;
    const t = topics.get(item.module) ?? { module: item.module, title: bank.get(item.id)!.source.moduleTitle, correct: 0, total: 0, percent: 0 };
    t.total += 1;
    if (item.verdict === 'correct') t.correct += 1;
    topics.set(item.module, t);
  }
  const order = [...new Set([...bank.values()].map((q) => q.module))];
  const perTopic = [...topics.values()]
    .map((t) => ({ ...t, percent: percentOf(t.correct, t.total) }))
    .sort((a, b) => order.indexOf(a.module) - order.indexOf(b.module));
  const correct = items.filter((i) => i.verdict === 'correct').length;
  const ungraded = items.filter((i) => i.verdict === 'ungraded').length;
  const total = items.length - ungraded;
  const percent = percentOf(correct, total);
  return {
    settings: paper.settings,
    startedAt: state.startedAt,
    submittedAt: state.submittedAt,
    auto: state.auto,
    correct,
    total,
    ungraded,
    percent,
    passed: total > 0 && percent >= PASS_PERCENT,
    passPercent: PASS_PERCENT,
    perTopic,
    items,
  };
}
