/**
 * What the page and the simulator's Web Worker tell each other. The worker runs the simulated host
 * and the exercise agent; the page keeps xterm, the exercise panels and localStorage. Every message
 * is plain data (structured-cloneable). Types only.
 *
 * Page → worker: `start` first (the lesson and the saved values the agent reads), then shell calls,
 * the panels' exercises and actions, storage changes made by other tabs, `flush` and `dispose`.
 * Worker → page: `ready` once the host is up, one `answer` per call (in order), notices for the
 * terminal, exercise statuses for the panels, storage writes and workshop reports to carry out.
 */
import type { ExerciseAction, ExerciseSpec, ExerciseStatus } from '@/components/exercise/protocol';
import type { Completion, RunResult } from '@/lib/shell/types';
import type { LearnerEvent } from '@/lib/workshop/events';
import type { HistoryDelta } from './history-delta';

/** The shell calls the terminal makes, with what each takes and answers. */
export interface ShellCalls {
  run: { args: [source: string]; answer: RunResult };
  needsMore: { args: [source: string]; answer: boolean };
  complete: { args: [line: string, cursor: number]; answer: Completion };
  interrupt: { args: []; answer: RunResult };
}
export type CallName = keyof ShellCalls;

/**
 * The shell state the terminal reads synchronously; `history` only when it may have changed, as a
 * change to the copy the page already has (views arrive in order).
 */
export interface ShellView {
  prompt: string;
  asking: { secret: boolean } | null;
  history?: HistoryDelta;
}

export type ShellCall = { [K in CallName]: { type: 'call'; id: number; name: K; args: ShellCalls[K]['args'] } }[CallName];
export type ShellAnswer = { [K in CallName]: { type: 'answer'; id: number; name: K; value: ShellCalls[K]['answer']; view: ShellView } }[CallName];

export type PageMessage =
  /** Create the host and the agent; `stored`: the saved values the agent reads (see mirror-store.ts). */
  | { type: 'start'; lesson: string | null; stored: Record<string, string> }
  | ShellCall
  | { type: 'exercise-added'; spec: ExerciseSpec }
  | { type: 'exercise-removed'; id: string }
  | { type: 'exercise-act'; id: string; action: ExerciseAction }
  /** Another tab changed a value the worker keeps a copy of (null: removed). */
  | { type: 'stored'; key: string; value: string | null }
  /** Save the terminal now (the page is being hidden). */
  | { type: 'flush' }
  /** Save, then stop: the worker answers `disposed` and closes. */
  | { type: 'dispose' };

export type WorkerMessage =
  | { type: 'ready'; view: ShellView }
  | ShellAnswer
  /** A shell call threw (a simulator bug): the terminal says so and goes on. */
  | { type: 'call-failed'; id: number; message: string }
  /** A note for the terminal (restored, reset, undone) after which the shell may look different. */
  | { type: 'notice'; text: string; view: ShellView }
  | { type: 'status'; id: string; status: ExerciseStatus }
  /** Write this to localStorage (null: remove the key). */
  | { type: 'store'; key: string; value: string | null }
  | { type: 'report'; event: LearnerEvent }
  /** The host could not be created. */
  | { type: 'failed'; message: string }
  | { type: 'disposed' };

/** One side of the channel: a Worker, the worker's global scope or a MessagePort. */
export interface Port<Send, Receive> {
  postMessage(message: Send): void;
  addEventListener(type: 'message', listener: (event: { data: Receive }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: Receive }) => void): void;
}
