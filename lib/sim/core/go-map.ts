/**
 * Go maps in the Engine API: `map[string]string` fields (Config.Labels, Spec.Labels…) are written
 * by encoding/json with their keys sorted byte-wise, whatever order they were given in. Records
 * keep such maps in that order, so `docker inspect` and `{{json .Config.Labels}}` print them as
 * dockerd does without sorting on every read.
 */
export function goMapOrder<T>(o: Readonly<Record<string, T>>): Record<string, T> {
  const keys = Object.keys(o);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) if (keys[i - 1]! > keys[i]!) sorted = false;
  if (sorted) return { ...o };
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, T> = {};
  for (const k of keys) out[k] = o[k]!;
  return out;
}
