/**
 * Decodes what xterm's onData delivers (typed characters, control codes, escape sequences, bracketed
 * paste) into key events. Pure: no xterm import.
 */

export type KeyName =
  | 'enter' | 'tab' | 'backspace' | 'delete' | 'up' | 'down' | 'left' | 'right' | 'home' | 'end'
  | 'word-left' | 'word-right' | 'kill-word'
  | 'ctrl-a' | 'ctrl-b' | 'ctrl-c' | 'ctrl-d' | 'ctrl-e' | 'ctrl-f' | 'ctrl-k' | 'ctrl-l' | 'ctrl-n'
  | 'ctrl-p' | 'ctrl-u' | 'ctrl-w';

export type KeyEvent = { type: 'key'; name: KeyName } | { type: 'text'; text: string } | { type: 'paste'; text: string };

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

const SEQUENCES: Record<string, KeyName> = {
  '\x1b[A': 'up', '\x1bOA': 'up',
  '\x1b[B': 'down', '\x1bOB': 'down',
  '\x1b[C': 'right', '\x1bOC': 'right',
  '\x1b[D': 'left', '\x1bOD': 'left',
  '\x1b[H': 'home', '\x1bOH': 'home', '\x1b[1~': 'home', '\x1b[7~': 'home',
  '\x1b[F': 'end', '\x1bOF': 'end', '\x1b[4~': 'end', '\x1b[8~': 'end',
  '\x1b[3~': 'delete',
  '\x1b[1;5C': 'word-right', '\x1b[1;3C': 'word-right', '\x1bf': 'word-right',
  '\x1b[1;5D': 'word-left', '\x1b[1;3D': 'word-left', '\x1bb': 'word-left',
  '\x1b\x7f': 'kill-word',
};

const CONTROLS: Record<string, KeyName> = {
  '\r': 'enter', '\t': 'tab', '\x7f': 'backspace', '\b': 'backspace',
  '\x01': 'ctrl-a', '\x02': 'ctrl-b', '\x03': 'ctrl-c', '\x04': 'ctrl-d', '\x05': 'ctrl-e', '\x06': 'ctrl-f',
  '\x0b': 'ctrl-k', '\x0c': 'ctrl-l', '\x0e': 'ctrl-n', '\x10': 'ctrl-p', '\x15': 'ctrl-u', '\x17': 'ctrl-w',
};

/** A CSI or SS3 sequence at the start of `data` (the whole escape), or null. */
function escapeAt(data: string): string | null {
  const csi = /^\x1b\[[0-9;?]*[ -/]*[@-~]/.exec(data);
  if (csi) return csi[0];
  const ss3 = /^\x1bO./.exec(data);
  if (ss3) return ss3[0];
  return data.length >= 2 ? data.slice(0, 2) : null;
}

export function decodeKeys(data: string): KeyEvent[] {
  const events: KeyEvent[] = [];
  let text = '';
  const flush = () => {
    if (text) events.push({ type: 'text', text });
    text = '';
  };
  let rest = data;
  // A multi-line chunk without bracketed-paste markers is a paste too (some browsers, the Run button).
  if (!rest.startsWith(PASTE_START) && /[\r\n]./s.test(rest) && !rest.includes('\x1b')) {
    return [{ type: 'paste', text: rest }];
  }
  while (rest.length > 0) {
    if (rest.startsWith(PASTE_START)) {
      flush();
      const end = rest.indexOf(PASTE_END);
      const body = rest.slice(PASTE_START.length, end < 0 ? undefined : end);
      events.push({ type: 'paste', text: body });
      rest = end < 0 ? '' : rest.slice(end + PASTE_END.length);
      continue;
    }
    const ch = rest[0]!;
    if (ch === '\x1b') {
      flush();
      const seq = escapeAt(rest) ?? ch;
      const name = SEQUENCES[seq];
      if (name) events.push({ type: 'key', name });
      rest = rest.slice(seq.length);
      continue;
    }
    const control = CONTROLS[ch];
    if (control) {
      flush();
      events.push({ type: 'key', name: control });
    } else if (ch === '\n') {
      flush();
      events.push({ type: 'key', name: 'enter' });
    } else if (ch >= ' ') {
      text += ch;
    }
    rest = rest.slice(1);
  }
  flush();
  return events;
}
