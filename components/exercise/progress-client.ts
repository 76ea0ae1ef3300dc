/**
 * The learner's progress in this browser as a tiny external store for React: read once from
 * localStorage (migrated or repaired, with a notice), updated through `changeProgress`, and kept in
 * step with other tabs through the `storage` event.
 */
import { loadProgress, saveProgress } from '@/lib/progress/store';
import { PROGRESS_KEY, browserStore, emptyProgress, type Progress } from '@/lib/progress/types';

let current: Progress | null = null;
let notice: string | undefined;
const listeners = new Set<() => void>();
const EMPTY = emptyProgress();

function load(): Progress {
  if (current === null) {
    const loaded = loadProgress(browserStore());
    current = loaded.progress;
    notice = loaded.notice;
  }
  return current;
}

const notify = () => listeners.forEach((l) => l());

export function subscribeProgress(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

function onStorage(e: StorageEvent): void {
  if (e.key !== null && e.key !== PROGRESS_KEY) return;
  current = null;
  notify();
}

export const progressSnapshot = (): Progress => load();
export const serverProgress = (): Progress => EMPTY;

export function changeProgress(change: (p: Progress) => Progress): void {
  const before = load();
  const next = change(before);
  if (next === before) return;
  current = next;
  saveProgress(browserStore(), next);
  notify();
}

/** Forget the cached copy (after import or clear) and re-read. */
export function reloadProgress(): void {
  current = null;
  notify();
}

/** A one-time message about saved progress that had to be migrated, repaired or reset. */
export function takeProgressNotice(): string | undefined {
  load();
  const text = notice;
  notice = undefined;
  return text;
}
