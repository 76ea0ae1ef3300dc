/**
 * The terminal's brain: turns keystrokes into line edits, submits complete input to the session, and
 * writes output. Talks to the screen through the tiny `TerminalLike` interface, so it runs (and is
 * tested) without xterm or a DOM. The session may answer at once (a ShellSession) or later (the
 * simulator in a Web Worker): while an answer is awaited, input is held and replayed in order.
 */
import type { Completion, RunResult } from '@/lib/shell/types';
import type { Answer, ControllerOptions, TerminalLike, TerminalSession } from './terminal-session';
import { commonPrefix, completionText } from './completion';
import { HeldInput } from './held-input';
import { EDIT_KEYS } from './edit-keys';
import { decodeKeys, type KeyEvent } from './keys';
import { EMPTY, edit, type EditAction, type EditorState } from './line-editor';
import { columns, drawLine, NOTHING_DRAWN, reflow, type DrawnLine } from './line-render';
import { colourPrompt, toTerminal } from './output';

export type { ControllerOptions, TerminalLike, TerminalSession, TranscriptEntry } from './terminal-session';

const CONTINUATION = '> ';

export class TerminalController {
  private state: EditorState = EMPTY;
  private drawn: DrawnLine = NOTHING_DRAWN;
  /** Lines already entered for a command that still needs more (open quote, trailing \, heredoc…). */
  private pending = '';
  private lastKeyWasTab = false;
  /** While a program waits for an answer (`[y/N] `): its question's last line, the answer's prompt. */
  private question = '';
  private session: TerminalSession | null;
  /**
   * Input that needs the shell, typed or Run before the session exists or while it is answering:
   * replayed in order (by `attach`, or when the answer arrives). Ctrl+C drops it (type-ahead).
   */
  private readonly held = new HeldInput(() => this.session !== null);

  /** `session` may come later (null, then `attach`): the prompt shows and typing echoes meanwhile. */
  constructor(
    private readonly term: TerminalLike,
    session: TerminalSession | null,
    private readonly options: ControllerOptions = {},
  ) {
    this.session = session;
  }

  /**
   * The session is ready: show its prompt, call `connected` (which may print notices), then run what
   * was entered while it loaded.
   */
  attach(session: TerminalSession, connected?: () => void): void {
    this.session = session;
    this.redraw();
    const typed = this.state;
    connected?.();
    if (this.state !== typed) {
      // A notice (terminal restored…) dropped the line; it was typed before, so keep it.
      this.state = typed;
      this.redraw();
    }
    this.held.drain();
  }

  /** Print the first prompt. */
  start(): void {
    this.redraw();
  }

  /** Input from the terminal (keys or a paste). */
  handleData(data: string): void {
    for (const event of decodeKeys(data)) {
      // Ctrl+C overtakes what is held: it drops the type-ahead and runs as soon as the shell can.
      if (event.type === 'key' && event.name === 'ctrl-c') this.held.drop();
      if (this.waiting(event)) this.held.hold(() => this.handleEvent(event));
      else this.handleEvent(event);
    }
  }

  /**
   * Whether `event` must wait: while the shell is answering or input is already held; before the
   * session exists, all but typing and line editing.
   */
  private waiting(event: KeyEvent): boolean {
    if (this.held.holding) return true;
    return !this.session && !(event.type === 'text' || (event.type === 'key' && EDIT_KEYS[event.name] !== undefined));
  }

  /** Go on with `next` once the shell has answered (a session in a worker answers later). */
  private after<T>(answer: Answer<T>, next: (value: T) => void): void {
    this.held.after(answer, next, (error) => {
      this.write({ output: [{ text: `dockerlings: the simulator did not answer (${error instanceof Error ? error.message : String(error)})\n` }] });
      if (!this.attached()) this.redraw();
    });
  }

  /** Type text and press Enter (the Run button). Each complete command runs in order. */
  runText(text: string): void {
    if (!this.session || this.held.holding) this.held.hold(() => this.typeAndRun(text));
    else this.typeAndRun(text);
  }

  private typeAndRun(text: string): void {
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
    this.question = '';
    this.drawn = NOTHING_DRAWN;
    // While a call is being answered, its output and then the prompt follow.
    if (!this.held.busy && !this.attached()) this.redraw();
  }

  /** The terminal was resized: the line has been reflowed, so recompute where the cursor is. */
  resized(): void {
    this.drawn = reflow(this.prompt(), this.state.line, this.state.cursor, this.term.cols);
  }

  private attached(): boolean {
    return this.session !== null && this.pending === '' && this.session.prompt() === '' && !this.session.asking?.();
  }

  private prompt(): string {
    if (this.question !== '') return this.question;
    return this.pending ? CONTINUATION : colourPrompt(this.session ? this.session.prompt() : (this.options.initialPrompt ?? '$ '));
  }

  private get shell(): TerminalSession {
    if (!this.session) throw new Error('TerminalController: no session yet');
    return this.session;
  }

  private redraw(): void {
    const secret = this.session?.asking?.()?.secret === true; // a password does not echo
    const { out, drawn } = drawLine(this.drawn, this.prompt(), secret ? '' : this.state.line, secret ? 0 : this.state.cursor, this.term.cols);
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
    const simple = EDIT_KEYS[event.name];
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
    this.pasteLines(text.replace(/\r\n?/g, '\n').split('\n'));
  }

  /** The lines after one whose command is still being answered go first when it is. */
  private pasteLines(lines: readonly string[]): void {
    for (const [i, line] of lines.entries()) {
      if (line) this.apply({ type: 'insert', text: line.replace(/\t/g, '    ') });
      if (i === lines.length - 1) return;
      this.submit();
      if (this.held.busy) {
        const rest = lines.slice(i + 1);
        this.held.holdFirst(() => this.pasteLines(rest));
        return;
      }
    }
  }

  /** Enter: the cursor goes to a new line, except after a password (echo is off: the program prints it). */
  private endLine(newline = true): void {
    this.apply({ type: 'end' });
    if (newline) this.term.write('\r\n');
    this.drawn = NOTHING_DRAWN;
  }

  private submit(): void {
    const shown = this.prompt();
    const answer = this.shell.asking?.() ?? null;
    this.endLine(!answer?.secret);
    const source = this.pending + this.state.line;
    this.state = EMPTY;
    const typed = answer?.secret ? '' : source.split('\n').pop();
    this.options.onTranscript?.({ kind: 'command', text: `${shown.replace(/\x1b\[[0-9;]*m/g, '')}${typed}` });
    this.question = '';
    // An empty line runs nothing, unless it answers a question (Enter alone: the default answer).
    if (source.trim() === '' && !answer) return this.ran(null);
    this.after(answer ? false : this.shell.needsMore(source), (more) => {
      if (more) {
        this.pending = `${source}\n`;
        return this.redraw();
      }
      this.after(this.shell.run(source), (result) => this.ran(result));
    });
  }

  /** The command has run (null: an empty line, nothing ran): its output, then the prompt. */
  private ran(result: RunResult | null): void {
    this.pending = '';
    if (result) this.write(result);
    if (!this.attached()) this.redraw();
  }

  private interrupt(): void {
    this.apply({ type: 'end' });
    this.term.write('^C\r\n');
    this.drawn = NOTHING_DRAWN;
    this.state = EMPTY;
    this.pending = '';
    this.question = '';
    this.options.onTranscript?.({ kind: 'output', text: '^C' });
    this.after(this.shell.interrupt(), (result) => {
      const text = result.output.map((o) => o.text).join('').replace(/^\^C\n?/, '');
      this.write({ ...result, output: [{ text }] });
      if (!this.attached()) this.redraw();
    });
  }

  private write(result: { output: ReadonlyArray<{ text: string }>; clear?: boolean }): void {
    if (result.clear) this.term.write('\x1b[2J\x1b[3J\x1b[H');
    const text = result.output.map((o) => o.text).join('');
    if (text === '') return;
    this.options.onTranscript?.({ kind: 'output', text: text.replace(/\n$/, '') });
    if (this.session?.asking?.() && !text.endsWith('\n')) {
      // The question's last line becomes the prompt the answer is typed after.
      const cut = text.lastIndexOf('\n') + 1;
      this.question = text.slice(cut);
      return this.term.write(toTerminal(text.slice(0, cut)));
    }
    this.term.write(toTerminal(text.endsWith('\n') ? text : `${text}\n`));
  }

  private complete(secondTab: boolean): void {
    const { line, cursor } = this.state;
    this.after(this.shell.complete(line, cursor), (completion) => this.completed(line, cursor, completion, secondTab));
  }

  private completed(line: string, cursor: number, { from, candidates }: Completion, secondTab: boolean): void {
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
