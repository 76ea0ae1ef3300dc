/**
 * Saved progress, per lesson and exercise, as kept in the browser (localStorage) and in exported
 * files. Versioned: a change of shape bumps PROGRESS_VERSION and adds a migration (migrate.ts).
 */
export const PROGRESS_KEY = 'dockerlings:progress';
export const PROGRESS_VERSION = 1;

export interface ExerciseProgress {
  status: 'started' | 'done';
  /** Hints revealed (the ladder's rung). */
  hints: number;
  solutionShown: boolean;
  /** Presses of Check. */
  checks: number;
  /** ms since the epoch. */
  startedAt: number;
  completedAt?: number;
}

export interface LessonProgress {
  exercises: Record<string, ExerciseProgress>;
  /** The lesson's exercise ids as last seen on its page (to tell "done" from "in progress"). */
  exerciseIds?: string[];
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Keyed by `<module-slug>/<lesson-slug>`. */
  lessons: Record<string, LessonProgress>;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {} });

/** The browser's localStorage, or a test double. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

/** localStorage when the platform has one and allows it (private modes may throw), else null. */
export function browserStore(): KeyValueStore | null {
  try {
    return (globalThis as { localStorage?: KeyValueStore }).localStorage ?? null;
  } catch {
    return null;
  }
}
