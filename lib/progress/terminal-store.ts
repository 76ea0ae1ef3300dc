/**
 * The terminal of each lesson, kept between visits: one entry per lesson, each capped in size, and
 * at most MAX_LESSONS of them (the least recently used goes first), so localStorage never fills up.
 * The data is opaque here (the terminal agent validates its own format).
 */
import type { KeyValueStore } from './types';

export const TERMINAL_PREFIX = 'dockerlings:terminal:';
const INDEX_KEY = 'dockerlings:terminal-index';
/** Characters of JSON per lesson (about 600 KB in UTF-16 storage). */
export const MAX_TERMINAL_CHARS = 300_000;
export const MAX_LESSONS = 8;

type Index = Record<string, number>;

function readIndex(store: KeyValueStore): Index {
  try {
    const data = JSON.parse(store.getItem(INDEX_KEY) ?? '{}') as unknown;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'number')) as Index;
  } catch {
    return {};
  }
}

export type SaveOutcome = 'saved' | 'too-big' | 'unavailable';

export function saveTerminal(store: KeyValueStore | null, lesson: string, data: unknown, now: number): SaveOutcome {
  if (!store) return 'unavailable';
  const text = JSON.stringify(data);
  if (text.length > MAX_TERMINAL_CHARS) {
    removeTerminal(store, lesson);
    return 'too-big';
  }
  const index = { ...readIndex(store), [lesson]: now };
  const evict = Object.keys(index)
    .sort((a, b) => index[b]! - index[a]!)
    .slice(MAX_LESSONS);
  try {
    for (const old of evict) {
      store.removeItem(TERMINAL_PREFIX + old);
      delete index[old];
    }
    store.setItem(TERMINAL_PREFIX + lesson, text);
    store.setItem(INDEX_KEY, JSON.stringify(index));
    return 'saved';
  } catch {
    return 'unavailable';
  }
}

/** The saved data, or null (nothing saved, or unreadable: then it is removed). */
export function loadTerminal(store: KeyValueStore | null, lesson: string): unknown {
  if (!store) return null;
  try {
    const text = store.getItem(TERMINAL_PREFIX + lesson);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    removeTerminal(store, lesson);
    return null;
  }
}

export function removeTerminal(store: KeyValueStore, lesson: string): void {
  try {
    store.removeItem(TERMINAL_PREFIX + lesson);
    const index = readIndex(store);
    delete index[lesson];
    store.setItem(INDEX_KEY, JSON.stringify(index));
  } catch {
    /* blocked storage: nothing to remove */
  }
}

/** Every saved terminal, by lesson (for export). */
export function allTerminals(store: KeyValueStore): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const lesson of Object.keys(readIndex(store))) {
    const data = loadTerminal(store, lesson);
    if (data !== null) out[lesson] = data;
  }
  return out;
}

export function clearTerminals(store: KeyValueStore): void {
  for (const lesson of Object.keys(readIndex(store))) store.removeItem(TERMINAL_PREFIX + lesson);
  store.removeItem(INDEX_KEY);
}
