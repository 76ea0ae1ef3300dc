/**
 * Streams inside the interpreter: a command writes to sinks (functions); pipes, command substitution
 * and file redirections collect into capped buffers so runaway output cannot eat memory.
 */

export type Sink = (text: string) => void;

/**
 * Standard input as a consumable stream: `read` takes one line at a time, so
 * `while read l; do …; done < file` walks the file; a command that reads its stdin takes the rest.
 */
export class Stdin {
  private pos = 0;

  constructor(readonly text: string) {}

  /** The unread rest, without consuming it. */
  peekRest(): string {
    return this.pos === 0 ? this.text : this.text.slice(this.pos);
  }

  /** Take everything that is left. */
  readAll(): string {
    const rest = this.peekRest();
    this.pos = this.text.length;
    return rest;
  }

  /** Take one line (without its newline); null at end of input. */
  readLine(): string | null {
    if (this.pos >= this.text.length) return null;
    const nl = this.text.indexOf('\n', this.pos);
    const end = nl < 0 ? this.text.length : nl;
    const line = this.text.slice(this.pos, end);
    this.pos = nl < 0 ? end : end + 1;
    return line;
  }

  /** Take up to n characters. */
  readChars(n: number): string {
    const out = this.text.slice(this.pos, this.pos + n);
    this.pos += out.length;
    return out;
  }

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }
}

export const NO_INPUT = (): Stdin => new Stdin('');

export interface Io {
  stdin: Stdin;
  out: Sink;
  err: Sink;
  /** stdout reaches the terminal (not a pipe, file or $( … )): `ls` prints columns, colours… */
  outTty: boolean;
  /** stderr reaches the terminal (docker build picks its TTY progress display from it). */
  errTty?: boolean;
  /** stdin is the terminal (not a pipe, a `<` redirect or a here-document): `docker run -it` needs it. */
  inTty?: boolean;
}

/** Max bytes one command may print (per stream); more is dropped with a note. */
export const OUTPUT_CAP = 1024 * 1024;

export const TRUNCATION_NOTE = '\n[output truncated: this simulated terminal keeps at most 1 MB per command]\n';

/** A string buffer that stops growing at `cap` characters. */
export class CappedBuffer {
  text = '';
  truncated = false;

  constructor(private readonly cap = OUTPUT_CAP) {}

  readonly write: Sink = (chunk: string) => {
    if (this.truncated || chunk === '') return;
    const room = this.cap - this.text.length;
    if (chunk.length <= room) this.text += chunk;
    else {
      this.text += chunk.slice(0, Math.max(0, room));
      this.truncated = true;
    }
  };
}

/** Where a whole run's output goes: interleaved chunks for the terminal plus per-fd text. */
export class OutputLog {
  readonly chunks: { fd: 1 | 2; text: string }[] = [];
  stdout = '';
  stderr = '';
  private size = 0;
  private truncated = false;

  // Bound, not arrow fields: one log per submitted line, so its sinks are made without closures.
  readonly out: Sink = this.push.bind(this, 1);
  readonly err: Sink = this.push.bind(this, 2);

  constructor(private readonly cap = OUTPUT_CAP) {}

  private push(fd: 1 | 2, text: string): void {
    if (text === '' || this.truncated) return;
    if (this.size + text.length > this.cap) {
      text = text.slice(0, this.cap - this.size) + TRUNCATION_NOTE;
      this.truncated = true;
    }
    this.size += text.length;
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.fd === fd) last.text += text;
    else this.chunks.push({ fd, text });
    if (fd === 1) this.stdout += text;
    else this.stderr += text;
  }
}

export const discard: Sink = () => {};
