/**
 * Directory listings sorted in place by insertion (a listing is usually short): the order of
 * `list.sort()`, UTF-16 code units, without the work arrays V8's sort allocates per call.
 */
const SHORT = 24;

/** Sort names in place by UTF-16 code units, as `list.sort()` does; returns it. */
export function sortNames(list: string[]): string[] {
  if (list.length > SHORT) return list.sort();
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    for (; j >= 0 && list[j]! > x; j--) list[j + 1] = list[j]!;
    list[j + 1] = x;
  }
  return list;
}

/** The names sorted (the array a readdir returned, fresh; filesystems mostly list in order already). */
export function inOrder(names: string[]): string[] {
  for (let i = 1; i < names.length; i++) if (names[i - 1]! > names[i]!) return names.sort();
  return names;
}
