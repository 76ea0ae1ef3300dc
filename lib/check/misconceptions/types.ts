/**
 * Misconception detectors: each compares the World with the goals and the last commands and, when it
 * recognises a classic mistake, says what happened and what to do instead. Generic: no detector knows
 * any particular exercise.
 */
import type { World } from '../../sim/index';
import type { CommandRecord, GoalResult } from '../goals/context';
import type { Goal } from '../spec/types';

export interface DetectorInput {
  world: World;
  goals: readonly Goal[];
  results: readonly GoalResult[];
  /** Lines run since the exercise started, oldest first. */
  commands: readonly CommandRecord[];
  /** The terminal is attached to a foreground process (no prompt). */
  attached: boolean;
}

export type MisconceptionId = 'forgot-detach' | 'ports-swapped' | 'volume-reversed' | 'run-instead-of-exec' | 'latest-tag' | 'name-typo';

export interface Feedback {
  id: MisconceptionId;
  /** What happened and what to do, with `code` in backticks. */
  message: string;
  /** The goal the mistake is about, when there is one. */
  goal?: string;
}

export type Detector = (input: DetectorInput) => Feedback | null;
