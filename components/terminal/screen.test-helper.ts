/**
 * A minimal VT screen for tests: enough of xterm's behaviour (wrapping with a pending-wrap column,
 * CR/LF, cursor moves, erase, clear) to read back what a learner would see.
 */
import { TerminalController, type TerminalLike, type TranscriptEntry } from './controller';
import type { TerminalSession } from './terminal-session';

export class TestScreen implements TerminalLike {
  rows: string[][] = [[]];
  row = 0;
  col = 0;
  private wrapPending = false;
  bells = 0;

  constructor(public cols = 40) {}

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      const csi = /^\x1b\[([0-9;?]*)([A-Za-z@~])/.exec(data.slice(i));
      if (csi) {
        this.csi(csi[1] ?? '', csi[2]!);
        i += csi[0].length;
        continue;
      }
      this.char(data[i]!);
      i++;
    }
  }

  private line(r: number): string[] {
    while (this.rows.length <= r) this.rows.push([]);
    return this.rows[r]!;
  }

  private char(ch: string): void {
    if (ch === '\r') {
      this.col = 0;
      this.wrapPending = false;
    } else if (ch === '\n') {
      this.row++;
      this.line(this.row);
      this.wrapPending = false;
    } else if (ch === '\x07') {
      this.bells++;
    } else if (ch >= ' ') {
      if (this.wrapPending) {
        this.row++;
        this.col = 0;
        this.wrapPending = false;
      }
      const l = this.line(this.row);
      while (l.length < this.col) l.push(' ');
      l[this.col] = ch;
      if (this.col === this.cols - 1) this.wrapPending = true;
      else this.col++;
    }
  }

  private csi(params: string, final: string): void {
    const n = Number(params.split(';')[0]) || 1;
    this.wrapPending = false;
    if (final === 'A') this.row = Math.max(0, this.row - n);
    else if (final === 'B') this.row += n;
    else if (final === 'C') this.col = Math.min(this.cols - 1, this.col + n);
    else if (final === 'D') this.col = Math.max(0, this.col - n);
    else if (final === 'H') [this.row, this.col] = [0, 0];
    else if (final === 'K') this.line(this.row).splice(this.col);
    else if (final === 'J' && params === '') {
      this.line(this.row).splice(this.col);
      this.rows.splice(this.row + 1);
    } else if (final === 'J' && params === '2') this.rows = [[]];
  }

  /** The screen as text lines, trailing spaces and empty trailing lines removed. */
  text(): string {
    const lines = this.rows.map((r) => r.join('').trimEnd());
    while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }

  /** Text of the row the cursor is on. */
  currentLine(): string {
    return (this.rows[this.row] ?? []).join('').trimEnd();
  }
}

/**
 * A started controller on a TestScreen of `cols` columns, driving `session` (null: none attached yet,
 * showing `initialPrompt`), with its transcript.
 */
export function startController<S extends TerminalSession | null>(session: S, cols = 80, initialPrompt?: string) {
  const screen = new TestScreen(cols);
  const transcript: TranscriptEntry[] = [];
  const controller = new TerminalController(screen, session, { onTranscript: (e) => transcript.push(e), ...(initialPrompt === undefined ? {} : { initialPrompt }) });
  controller.start();
  return { screen, session, controller, transcript };
}
