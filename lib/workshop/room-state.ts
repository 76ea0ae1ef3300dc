/**
 * The dashboard's view of a room: the log folded in seq order. Pure and JSON-serialisable; the server
 * folds the stored log for a snapshot and the browser applies each streamed entry with the same code.
 */
import type { RoomEntry } from './entries';
import type { LearnerEvent } from './events';

export interface ExerciseProgress {
  startedAt: number;
  /** Last time the learner moved forward (started, met a goal, completed). */
  progressAt: number;
  goalsMet: string[];
  hints: number;
  solution: boolean;
  completedAt: number | null;
  failures: number;
}

export interface CommandFailure {
  command: string;
  exitCode: number;
  at: number;
  exercise: string | null;
}

export interface LearnerProgress {
  id: string;
  name: string;
  joinedAt: number;
  lastAt: number;
  /** Keyed by exercise key (`<lesson>#<exercise>`). */
  exercises: Record<string, ExerciseProgress>;
  /** The exercise the learner touched last, if not completed. */
  current: string | null;
  lessonsCompleted: string[];
  /**
   * Lesson/module quiz answers by question id: the last answer's correctness. A question answered in
   * the lesson quiz and again in the module quiz (or reported twice) counts once.
   */
  quizAnswers: Record<string, boolean>;
  exam: { score: number; total: number; passed: boolean | null; at: number } | null;
  /** The last few failing commands, newest last. */
  failures: CommandFailure[];
}

export interface ExerciseInfo {
  key: string;
  lesson: string;
  exercise: string;
  /** Declared by `exercise-started` or learned from `exercise-goal-met`, in first-seen order. */
  goals: string[];
}

export interface LiveQuiz {
  id: string;
  prompt: string;
  options: string[];
  correct: number | null;
  open: boolean;
  openedAt: number;
  /** learnerId → option index (a learner may change their answer while the quiz is open). */
  answers: Record<string, number>;
}

export interface Broadcast {
  seq: number;
  at: number;
  style: 'message' | 'hint';
  text: string;
}

export interface RoomState {
  seq: number;
  unlocked: number;
  closed: boolean;
  learners: Record<string, LearnerProgress>;
  learnerOrder: string[];
  exercises: Record<string, ExerciseInfo>;
  exerciseOrder: string[];
  quizzes: LiveQuiz[];
  broadcasts: Broadcast[];
}

export const RECENT_FAILURES = 5;
export const RECENT_BROADCASTS = 20;

export function emptyRoom(unlocked = 1): RoomState {
  return { seq: 0, unlocked, closed: false, learners: {}, learnerOrder: [], exercises: {}, exerciseOrder: [], quizzes: [], broadcasts: [] };
}

export const exerciseKey = (lesson: string, exercise: string): string => `${lesson}#${exercise}`;

/** Apply one entry. Mutates and returns `state` (callers that need the old value clone first). */
export function applyEntry(state: RoomState, entry: RoomEntry): RoomState {
  if (entry.seq <= state.seq) return state; // replays (a stream resuming) are harmless
  state.seq = entry.seq;
  const d = entry.data;
  switch (d.kind) {
    case 'joined':
      if (!state.learners[d.learnerId]) {
        state.learners[d.learnerId] = newLearner(d.learnerId, d.name, entry.at);
        state.learnerOrder.push(d.learnerId);
      }
      break;
    case 'progress': {
      const learner = state.learners[d.learnerId];
      if (learner) applyProgress(state, learner, d.event, entry.at);
      break;
    }
    case 'unlocked':
      state.unlocked = d.count;
      break;
    case 'broadcast':
      state.broadcasts.push({ seq: entry.seq, at: entry.at, style: d.style, text: d.text });
      if (state.broadcasts.length > RECENT_BROADCASTS) state.broadcasts.shift();
      break;
    case 'quiz-opened':
      for (const q of state.quizzes) q.open = false;
      state.quizzes.push({ id: d.quizId, prompt: d.prompt, options: d.options, correct: d.correct, open: true, openedAt: entry.at, answers: {} });
      break;
    case 'quiz-answer': {
      const quiz = state.quizzes.find((q) => q.id === d.quizId);
      if (quiz?.open && d.choice >= 0 && d.choice < quiz.options.length) quiz.answers[d.learnerId] = d.choice;
      break;
    }
    case 'quiz-closed': {
      const quiz = state.quizzes.find((q) => q.id === d.quizId);
      if (quiz) {
        quiz.open = false;
        if (d.correct !== null) quiz.correct = d.correct;
      }
      break;
    }
    case 'closed':
      state.closed = true;
      for (const q of state.quizzes) q.open = false;
      break;
  }
  return state;
}

export function foldRoom(entries: Iterable<RoomEntry>, initial: RoomState = emptyRoom()): RoomState {
  let state = initial;
  for (const e of entries) state = applyEntry(state, e);
  return state;
}

export function activeQuiz(state: RoomState): LiveQuiz | null {
  return state.quizzes.find((q) => q.open) ?? null;
}

function newLearner(id: string, name: string, at: number): LearnerProgress {
  return { id, name, joinedAt: at, lastAt: at, exercises: {}, current: null, lessonsCompleted: [], quizAnswers: {}, exam: null, failures: [] };
}

function exerciseInfo(state: RoomState, lesson: string, exercise: string): ExerciseInfo {
  const key = exerciseKey(lesson, exercise);
  let info = state.exercises[key];
  if (!info) {
    info = { key, lesson, exercise, goals: [] };
    state.exercises[key] = info;
    state.exerciseOrder.push(key);
  }
  return info;
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function progressOf(learner: LearnerProgress, key: string, at: number): ExerciseProgress {
  let p = learner.exercises[key];
  if (!p) {
    p = { startedAt: at, progressAt: at, goalsMet: [], hints: 0, solution: false, completedAt: null, failures: 0 };
    learner.exercises[key] = p;
  }
  return p;
}

function applyProgress(state: RoomState, learner: LearnerProgress, event: LearnerEvent, at: number): void {
  learner.lastAt = Math.max(learner.lastAt, at);
  if (event.type === 'lesson-completed') {
    addUnique(learner.lessonsCompleted, event.lesson);
    return;
  }
  if (event.type === 'quiz-answered') {
    learner.quizAnswers[event.question] = event.correct;
    return;
  }
  if (event.type === 'exam-submitted') {
    learner.exam = { score: event.score, total: event.total, passed: event.passed ?? null, at };
    return;
  }
  if (event.type === 'command-failed') {
    const exercise = event.lesson && event.exercise ? exerciseKey(event.lesson, event.exercise) : learner.current;
    learner.failures.push({ command: event.command, exitCode: event.exitCode, at, exercise });
    if (learner.failures.length > RECENT_FAILURES) learner.failures.shift();
    const p = exercise ? learner.exercises[exercise] : undefined;
    if (p) p.failures++;
    return;
  }
  const info = exerciseInfo(state, event.lesson, event.exercise);
  const p = progressOf(learner, info.key, at);
  switch (event.type) {
    case 'exercise-started':
      for (const g of event.goals ?? []) addUnique(info.goals, g);
      p.progressAt = Math.max(p.progressAt, at);
      break;
    case 'exercise-goal-met':
      addUnique(info.goals, event.goal);
      addUnique(p.goalsMet, event.goal);
      p.progressAt = Math.max(p.progressAt, at);
      break;
    case 'exercise-completed':
      p.completedAt ??= at;
      p.progressAt = Math.max(p.progressAt, at);
      break;
    case 'hint-revealed':
      p.hints++;
      break;
    case 'solution-revealed':
      p.solution = true;
      break;
  }
  learner.current = p.completedAt === null ? info.key : learner.current === info.key ? null : learner.current;
}
