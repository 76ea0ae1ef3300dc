/**
 * What the dashboard shows, derived from a RoomState: grid cells, the goal heatmap, stuck flags and a
 * live quiz's answer distribution. `now` is passed in; nothing here reads a clock.
 */
import type { ExerciseInfo, ExerciseProgress, LearnerProgress, LiveQuiz, RoomState } from './room-state';

export type CellStatus = 'not-started' | 'started' | 'partial' | 'completed';

export interface Cell {
  status: CellStatus;
  goalsMet: number;
  goals: number;
  hints: number;
  solution: boolean;
  failures: number;
}

export function cellOf(info: ExerciseInfo, p: ExerciseProgress | undefined): Cell {
  if (!p) return { status: 'not-started', goalsMet: 0, goals: info.goals.length, hints: 0, solution: false, failures: 0 };
  const status: CellStatus = p.completedAt !== null ? 'completed' : p.goalsMet.length > 0 ? 'partial' : 'started';
  return { status, goalsMet: p.goalsMet.length, goals: info.goals.length, hints: p.hints, solution: p.solution, failures: p.failures };
}

/** Exercise columns in the workshop's lesson order, then in the order they were first seen. */
export function exerciseColumns(state: RoomState, lessons: readonly string[]): ExerciseInfo[] {
  const rank = (lesson: string) => {
    const at = lessons.indexOf(lesson);
    return at < 0 ? lessons.length : at;
  };
  return state.exerciseOrder
    .map((key, seen) => ({ info: state.exercises[key]!, seen }))
    .sort((a, b) => rank(a.info.lesson) - rank(b.info.lesson) || a.seen - b.seen)
    .map((x) => x.info);
}

export function learnersInOrder(state: RoomState): LearnerProgress[] {
  return state.learnerOrder.map((id) => state.learners[id]!).filter(Boolean);
}

export interface GoalHeat {
  exercise: string;
  goal: string;
  /** Learners who opened the exercise. */
  attempted: number;
  /** Of those, how many have not met this goal. */
  failing: number;
  /** failing / attempted, 0 when nobody attempted. */
  rate: number;
}

/** Every goal of every exercise with how many of the learners who tried it have not met it, worst first. */
export function goalHeatmap(state: RoomState, lessons: readonly string[]): GoalHeat[] {
  const rows: GoalHeat[] = [];
  const learners = learnersInOrder(state);
  for (const info of exerciseColumns(state, lessons)) {
    const tried = learners.map((l) => l.exercises[info.key]).filter((p): p is ExerciseProgress => !!p);
    for (const goal of info.goals) {
      const failing = tried.filter((p) => p.completedAt === null && !p.goalsMet.includes(goal)).length;
      rows.push({ exercise: info.key, goal, attempted: tried.length, failing, rate: tried.length ? failing / tried.length : 0 });
    }
  }
  return rows.sort((a, b) => b.rate - a.rate || b.failing - a.failing);
}

export interface StuckRules {
  /** On one unfinished exercise without progress for this long. */
  idleMs: number;
  /** This many failing commands… */
  failures: number;
  /** …within this window. */
  failureWindowMs: number;
}

export const DEFAULT_STUCK_RULES: StuckRules = { idleMs: 10 * 60_000, failures: 3, failureWindowMs: 5 * 60_000 };

export interface StuckFlag {
  learnerId: string;
  reason: 'slow' | 'errors';
  exercise: string | null;
  /** Minutes without progress (slow) or failing commands in the window (errors). */
  amount: number;
}

export function stuckFlags(state: RoomState, now: number, rules: StuckRules = DEFAULT_STUCK_RULES): StuckFlag[] {
  const flags: StuckFlag[] = [];
  for (const learner of learnersInOrder(state)) {
    const current = learner.current ? learner.exercises[learner.current] : undefined;
    if (learner.current && current && current.completedAt === null && now - current.progressAt >= rules.idleMs) {
      flags.push({ learnerId: learner.id, reason: 'slow', exercise: learner.current, amount: Math.floor((now - current.progressAt) / 60_000) });
    }
    const recent = learner.failures.filter((f) => now - f.at <= rules.failureWindowMs);
    if (recent.length >= rules.failures) {
      flags.push({ learnerId: learner.id, reason: 'errors', exercise: recent[recent.length - 1]!.exercise, amount: recent.length });
    }
  }
  return flags;
}

export interface Distribution {
  counts: number[];
  total: number;
}

export function answerDistribution(quiz: LiveQuiz): Distribution {
  const counts = quiz.options.map(() => 0);
  let total = 0;
  for (const choice of Object.values(quiz.answers)) {
    if (choice >= 0 && choice < counts.length) {
      counts[choice]!++;
      total++;
    }
  }
  return { counts, total };
}

export interface LearnerSummary {
  lessonsCompleted: number;
  exercisesCompleted: number;
  goalsMet: number;
  hints: number;
  solutions: number;
  quizAnswered: number;
  quizCorrect: number;
}

export function summarise(learner: LearnerProgress): LearnerSummary {
  const ex = Object.values(learner.exercises);
  const quiz = Object.values(learner.quizAnswers);
  return {
    lessonsCompleted: learner.lessonsCompleted.length,
    exercisesCompleted: ex.filter((p) => p.completedAt !== null).length,
    goalsMet: ex.reduce((n, p) => n + p.goalsMet.length, 0),
    hints: ex.reduce((n, p) => n + p.hints, 0),
    solutions: ex.filter((p) => p.solution).length,
    quizAnswered: quiz.length,
    quizCorrect: quiz.filter(Boolean).length,
  };
}
