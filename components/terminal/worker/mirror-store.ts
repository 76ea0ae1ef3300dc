/**
 * localStorage for the exercise agent inside the worker, which has none: a synchronous copy of the
 * few values the agent reads (its lesson's saved terminal and the index of saved terminals, see
 * lib/progress/terminal-store.ts), taken by the page when the worker starts and kept current with
 * other tabs' changes. Writes change the copy and go to the page, which writes them to localStorage.
 */
import { TERMINAL_PREFIX } from '@/lib/progress/terminal-store';
import type { KeyValueStore } from '@/lib/progress/types';

/** terminal-store.ts's index of saved terminals (read before every save, to evict the oldest). */
const TERMINAL_INDEX_KEY = 'dockerlings:terminal-index';

/** The keys the agent of `lesson` reads (none on pages that save no terminal, like the playground). */
export function mirroredKeys(lesson: string | null): string[] {
  return lesson === null ? [] : [TERMINAL_PREFIX + lesson, TERMINAL_INDEX_KEY];
}

/** The page's side: the values to copy into the worker (a blocked localStorage gives none). */
export function readMirrored(store: KeyValueStore | null, lesson: string | null): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of mirroredKeys(lesson)) {
    try {
      const value = store?.getItem(key) ?? null;
      if (value !== null) values[key] = value;
    } catch {
      /* blocked storage: nothing saved to read */
    }
  }
  return values;
}

/** The page's side: carry out a write the worker made (a full or blocked storage loses it, as before). */
export function writeMirrored(store: KeyValueStore | null, key: string, value: string | null): void {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    /* quota exceeded or blocked: the terminal is not kept, as with localStorage directly */
  }
}

/** The worker's side. */
export class MirrorStore implements KeyValueStore {
  private readonly values: Map<string, string>;

  constructor(
    values: Record<string, string>,
    private readonly write: (key: string, value: string | null) => void,
  ) {
    this.values = new Map(Object.entries(values));
  }

  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.values.set(key, value);
    this.write(key, value);
  }

  removeItem(key: string): void {
    this.values.delete(key);
    this.write(key, null);
  }

  /** Another tab changed `key` (the page passes on only the keys copied here). */
  changed(key: string, value: string | null): void {
    if (value === null) this.values.delete(key);
    else this.values.set(key, value);
  }
}
