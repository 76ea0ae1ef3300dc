import type { KeyValueStore } from './types';

/** An in-memory localStorage; `failWrites` makes setItem throw like a full store. */
export function memoryStore(initial: Record<string, string> = {}, opts: { failWrites?: boolean } = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => (key in data ? data[key]! : null),
    setItem: (key, value) => {
      if (opts.failWrites) throw new Error('QuotaExceededError');
      data[key] = value;
    },
    removeItem: (key) => void delete data[key],
  };
}
