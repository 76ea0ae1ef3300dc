/**
 * Progress as a file: export (progress plus the saved terminals), import (validated, migrated like
 * stored data; replaces what is there), and clear.
 */
import { readProgress } from './migrate';
import { allTerminals, clearTerminals, saveTerminal } from './terminal-store';
import { PROGRESS_KEY, type KeyValueStore, type Progress } from './types';
import { loadProgress, saveProgress } from './store';

export const EXPORT_FORMAT = 'dockerlings-progress';

export interface ProgressFile {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  progress: Progress;
  terminals: Record<string, unknown>;
}

export function exportProgress(store: KeyValueStore, now: Date): ProgressFile {
  return { format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: loadProgress(store).progress, terminals: allTerminals(store) };
}

export type ImportResult = { ok: true; lessons: number; notice?: string } | { ok: false; error: string };

export function importProgress(store: KeyValueStore, text: string, now: number): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'That file is not JSON, so it is not a Dockerlings progress file.' };
  }
  const file = data as Partial<ProgressFile> | null;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT) return { ok: false, error: 'That file is not a Dockerlings progress export.' };
  const loaded = readProgress(JSON.stringify(file.progress ?? null));
  if (file.progress === undefined || (loaded.notice && Object.keys(loaded.progress.lessons).length === 0)) {
    return { ok: false, error: loaded.notice ?? 'The file holds no progress.' };
  }
  clearProgress(store);
  saveProgress(store, loaded.progress);
  const terminals = file.terminals && typeof file.terminals === 'object' ? file.terminals : {};
  for (const [lesson, saved] of Object.entries(terminals)) saveTerminal(store, lesson, saved, now);
  return { ok: true, lessons: Object.keys(loaded.progress.lessons).length, ...(loaded.notice ? { notice: loaded.notice } : {}) };
}

export function clearProgress(store: KeyValueStore): void {
  try {
    store.removeItem(PROGRESS_KEY);
    clearTerminals(store);
  } catch {
    /* blocked storage */
  }
}
