/**
 * The learner's local queue of events. Every event is written to storage (localStorage in the browser)
 * before any attempt to send, and removed only when the server acknowledged it (after a durable commit).
 * Event ids are made once, at enqueue, so a retry after a lost response never duplicates: the server
 * treats a known id as already stored. Storage is re-read on every operation, so several tabs of one
 * learner share one queue (a double send is harmless for the same reason).
 */
import type { EventEnvelope, LearnerEvent } from './events';
import { MAX_EVENTS_PER_POST } from './limits';

export interface OutboxStorage {
  read(): string | null;
  write(value: string): void;
}

export type SendResult =
  /** The server stored these ids (including ones it had already) and refused `rejected` for good. */
  | { kind: 'acked'; acked: string[]; rejected: string[] }
  /** Network down, server restarting, rate limited: try again later. */
  | { kind: 'retry'; afterMs?: number }
  /** The room is gone, closed or the token is unknown: nothing queued can ever be delivered. */
  | { kind: 'fatal'; reason: string };

export interface OutboxDeps {
  storage: OutboxStorage;
  send(batch: EventEnvelope[]): Promise<SendResult>;
  now(): number;
  newId(): string;
  /** Run `fn` after `ms` (setTimeout in the browser, a fake clock in tests). */
  setTimer(fn: () => void, ms: number): void;
}

export const OUTBOX_LIMIT = 2000;
export const BACKOFF_MAX_MS = 30_000;

export type OutboxStatus = { state: 'idle' | 'sending' | 'waiting'; pending: number } | { state: 'stopped'; pending: number; reason: string };

export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_MAX_MS, 1000 * 2 ** Math.min(attempt, 5));
}

export class Outbox {
  private sending = false;
  private timerSet = false;
  private attempt = 0;
  private stopped: string | null = null;
  private listeners = new Set<(s: OutboxStatus) => void>();

  constructor(private readonly deps: OutboxDeps) {}

  pending(): EventEnvelope[] {
    const raw = this.deps.storage.read();
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed === 'object' && parsed && (parsed as { v?: unknown }).v === 1 && Array.isArray((parsed as { events?: unknown }).events)) {
        return (parsed as { events: EventEnvelope[] }).events;
      }
    } catch {
      // corrupt storage: start over rather than wedge the queue forever
    }
    return [];
  }

  /** Queue an event (durably, before anything else) and start sending. Returns its envelope. */
  enqueue(event: LearnerEvent): EventEnvelope {
    const envelope: EventEnvelope = { id: this.deps.newId(), at: this.deps.now(), event };
    const events = [...this.pending(), envelope];
    this.save(events.length > OUTBOX_LIMIT ? events.slice(events.length - OUTBOX_LIMIT) : events);
    void this.flush();
    return envelope;
  }

  status(): OutboxStatus {
    const pending = this.pending().length;
    if (this.stopped !== null) return { state: 'stopped', pending, reason: this.stopped };
    return { state: this.sending ? 'sending' : this.timerSet ? 'waiting' : 'idle', pending };
  }

  subscribe(fn: (s: OutboxStatus) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Send everything queued, batch by batch; on a retryable failure, try again after a backoff. */
  async flush(): Promise<void> {
    if (this.sending || this.stopped !== null) return;
    this.sending = true;
    this.emit();
    try {
      for (;;) {
        const batch = this.pending().slice(0, MAX_EVENTS_PER_POST);
        if (batch.length === 0) {
          this.attempt = 0;
          return;
        }
        const result = await this.deps.send(batch).catch((): SendResult => ({ kind: 'retry' }));
        if (result.kind === 'fatal') {
          this.stopped = result.reason;
          this.save([]);
          return;
        }
        if (result.kind === 'retry') {
          this.retryLater(result.afterMs ?? backoffMs(this.attempt++));
          return;
        }
        this.attempt = 0;
        const done = new Set([...result.acked, ...result.rejected]);
        if (!batch.some((e) => done.has(e.id))) {
          this.retryLater(backoffMs(this.attempt++)); // a server that acks nothing: do not spin
          return;
        }
        this.save(this.pending().filter((e) => !done.has(e.id)));
      }
    } finally {
      this.sending = false;
      this.emit();
    }
  }

  /** Called when the browser comes back online: skip the remaining backoff. */
  wake(): void {
    this.attempt = 0;
    void this.flush();
  }

  private retryLater(ms: number): void {
    if (this.timerSet) return;
    this.timerSet = true;
    this.deps.setTimer(() => {
      this.timerSet = false;
      void this.flush();
    }, ms);
  }

  private save(events: EventEnvelope[]): void {
    this.deps.storage.write(JSON.stringify({ v: 1, events }));
  }

  private emit(): void {
    const s = this.status();
    for (const fn of this.listeners) fn(s);
  }
}
