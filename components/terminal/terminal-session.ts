/**
 * The seams of the terminal's controller (controller.ts): the screen it writes to (xterm, or a test
 * screen), the transcript it reports, and the shell it drives: the simulator's ShellSession, whose
 * calls answer at once, or a RemoteSession (worker/remote-session.ts), whose calls answer later
 * because the simulator runs in a Web Worker.
 */
import type { Completion, RunResult } from '@/lib/shell/types';

/** A shell call's answer: at once (a ShellSession) or later (a session in a worker). */
export type Answer<T> = T | Promise<T>;

/**
 * What the terminal drives: a ShellSession, or one whose shell calls answer asynchronously (the
 * simulator in a Web Worker). `prompt` and `history` are read synchronously (a remote session keeps
 * a copy of them, current whenever a call has answered).
 */
export interface TerminalSession {
  prompt(): string;
  history(): readonly string[];
  /** A program waits for the answer to a question it printed (`[y/N] `); null or absent when none. */
  asking?(): { secret: boolean } | null;
  needsMore(source: string): Answer<boolean>;
  run(source: string): Answer<RunResult>;
  complete(line: string, cursor: number): Answer<Completion>;
  interrupt(): Answer<RunResult>;
}

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
