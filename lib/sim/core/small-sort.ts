/**
 * Sorting the short lists the engine orders on every command (a few containers, images) in place
 * by insertion: stable like Array.prototype.sort, without the work arrays
 * V8's sort allocates on each call. Longer lists go to Array.prototype.sort.
 */
const SHORT = 24;

/** Sort `list` in place by `cmp` (stable); returns it. */
export function sortSmall<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  if (list.length > SHORT) return list.sort(cmp);
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    for (; j >= 0 && cmp(list[j]!, x) > 0; j--) list[j + 1] = list[j]!;
    list[j + 1] = x;
  }
  return list;
}
