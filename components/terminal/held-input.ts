/**
 * Input the terminal holds back while its session is loading or still answering a shell call (the
 * simulator runs in a Web Worker, so a command's output arrives later): replayed in order once the
 * session can take it. Once something is held, everything after it is held too, so the order of
 * keys and Run commands never changes. No DOM, no xterm.
 */
import type { Answer } from './terminal-session';

export class HeldInput {
  private queue: Array<() => void> = [];
  /** Shell calls awaiting their answer. */
  private awaiting = 0;

  /** `ready`: whether held input may run now (the session is attached). */
  constructor(private readonly ready: () => boolean) {}

  /** A shell call is being answered. */
  get busy(): boolean {
    return this.awaiting > 0;
  }

  /** Whether new input must wait its turn (a call is being answered or input is already held). */
  get holding(): boolean {
    return this.awaiting > 0 || this.queue.length > 0;
  }

  hold(replay: () => void): void {
    this.queue.push(replay);
  }

  /** Hold `replay` ahead of everything (the rest of a paste whose line is being answered). */
  holdFirst(replay: () => void): void {
    this.queue.unshift(replay);
  }

  /** Forget what was typed ahead (Ctrl+C). */
  drop(): void {
    this.queue.length = 0;
  }

  /** Replay held input until it is all done or a replayed key waits for the shell again. */
  drain(): void {
    while (this.ready() && this.awaiting === 0 && this.queue.length > 0) this.queue.shift()!();
  }

  /**
   * Go on with `next` once the shell has answered: at once for a plain value, else when the promise
   * settles (`failed` if it rejects); input meanwhile is held, then replayed.
   */
  after<T>(answer: Answer<T>, next: (value: T) => void, failed: (error: unknown) => void): void {
    if (!(answer instanceof Promise)) return next(answer);
    this.awaiting++;
    answer.then(
      (value) => this.settled(() => next(value)),
      (error: unknown) => this.settled(() => failed(error)),
    );
  }

  private settled(then: () => void): void {
    this.awaiting--;
    then();
    this.drain();
  }
}
