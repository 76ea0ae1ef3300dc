/**
 * Reads a room stream with fetch (the secret goes in a header, not the URL) and reconnects with a
 * backoff from the last seq it saw, so a dropped connection loses nothing.
 */
import type { RoomEntry } from '@/lib/workshop/entries';
import { SseParser } from '@/lib/workshop/sse';

export type StreamState = 'connecting' | 'live' | 'offline' | 'ended';

export interface StreamHandlers {
  after(): number;
  onEntries(entries: RoomEntry[]): void;
  onGone(reason: string): void;
  onState(state: StreamState): void;
  /** 401/403/404/410 while connecting: the secret or the room is no longer valid. */
  onRefused(status: number): void;
}

export function openRoomStream(path: string, secret: string, h: StreamHandlers): () => void {
  const abort = new AbortController();
  let attempt = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    abort.abort();
    h.onState('ended');
  };

  async function once(): Promise<void> {
    h.onState('connecting');
    const res = await fetch(`${path}?after=${h.after()}`, { headers: { authorization: `Bearer ${secret}`, accept: 'text/event-stream' }, signal: abort.signal, cache: 'no-store' });
    if ([401, 403, 404, 410].includes(res.status)) {
      h.onRefused(res.status);
      stop();
      return;
    }
    if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      for (const msg of parser.push(decoder.decode(value, { stream: true }))) {
        if (msg.event === 'hello') {
          attempt = 0;
          h.onState('live');
        } else if (msg.event === 'entries') h.onEntries((JSON.parse(msg.data) as { entries: RoomEntry[] }).entries);
        else if (msg.event === 'gone') {
          h.onGone((JSON.parse(msg.data) as { reason: string }).reason);
          stop();
          return;
        }
      }
    }
  }

  void (async () => {
    while (!stopped) {
      try {
        await once();
      } catch {
        // network error or server restart: fall through to the backoff
      }
      if (stopped) return;
      h.onState('offline');
      await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** attempt++)));
    }
  })();
  return stop;
}
