import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from './events';
import { Outbox, type OutboxDeps, type SendResult, backoffMs } from './outbox';

/** A fake server that stores events by id (idempotent, as the real one) and can be switched off. */
class FakeServer {
  stored = new Map<string, EventEnvelope>();
  posts = 0;
  online = true;
  next: SendResult | null = null;
  /** Store, then lose the response (the network dropped after the commit). */
  loseResponse = false;

  send = async (batch: EventEnvelope[]): Promise<SendResult> => {
    this.posts++;
    if (this.next) {
      const r = this.next;
      this.next = null;
      return r;
    }
    if (!this.online) throw new TypeError('Failed to fetch');
    for (const e of batch) this.stored.set(e.id, e);
    if (this.loseResponse) {
      this.loseResponse = false;
      throw new TypeError('network connection was lost');
    }
    return { kind: 'acked', acked: batch.map((e) => e.id), rejected: [] };
  };
}

function setup() {
  const server = new FakeServer();
  let saved: string | null = null;
  const timers: Array<{ fn: () => void; ms: number }> = [];
  let n = 0;
  const deps: OutboxDeps = {
    storage: { read: () => saved, write: (v) => (saved = v) },
    send: server.send,
    now: () => 1_000 + n,
    newId: () => `event-${String(++n).padStart(4, '0')}`,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
  };
  const runTimers = async () => {
    const due = timers.splice(0);
    for (const t of due) t.fn();
    await settle();
  };
  return { server, deps, timers, runTimers, storage: () => saved, setStorage: (v: string | null) => (saved = v) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const lesson = { type: 'lesson-completed' as const, lesson: 'a-b/c-d' };

describe('Outbox', () => {
  it('sends an event and forgets it once acknowledged', async () => {
    const t = setup();
    const box = new Outbox(t.deps);
    const env = box.enqueue(lesson);
    await settle();
    expect(t.server.stored.get(env.id)?.event).toEqual(lesson);
    expect(box.pending()).toEqual([]);
  });

  it('keeps events while offline, in storage, and delivers each exactly once when back', async () => {
    const t = setup();
    t.server.online = false;
    const box = new Outbox(t.deps);
    const ids = [box.enqueue(lesson).id, box.enqueue(lesson).id, box.enqueue(lesson).id];
    await settle();
    expect(box.pending().map((e) => e.id)).toEqual(ids);
    expect(JSON.parse(t.storage()!).events).toHaveLength(3);
    expect(t.timers.map((x) => x.ms)).toEqual([1000]); // one retry scheduled, not one per event
    await t.runTimers();
    expect(t.timers.map((x) => x.ms)).toEqual([2000]); // backoff grows
    t.server.online = true;
    box.wake();
    await settle();
    expect([...t.server.stored.keys()]).toEqual(ids);
    expect(box.pending()).toEqual([]);
  });

  it('survives a reload: a new Outbox on the same storage sends what the old one queued', async () => {
    const t = setup();
    t.server.online = false;
    new Outbox(t.deps).enqueue(lesson);
    await settle();
    t.server.online = true;
    const again = new Outbox(t.deps);
    await again.flush();
    expect(t.server.stored.size).toBe(1);
    expect(again.pending()).toEqual([]);
  });

  it('resends with the same id when the response was lost, so the server keeps one copy', async () => {
    const t = setup();
    t.server.loseResponse = true;
    const box = new Outbox(t.deps);
    const env = box.enqueue(lesson);
    await settle();
    expect(box.pending().map((e) => e.id)).toEqual([env.id]);
    await t.runTimers();
    expect(t.server.posts).toBe(2);
    expect([...t.server.stored.keys()]).toEqual([env.id]);
    expect(box.pending()).toEqual([]);
  });

  it('sends a long queue in batches of at most 100', async () => {
    const t = setup();
    t.server.online = false;
    const box = new Outbox(t.deps);
    for (let i = 0; i < 250; i++) box.enqueue(lesson);
    await settle();
    t.server.online = true;
    const posts = t.server.posts;
    await box.flush();
    expect(t.server.posts - posts).toBe(3);
    expect(t.server.stored.size).toBe(250);
  });

  it('drops events the server rejects for good and keeps going', async () => {
    const t = setup();
    t.server.online = false;
    const box = new Outbox(t.deps);
    const a = box.enqueue(lesson).id;
    box.enqueue(lesson);
    await settle();
    t.server.online = true;
    t.server.next = { kind: 'acked', acked: [], rejected: [a] };
    await box.flush();
    expect(box.pending()).toEqual([]);
    expect([...t.server.stored.keys()]).toEqual(['event-0002']);
  });

  it('stops and clears the queue when the room is gone', async () => {
    const t = setup();
    const box = new Outbox(t.deps);
    t.server.next = { kind: 'fatal', reason: 'closed' };
    box.enqueue(lesson);
    await settle();
    expect(box.status()).toEqual({ state: 'stopped', pending: 0, reason: 'closed' });
    box.enqueue(lesson);
    await settle();
    expect(t.server.posts).toBe(1);
  });

  it('honours the retry delay the server asks for', async () => {
    const t = setup();
    t.server.next = { kind: 'retry', afterMs: 7000 };
    new Outbox(t.deps).enqueue(lesson);
    await settle();
    expect(t.timers.map((x) => x.ms)).toEqual([7000]);
  });

  it('starts afresh from corrupt storage', () => {
    const t = setup();
    t.setStorage('{not json');
    expect(new Outbox(t.deps).pending()).toEqual([]);
    t.setStorage(JSON.stringify({ v: 99, events: [1] }));
    expect(new Outbox(t.deps).pending()).toEqual([]);
  });

  it('caps the backoff at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
