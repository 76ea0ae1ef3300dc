/**
 * The line editor's state machine: a pure function from (state, action) to state, in the spirit of
 * readline's emacs mode. No xterm, no DOM: the controller feeds it decoded keys and renders the result.
 * Positions count UTF-16 code units; the editor never splits a surrogate pair.
 */

export interface EditorState {
  readonly line: string;
  readonly cursor: number;
  /** Index into the history snapshot while browsing with ↑/↓; null when editing a fresh line. */
  readonly historyIndex: number | null;
  /** The fresh line saved when history browsing started, restored by ↓ past the newest entry. */
  readonly draft: string;
}

export type EditAction =
  | { type: 'insert'; text: string }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'word-left' }
  | { type: 'word-right' }
  /** Ctrl+U: delete from the start of the line to the cursor. */
  | { type: 'kill-start' }
  /** Ctrl+K: delete from the cursor to the end of the line. */
  | { type: 'kill-end' }
  /** Ctrl+W: delete the whitespace-delimited word before the cursor. */
  | { type: 'kill-word' }
  | { type: 'history-prev'; history: readonly string[] }
  | { type: 'history-next'; history: readonly string[] }
  /** Replace line[from, cursor) with text (tab completion). */
  | { type: 'complete'; from: number; text: string };

export const EMPTY: EditorState = { line: '', cursor: 0, historyIndex: null, draft: '' };

export function withLine(line: string): EditorState {
  return { ...EMPTY, line, cursor: line.length };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function stepLeft(line: string, at: number): number {
  if (at <= 0) return 0;
  return at >= 2 && isLowSurrogate(line.charCodeAt(at - 1)) ? at - 2 : at - 1;
}

function stepRight(line: string, at: number): number {
  if (at >= line.length) return line.length;
  return isLowSurrogate(line.charCodeAt(at + 1)) ? at + 2 : at + 1;
}

/** Start of the word before `at` (readline's backward-word: skip non-word chars, then word chars). */
function wordStart(line: string, at: number, isWord: (c: string) => boolean): number {
  let i = at;
  while (i > 0 && !isWord(line[i - 1]!)) i--;
  while (i > 0 && isWord(line[i - 1]!)) i--;
  return i;
}

function wordEnd(line: string, at: number): number {
  let i = at;
  while (i < line.length && !isAlnum(line[i]!)) i++;
  while (i < line.length && isAlnum(line[i]!)) i++;
  return i;
}

const isAlnum = (c: string) => /[\p{L}\p{N}_]/u.test(c);
const notSpace = (c: string) => !/\s/.test(c);

function edited(state: EditorState, line: string, cursor: number): EditorState {
  return { ...state, line, cursor };
}

function browse(state: EditorState, history: readonly string[], direction: -1 | 1): EditorState {
  if (history.length === 0) return state;
  const from = state.historyIndex ?? history.length;
  const to = Math.min(history.length, Math.max(0, from + direction));
  if (to === from) return state;
  const draft = state.historyIndex === null ? state.line : state.draft;
  if (to === history.length) return { line: draft, cursor: draft.length, historyIndex: null, draft: '' };
  const line = history[to] ?? '';
  return { line, cursor: line.length, historyIndex: to, draft };
}

export function edit(state: EditorState, action: EditAction): EditorState {
  const { line, cursor } = state;
  switch (action.type) {
    case 'insert':
      return edited(state, line.slice(0, cursor) + action.text + line.slice(cursor), cursor + action.text.length);
    case 'backspace': {
      const to = stepLeft(line, cursor);
      return edited(state, line.slice(0, to) + line.slice(cursor), to);
    }
    case 'delete':
      return edited(state, line.slice(0, cursor) + line.slice(stepRight(line, cursor)), cursor);
    case 'left':
      return edited(state, line, stepLeft(line, cursor));
    case 'right':
      return edited(state, line, stepRight(line, cursor));
    case 'home':
      return edited(state, line, 0);
    case 'end':
      return edited(state, line, line.length);
    case 'word-left':
      return edited(state, line, wordStart(line, cursor, isAlnum));
    case 'word-right':
      return edited(state, line, wordEnd(line, cursor));
    case 'kill-start':
      return edited(state, line.slice(cursor), 0);
    case 'kill-end':
      return edited(state, line.slice(0, cursor), cursor);
    case 'kill-word': {
      const from = wordStart(line, cursor, notSpace);
      return edited(state, line.slice(0, from) + line.slice(cursor), from);
    }
    case 'history-prev':
      return browse(state, action.history, -1);
    case 'history-next':
      return browse(state, action.history, 1);
    case 'complete': {
      const from = Math.max(0, Math.min(action.from, cursor));
      return edited(state, line.slice(0, from) + action.text + line.slice(cursor), from + action.text.length);
    }
  }
}
