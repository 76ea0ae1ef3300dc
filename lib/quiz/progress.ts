/**
 * An exam in progress survives a reload: its state is saved under the exam's settings and resumed
 * only for the same exam (the countdown keeps running meanwhile, so a long absence auto-submits).
 */
import { settingsToParams, type ExamSettings } from './exam';
import type { ExamState } from './exam-session';
import { progressSchema } from './stored-schemas';
import { readVersioned, writeJson, type KeyValueStore } from './storage';

export const PROGRESS_KEY = 'dockerlings:exam-progress';

export function examKey(settings: ExamSettings): string {
  return Object.entries(settingsToParams(settings))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export function saveProgress(store: KeyValueStore, settings: ExamSettings, state: ExamState): void {
  writeJson(store, PROGRESS_KEY, { version: 1, exam: examKey(settings), state });
}

/** The saved state of this exam, if it is still running; other exams' progress is left alone. */
export function loadProgress(store: KeyValueStore, settings: ExamSettings): ExamState | null {
  const { value } = readVersioned(store, PROGRESS_KEY, (data) => {
    const parsed = progressSchema.safeParse(data);
    return parsed.success ? parsed.data : null;
  });
  if (!value || value.exam !== examKey(settings) || value.state.submittedAt !== null) return null;
  return value.state as ExamState;
}

export function clearProgress(store: KeyValueStore): void {
  try {
    store.removeItem(PROGRESS_KEY);
  } catch {
    /* nothing to clear */
  }
}
