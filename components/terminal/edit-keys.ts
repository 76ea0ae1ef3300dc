/** The keys that only edit the line, and the edit each makes: they work before the session exists. */
import type { KeyName } from './keys';
import type { EditAction } from './line-editor';

export const EDIT_KEYS: Partial<Record<KeyName, EditAction['type']>> = {
  backspace: 'backspace', delete: 'delete', left: 'left', right: 'right', home: 'home', end: 'end',
  'ctrl-a': 'home', 'ctrl-e': 'end', 'ctrl-b': 'left', 'ctrl-f': 'right', 'ctrl-u': 'kill-start',
  'ctrl-k': 'kill-end', 'ctrl-w': 'kill-word', 'kill-word': 'kill-word', 'word-left': 'word-left', 'word-right': 'word-right',
};
