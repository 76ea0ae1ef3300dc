/**
 * A running exam as a pure reducer: answers, flags, navigation, time spent per question, and the
 * countdown that auto-submits. Time always comes in with the action (`now`, ms); nothing here reads a clock.
 */
import type { ExamPaper } from './exam';
import type { Response } from './responses';

export interface ExamState {
  ids: string[];
  startedAt: number;
  deadline: number;
  current: number;
  /** When the current question was shown. */
  enteredAt: number;
  /** Only questions the learner interacted with have an entry. */
  answers: Record<string, Response>;
  flagged: string[];
  /** Milliseconds spent on each question (summed over visits). */
  spent: Record<string, number>;
  submittedAt: number | null;
  /** True when time ran out rather than the learner submitting. */
  auto: boolean;
}

export type ExamAction =
  | { type: 'answer'; id: string; response: Response; now: number }
  | { type: 'flag'; id: string; now: number }
  | { type: 'go'; index: number; now: number }
  | { type: 'tick'; now: number }
  | { type: 'submit'; now: number };

export function startExam(paper: ExamPaper, now: number): ExamState {
  return {
    ids: paper.items.map((i) => i.id),
    startedAt: now,
    deadline: now + Math.round(paper.settings.minutes * 60_000),
    current: 0,
    enteredAt: now,
    answers: {},
    flagged: [],
    spent: {},
    submittedAt: null,
    auto: false,
  };
}

export function timeLeft(state: ExamState, now: number): number {
  return state.submittedAt === null ? Math.max(0, state.deadline - now) : 0;
}

/** Close the current visit at `now` (never past the deadline). */
function leave(state: ExamState, now: number): ExamState {
  const id = state.ids[state.current];
  if (id === undefined) return state;
  const until = Math.min(now, state.deadline);
  const add = Math.max(0, until - state.enteredAt);
  return { ...state, spent: { ...state.spent, [id]: (state.spent[id] ?? 0) + add }, enteredAt: until };
}

function submit(state: ExamState, now: number, auto: boolean): ExamState {
  const left = leave(state, now);
  return { ...left, submittedAt: Math.min(now, state.deadline), auto };
}

export function examReducer(state: ExamState, action: ExamAction): ExamState {
  if (state.submittedAt !== null) return state;
  if (action.now >= state.deadline) return submit(state, action.now, true);
  switch (action.type) {
    case 'answer':
      if (!state.ids.includes(action.id)) return state;
      return { ...state, answers: { ...state.answers, [action.id]: action.response } };
    case 'flag': {
      if (!state.ids.includes(action.id)) return state;
      const flagged = state.flagged.includes(action.id) ? state.flagged.filter((f) => f !== action.id) : [...state.flagged, action.id];
      return { ...state, flagged };
    }
    case 'go': {
      const index = Math.min(Math.max(0, action.index), state.ids.length - 1);
      if (index === state.current) return state;
      return { ...leave(state, action.now), current: index, enteredAt: action.now };
    }
    case 'tick':
      return state;
    case 'submit':
      return submit(state, action.now, false);
  }
}
