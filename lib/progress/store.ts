/**
 * Progress in a key-value store (the browser's localStorage): load (migrating or repairing) and
 * save. The updates the panel makes are in updates.ts.
 */
import { readProgress, type Loaded, type Migrations } from './migrate';
import { PROGRESS_KEY, emptyProgress, type KeyValueStore, type Progress } from './types';

export * from './updates';

export function loadProgress(store: KeyValueStore | null, migrations?: Migrations): Loaded {
  if (!store) return { progress: emptyProgress() };
  let text: string | null = null;
  try {
    text = store.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress() };
  }
  const loaded = readProgress(text, migrations);
  if (loaded.notice) saveProgress(store, loaded.progress);
  return loaded;
}

/** Write; a full or blocked store is reported as false (nothing the learner can act on here). */
export function saveProgress(store: KeyValueStore | null, progress: Progress): boolean {
  if (!store) return false;
  try {
    store.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

