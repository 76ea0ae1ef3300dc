/**
 * Exam attempt history in the learner's browser: a versioned record, newest first, capped. Corrupt
 * or unknown data is reset and reported so the page can show a notice.
 */
import type { ExamResult } from './exam-result';
import { historySchema } from './stored-schemas';
import { readVersioned, writeJson, type KeyValueStore } from './storage';

export const HISTORY_KEY = 'dockerlings:exam-history';
export const HISTORY_LIMIT = 30;

export type Attempt = ExamResult & { id: string };

export interface LoadedHistory {
  attempts: Attempt[];
  /** True when stored data was unreadable and has been cleared. */
  reset: boolean;
}

export function loadHistory(store: KeyValueStore): LoadedHistory {
  const { value, reset } = readVersioned(store, HISTORY_KEY, (data) => {
    const parsed = historySchema.safeParse(data);
    return parsed.success ? (parsed.data.attempts as Attempt[]) : null;
  });
  return { attempts: value ?? [], reset };
}

/** Attempt ids are the submission time plus the seed: unique per browser, and stable for links. */
export function attemptId(result: ExamResult): string {
  return `${result.submittedAt.toString(36)}-${result.settings.seed}`;
}

/** Store a result (replacing one with the same id) and return the new list. */
export function saveAttempt(store: KeyValueStore, result: ExamResult): Attempt[] {
  const attempt: Attempt = { ...result, id: attemptId(result) };
  const rest = loadHistory(store).attempts.filter((a) => a.id !== attempt.id);
  const attempts = [attempt, ...rest].slice(0, HISTORY_LIMIT);
  writeJson(store, HISTORY_KEY, { version: 1, attempts });
  return attempts;
}

export function clearHistory(store: KeyValueStore): void {
  writeJson(store, HISTORY_KEY, { version: 1, attempts: [] });
}
