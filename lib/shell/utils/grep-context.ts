/**
 * grep's context output (-A/-B/-C, GNU): matching lines end their prefix with ':', context lines
 * with '-', and groups that are not adjacent are separated by a line `--` (also between files).
 * With -m, grep stops after that many matches but still prints the trailing context.
 */
export interface ContextOptions {
  after: number;
  before: number;
  max: number;
  /** The prefix (file name and/or line number) of line `i`, ending with `sep`. */
  prefix: (i: number, sep: ':' | '-') => string;
}

/** Whether any group has been printed yet (shared across files, for the `--` separators). */
export interface ContextState {
  printedGroup: boolean;
}

export function contextOutput(all: readonly string[], matches: (i: number) => boolean, opts: ContextOptions, state: ContextState): { text: string; count: number } {
  let text = '';
  let count = 0;
  let last = -1; // index of the last line printed in this file
  let afterLeft = 0;
  const print = (i: number, sep: ':' | '-') => {
    if (last >= 0 ? i > last + 1 : state.printedGroup) text += '--\n';
    text += `${opts.prefix(i, sep)}${all[i]}\n`;
    last = i;
    state.printedGroup = true;
  };
  for (let i = 0; i < all.length; i++) {
    if (count < opts.max && matches(i)) {
      for (let j = Math.max(last + 1, i - opts.before); j < i; j++) print(j, '-');
      print(i, ':');
      count++;
      afterLeft = opts.after;
    } else if (afterLeft > 0) {
      print(i, '-');
      afterLeft--;
    } else if (count >= opts.max) break;
  }
  return { text, count };
}
