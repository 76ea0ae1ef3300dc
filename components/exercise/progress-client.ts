/**
 * The learner's progress in this browser as a tiny external store for React. The reader (which
 * migrates or repairs old data) is loaded on first use, outside the page's first-load JS: until it
 * is there the snapshot is empty and changes wait in a queue. Other tabs' changes arrive through the
 * `storage` event.
 */
import { PROGRESS_KEY, browserStore, emptyProgress, type Progress } from '@/lib/progress/types';

type StoreModule = typeof import('@/lib/progress/store');

const EMPTY = emptyProgress();
let store: StoreModule | null = null;
let loading: Promise<void> | null = null;
let current: Progress | null = null;
let notice: string | undefined;
const pending: Array<(p: Progress) => Progress> = [];
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((l) => l());

function ensureLoaded(): void {
  if (loading || typeof window === 'undefined') return;
  loading = import('@/lib/progress/store').then((m) => {
    store = m;
    current = null;
    if (pending.length > 0) changeProgress((p) => pending.splice(0).reduce((acc, change) => change(acc), p));
    notify();
  });
}

function read(): Progress {
  if (!store) {
    ensureLoaded();
    return EMPTY;
  }
  if (current === null) {
    const loaded = store.loadProgress(browserStore());
    current = loaded.progress;
    notice = loaded.notice;
  }
  return current;
}

function onStorage(e: StorageEvent): void {
  if (e.key !== null && e.key !== PROGRESS_KEY) return;
  current = null;
  notify();
}

export function subscribeProgress(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  listeners.add(listener);
  ensureLoaded();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

export const progressSnapshot = (): Progress => read();
/** Whether saved progress has been read (before that, the snapshot is empty). */
export const progressLoaded = (): boolean => store !== null;
export const serverProgress = (): Progress => EMPTY;

/** Apply a change and save it (queued until the reader has loaded). */
export function changeProgress(change: (p: Progress) => Progress): void {
  if (!store) {
    pending.push(change);
    ensureLoaded();
    return;
  }
  const before = read();
  const next = change(before);
  if (next === before) return;
  current = next;
  store.saveProgress(browserStore(), next);
  notify();
}

/** Forget the cached copy (after import or clear) and read again. */
export function reloadProgress(): void {
  current = null;
  notify();
}

/** A one-time message about saved progress that had to be migrated, repaired or reset. */
export async function takeProgressNotice(): Promise<string | undefined> {
  ensureLoaded();
  await loading;
  read();
  const text = notice;
  notice = undefined;
  return text;
}
