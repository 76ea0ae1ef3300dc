/** Helpers for bash-like Tab completion. */

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0]!;
  for (const word of words.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < word.length && prefix[i] === word[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/** A unique completion gets a trailing space (bash), except directories and `--flag=` forms. */
export function completionText(candidate: string, after: string): string {
  if (/[/= ]$/.test(candidate) || after.startsWith(' ')) return candidate;
  return `${candidate} `;
}
