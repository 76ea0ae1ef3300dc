/**
 * The reporting API for exercises, quizzes, the exam and the terminal:
 *
 *   import { report } from '@/components/workshop/reporter';
 *   report({ type: 'exercise-goal-met', lesson: '02-images-and-containers/01-running-containers', exercise: 'run-web', goal: 'published' });
 *
 * A no-op unless this browser joined a workshop. Otherwise the event is written to a localStorage queue
 * at once and sent in the background; offline, it waits and goes when the network returns (also after a
 * reload). Each event gets its id here, so retries never duplicate it in the room.
 * Kept small (no zod, no React): lesson pages load it.
 */
import type { EventEnvelope, LearnerEvent } from '@/lib/workshop/events';
import { eventId } from '@/lib/workshop/ids';
import { clipCommand } from '@/lib/workshop/limits';
import { Outbox, type SendResult } from '@/lib/workshop/outbox';
import { clearMembership, markClosed, type Membership, OUTBOX_KEY, readMembership } from './membership';

export type { LearnerEvent };

let outbox: Outbox | null = null;
let outboxToken: string | null = null;

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

async function send(token: string, batch: EventEnvelope[]): Promise<SendResult> {
  const res = await fetch('/api/workshop/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ events: batch }),
  });
  if (res.ok) {
    const body = (await res.json()) as { acked: string[]; rejected: Array<{ id: string }> };
    return { kind: 'acked', acked: body.acked, rejected: body.rejected.map((r) => r.id) };
  }
  if (res.status === 410) {
    markClosed();
    return { kind: 'fatal', reason: 'closed' };
  }
  if (res.status === 401 || res.status === 404) {
    clearMembership();
    return { kind: 'fatal', reason: 'gone' };
  }
  if (res.status === 400 || res.status === 413) return { kind: 'acked', acked: [], rejected: batch.map((e) => e.id) };
  const retryAfter = Number(res.headers.get('retry-after'));
  return { kind: 'retry', ...(retryAfter > 0 ? { afterMs: retryAfter * 1000 } : {}) };
}

/** The queue of the current membership (made on first use; a new one when the token changes). */
export function workshopOutbox(m: Membership | null = readMembership()): Outbox | null {
  if (!m || typeof window === 'undefined') return null;
  if (outbox && outboxToken === m.token) return outbox;
  const token = m.token;
  outbox = new Outbox({
    storage: { read: () => localStorage.getItem(OUTBOX_KEY), write: (v) => localStorage.setItem(OUTBOX_KEY, v) },
    send: (batch) => send(token, batch),
    now: () => Date.now(),
    newId: () => eventId(random),
    setTimer: (fn, ms) => void setTimeout(fn, ms),
  });
  outboxToken = token;
  const box = outbox;
  window.addEventListener('online', () => box.wake());
  return box;
}

/** Report a learner event to the workshop room, if this browser is in one. Never throws. */
export function report(event: LearnerEvent): void {
  try {
    const m = readMembership();
    if (!m || m.closed) return;
    const e = event.type === 'command-failed' ? { ...event, command: clipCommand(event.command) } : event;
    workshopOutbox(m)?.enqueue(e);
  } catch {
    // reporting must never break a lesson
  }
}

/** True when this browser is in an open workshop (exercises may show a "your instructor sees this" hint). */
export function inWorkshop(): boolean {
  const m = readMembership();
  return !!m && !m.closed;
}
