/**
 * The shell's command history as stored in the session state: a plain list, newest last, of which
 * readers see only the newest HISTORY_CAP entries. The stored list may run HISTORY_SLACK entries
 * past the cap before the oldest are cut, all at once: dropping one entry per command moved the
 * other 999 every time (V8 cannot trim an old array in place).
 */
export const HISTORY_CAP = 1000;
const HISTORY_SLACK = 1000;

/** Record a submitted line as bash does: not blank lines, space-prefixed ones, nor a repeat of the last. */
export function remember(history: string[], source: string): void {
  const line = source.endsWith('\n') ? source.replace(/\n+$/, '') : source;
  if (line.trim() === '' || line.startsWith(' ')) return;
  if (history[history.length - 1] === line) return;
  history.push(line);
  if (history.length > HISTORY_CAP + HISTORY_SLACK) history.splice(0, history.length - HISTORY_CAP);
}

/** The newest HISTORY_CAP entries, oldest first (the list itself when it holds no more). */
export function recent(history: string[]): string[] {
  return history.length > HISTORY_CAP ? history.slice(history.length - HISTORY_CAP) : history;
}
