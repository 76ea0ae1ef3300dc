/**
 * An exercise as the page and the checker use it: validated at build time, shipped to the browser as
 * JSON (so the panel needs neither zod nor YAML). `label` is filled in for every goal.
 */
import type { Goal } from './goal-schema';
import type { ExerciseSetup } from './exercise-schema';

export type { Goal, GoalOf, GoalType, AnswerExpectation } from './goal-schema';
export type { ExerciseSetup } from './exercise-schema';

export type LabelledGoal = Goal & { label: string };

export interface ExerciseSpec {
  id: string;
  title: string;
  /** `<module-slug>/<lesson-slug>`, e.g. `images-and-containers/running-containers`. */
  lesson: string;
  setup?: ExerciseSetup;
  goals: LabelledGoal[];
  hints: string[];
  solution: string;
  alternatives: string[];
  nearMisses: string[];
  /** Ids of every exercise in the lesson, in page order (filled in for the page). */
  lessonExercises?: string[];
}
