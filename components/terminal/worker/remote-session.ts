/**
 * The page's handle on the shell in the worker: a TerminalSession whose calls are messages answered
 * later (in order), with a copy of the prompt and history the terminal reads synchronously. The copy
 * is brought up to date by every answer and notice, before the caller hears of them.
 */
import type { Completion, RunResult } from '@/lib/shell/types';
import type { TerminalSession } from '../terminal-session';
import { applyHistoryDelta } from './history-delta';
import type { CallName, PageMessage, ShellAnswer, ShellCalls, ShellView } from './protocol';

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** The worker stopped or a call failed in it. */
export class SimulatorError extends Error {
  override name = 'SimulatorError';
}

export class RemoteSession implements TerminalSession {
  private currentPrompt = '';
  private currentAsking: { secret: boolean } | null = null;
  private currentHistory: readonly string[] = [];
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private gone: string | null = null;

  constructor(
    private readonly send: (message: PageMessage) => void,
    view: ShellView,
  ) {
    this.update(view);
  }

  prompt(): string {
    return this.currentPrompt;
  }

  history(): readonly string[] {
    return this.currentHistory;
  }

  asking(): { secret: boolean } | null {
    return this.currentAsking;
  }

  needsMore(source: string): Promise<boolean> {
    return this.call('needsMore', source);
  }

  run(source: string): Promise<RunResult> {
    return this.call('run', source);
  }

  complete(line: string, cursor: number): Promise<Completion> {
    return this.call('complete', line, cursor);
  }

  interrupt(): Promise<RunResult> {
    return this.call('interrupt');
  }

  /** The shell looks different (an answer or a notice says how). */
  update(view: ShellView): void {
    this.currentPrompt = view.prompt;
    this.currentAsking = view.asking;
    if (view.history) this.currentHistory = applyHistoryDelta(this.currentHistory, view.history);
  }

  /** An answer from the worker. */
  answered(answer: ShellAnswer): void {
    this.update(answer.view);
    this.waiting.get(answer.id)?.resolve(answer.value);
    this.waiting.delete(answer.id);
  }

  /** A call threw in the worker. */
  failed(id: number, message: string): void {
    this.waiting.get(id)?.reject(new SimulatorError(message));
    this.waiting.delete(id);
  }

  /** The worker is gone: calls waiting, and any later call, fail with `reason`. */
  stop(reason: string): void {
    this.gone = reason;
    for (const call of this.waiting.values()) call.reject(new SimulatorError(reason));
    this.waiting.clear();
  }

  private call<K extends CallName>(name: K, ...args: ShellCalls[K]['args']): Promise<ShellCalls[K]['answer']> {
    if (this.gone !== null) return Promise.reject(new SimulatorError(this.gone));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // A generic name cannot be narrowed to one member of the ShellCall union; the signature pairs them.
      this.send({ type: 'call', id, name, args } as PageMessage);
    });
  }
}
