/**
 * What the exercise panels (first-load, light) and the exercise agent (with the simulator, in the
 * terminal's Web Worker) tell each other through the bus and the worker channel. Plain data, types only.
 */
import type { GoalResult } from '@/lib/check/goals/context';
import type { Feedback } from '@/lib/check/misconceptions/types';
import type { ExerciseSpec } from '@/lib/check/spec/types';

export type { ExerciseSpec, Feedback, GoalResult };

/** The agent's view of one exercise after a check. */
export interface ExerciseStatus {
  /** One per goal, in the spec's order. */
  results: GoalResult[];
  /** A classic mistake the detectors recognised, if any. */
  feedback: Feedback | null;
  /** Every goal is met and the terminal has its prompt back. */
  complete: boolean;
  /** The terminal is attached to a foreground process. */
  attached: boolean;
  /** False for an exercise with setup that has not been started in this terminal. */
  prepared: boolean;
  /** Commands the learner ran since the exercise (or the page) started. */
  commands: number;
  canUndo: boolean;
  /** Why the setup could not be applied (a bug in the exercise or the simulator). */
  error?: string;
}

export type ExerciseAction =
  | { type: 'check' }
  /** Start (or restart) from the exercise's setup on a fresh host. */
  | { type: 'reset' }
  | { type: 'undo' }
  | { type: 'answer'; goal: string; value: string };

/** The agent as the bus sees it. */
export interface ExerciseAgent {
  /** An exercise appeared on the page (or all of them, on connect). */
  added(spec: ExerciseSpec): void;
  removed(id: string): void;
  act(id: string, action: ExerciseAction): void;
}

/** The bus as the agent sees it: how it hears the page's exercises and tells their panels. */
export interface AgentBus {
  /** Connect the agent: it hears every exercise already on the page. Returns a disconnect. */
  connect(agent: ExerciseAgent): () => void;
  publish(id: string, status: ExerciseStatus): void;
}
