/**
 * Where quiz data lives between visits: a tiny key-value interface that the browser's localStorage
 * satisfies. lib has no DOM, so the browser store is found structurally on globalThis; tests use
 * memoryStore().
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage when the platform has one and allows it (private modes may throw), else null. */
export function browserStore(): KeyValueStore | null {
  try {
    const store = (globalThis as { localStorage?: KeyValueStore }).localStorage;
    return store ?? null;
  } catch {
    return null;
  }
}

export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => (key in data ? data[key]! : null),
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

/**
 * Read a versioned JSON record. Anything that does not parse or validate (hand edits, an old or
 * corrupt format) is removed and reported as `reset`, so the page can tell the learner.
 */
export function readVersioned<T>(
  store: KeyValueStore,
  key: string,
  validate: (data: unknown) => T | null,
): { value: T | null; reset: boolean } {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { value: null, reset: false };
  }
  if (raw === null) return { value: null, reset: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const value = data === undefined ? null : validate(data);
  if (value === null) {
    try {
      store.removeItem(key);
    } catch {
      /* nothing more to do */
    }
    return { value: null, reset: true };
  }
  return { value, reset: false };
}

/** Write JSON; a full or unavailable store is not an error the learner can act on, so it reports false. */
export function writeJson(store: KeyValueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
