/**
 * The terminal's brain: turns keystrokes into line edits, submits complete input to the ShellSession,
 * and writes output. Talks to the screen through the tiny `TerminalLike` interface, so it runs (and is
 * tested) without xterm or a DOM.
 */
import type { ShellSession } from '@/lib/shell/types';
import { commonPrefix, completionText } from './completion';
import { decodeKeys, type KeyEvent, type KeyName } from './keys';
import { EMPTY, edit, type EditAction, type EditorState } from './line-editor';
import { columns, drawLine, NOTHING_DRAWN, reflow, type DrawnLine } from './line-render';
import { colourPrompt, toTerminal } from './output';

export interface TerminalLike {
  write(data: string): void;
  readonly cols: number;
}

/** What a screen reader log (and the e2e tests) should read: each command and what it printed. */
export type TranscriptEntry = { kind: 'command'; text: string } | { kind: 'output'; text: string };

export interface ControllerOptions {
  onTranscript?: (entry: TranscriptEntry) => void;
  /** The prompt shown while the session is still loading (see `attach`). */
  initialPrompt?: string;
}

/** Keys that only edit the line, so they work before the session exists. */
const LOCAL_KEYS = new Set<KeyName>(['backspace', 'delete', 'left', 'right', 'home', 'end', 'ctrl-a', 'ctrl-e', 'ctrl-b', 'ctrl-f', 'ctrl-u', 'ctrl-k', 'ctrl-w', 'kill-word', 'word-left', 'word-right']);

const CONTINUATION = '> ';
const SIMPLE: Partial<Record<KeyName, EditAction['type']>> = {
  backspace: 'backspace', delete: 'delete', left: 'left', right: 'right', home: 'home', end: 'end',
  'ctrl-a': 'home', 'ctrl-e': 'end', 'ctrl-b': 'left', 'ctrl-f': 'right', 'ctrl-u': 'kill-start',
  'ctrl-k': 'kill-end', 'ctrl-w': 'kill-word', 'kill-word': 'kill-word', 'word-left': 'word-left', 'word-right': 'word-right',
};

export class TerminalController {
  private state: EditorState = EMPTY;
  private drawn: DrawnLine = NOTHING_DRAWN;
  /** Lines already entered for a command that still needs more (open quote, trailing \, heredoc…). */
  private pending = '';
  private lastKeyWasTab = false;
  private session: ShellSession | null;
  /**
   * Input that needs the shell, typed or Run before the session exists: replayed in order by `attach`.
   * Once something is held, everything after it is held too, so the order never changes.
   */
  private held: Array<() => void> = [];

  /** `session` may come later (null, then `attach`): the prompt shows and typing echoes meanwhile. */
  constructor(
    private readonly term: TerminalLike,
    session: ShellSession | null,
    private readonly options: ControllerOptions = {},
  ) {
    this.session = session;
  }

  /**
   * The session is ready: show its prompt, call `connected` (which may print notices), then run what
   * was entered while it loaded.
   */
  attach(session: ShellSession, connected?: () => void): void {
    this.session = session;
    this.redraw();
    const typed = this.state;
    connected?.();
    if (this.state !== typed) {
      // A notice (terminal restored…) dropped the line; it was typed before, so keep it.
      this.state = typed;
      this.redraw();
    }
    for (const replay of this.held.splice(0)) replay();
  }

  /** Print the first prompt. */
  start(): void {
    this.redraw();
  }

  /** Input from the terminal (keys or a paste). */
  handleData(data: string): void {
    for (const event of decodeKeys(data)) {
      if (this.waiting(event)) this.held.push(() => this.handleEvent(event));
      else this.handleEvent(event);
    }
  }

  /** Whether `event` must wait for the session (typing and line editing need not, unless input is already held). */
  private waiting(event: KeyEvent): boolean {
    if (this.session && this.held.length === 0) return false;
    return this.held.length > 0 || !(event.type === 'text' || (event.type === 'key' && LOCAL_KEYS.has(event.name)));
  }

  /** Type text and press Enter (the Run button). Each complete command runs in order. */
  runText(text: string): void {
    if (!this.session || this.held.length > 0) {
      this.held.push(() => this.runText(text));
      return;
    }
    if (this.attached()) {
      this.term.write('\r\n\x1b[2m(a process is attached: press Ctrl+C first)\x1b[0m\r\n');
      return;
    }
    this.paste(`${text.replace(/\n+$/, '')}\n`);
  }

  /**
   * The session changed outside the terminal (an exercise reset, undo or restore): drop the line
   * being typed, print a dim note and a fresh prompt.
   */
  notice(text: string): void {
    this.term.write(this.state.line === '' && this.pending === '' ? '\r\x1b[2K' : '\r\n');
    this.term.write(`\x1b[2m${text}\x1b[0m\r\n`);
    this.options.onTranscript?.({ kind: 'output', text });
    this.state = EMPTY;
    this.pending = '';
    this.drawn = NOTHING_DRAWN;
    if (!this.attached()) this.redraw();
  }

  /** The terminal was resized: the line has been reflowed, so recompute where the cursor is. */
  resized(): void {
    this.drawn = reflow(this.prompt(), this.state.line, this.state.cursor, this.term.cols);
  }

  private attached(): boolean {
    return this.session !== null && this.pending === '' && this.session.prompt() === '';
  }

  private prompt(): string {
    return this.pending ? CONTINUATION : colourPrompt(this.session ? this.session.prompt() : (this.options.initialPrompt ?? '$ '));
  }

  private get shell(): ShellSession {
    if (!this.session) throw new Error('TerminalController: no session yet');
    return this.session;
  }

  private redraw(): void {
    const { out, drawn } = drawLine(this.drawn, this.prompt(), this.state.line, this.state.cursor, this.term.cols);
    this.drawn = drawn;
    this.term.write(out);
  }

  private apply(action: EditAction): void {
    const next = edit(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.redraw();
  }

  private handleEvent(event: KeyEvent): void {
    const wasTab = this.lastKeyWasTab;
    this.lastKeyWasTab = event.type === 'key' && event.name === 'tab';
    if (this.attached()) {
      if (event.type === 'key' && event.name === 'ctrl-c') this.interrupt();
      return;
    }
    if (event.type === 'text') return this.apply({ type: 'insert', text: event.text });
    if (event.type === 'paste') return this.paste(event.text);
    const simple = SIMPLE[event.name];
    if (simple) return this.apply({ type: simple } as EditAction);
    switch (event.name) {
      case 'enter':
        return this.submit();
      case 'tab':
        return this.complete(wasTab);
      case 'up':
      case 'ctrl-p':
        return this.apply({ type: 'history-prev', history: this.shell.history() });
      case 'down':
      case 'ctrl-n':
        return this.apply({ type: 'history-next', history: this.shell.history() });
      case 'ctrl-c':
        return this.interrupt();
      case 'ctrl-l':
        this.term.write('\x1b[2J\x1b[3J\x1b[H');
        this.drawn = NOTHING_DRAWN;
        return this.redraw();
      case 'ctrl-d':
        if (this.state.line === '' && this.pending === '') {
          this.state = { ...EMPTY, line: 'exit', cursor: 4 };
          this.redraw();
          return this.submit();
        }
        return this.apply({ type: 'delete' });
    }
  }

  /** Insert pasted text; every newline submits, so complete commands run one after another. */
  private paste(text: string): void {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    lines.forEach((line, i) => {
      if (line) this.apply({ type: 'insert', text: line.replace(/\t/g, '    ') });
      if (i < lines.length - 1) this.submit();
    });
  }

  private endLine(): void {
    this.apply({ type: 'end' });
    this.term.write('\r\n');
    this.drawn = NOTHING_DRAWN;
  }

  private submit(): void {
    const shown = this.prompt();
    this.endLine();
    const source = this.pending + this.state.line;
    this.state = EMPTY;
    this.options.onTranscript?.({ kind: 'command', text: `${shown.replace(/\x1b\[[0-9;]*m/g, '')}${source.split('\n').pop()}` });
    if (source.trim() !== '' && this.shell.needsMore(source)) {
      this.pending = `${source}\n`;
      return this.redraw();
    }
    this.pending = '';
    if (source.trim() !== '') this.write(this.shell.run(source));
    if (!this.attached()) this.redraw();
  }

  private interrupt(): void {
    this.apply({ type: 'end' });
    this.term.write('^C\r\n');
    this.drawn = NOTHING_DRAWN;
    this.state = EMPTY;
    this.pending = '';
    this.options.onTranscript?.({ kind: 'output', text: '^C' });
    const result = this.shell.interrupt();
    const text = result.output.map((o) => o.text).join('').replace(/^\^C\n?/, '');
    this.write({ ...result, output: [{ text }] });
    if (!this.attached()) this.redraw();
  }

  private write(result: { output: ReadonlyArray<{ text: string }>; clear?: boolean }): void {
    if (result.clear) this.term.write('\x1b[2J\x1b[3J\x1b[H');
    const text = result.output.map((o) => o.text).join('');
    if (text === '') return;
    this.term.write(toTerminal(text.endsWith('\n') ? text : `${text}\n`));
    this.options.onTranscript?.({ kind: 'output', text: text.replace(/\n$/, '') });
  }

  private complete(secondTab: boolean): void {
    const { line, cursor } = this.state;
    const { from, candidates } = this.shell.complete(line, cursor);
    const word = line.slice(from, cursor);
    if (candidates.length === 0) return this.term.write('\x07');
    if (candidates.length === 1) return this.apply({ type: 'complete', from, text: completionText(candidates[0]!, line.slice(cursor)) });
    const prefix = commonPrefix(candidates);
    if (prefix.length > word.length) return this.apply({ type: 'complete', from, text: prefix });
    if (!secondTab) return this.term.write('\x07');
    this.endLine();
    this.term.write(`${columns([...candidates].sort(), this.term.cols)}\r\n`);
    this.redraw();
  }
}
