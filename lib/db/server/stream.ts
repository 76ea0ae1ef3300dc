/**
 * A live stream of a room's log as server-sent events. It first sends `hello`, then everything after
 * the client's cursor, then new entries whenever the feed signals the room. A heartbeat (default 15 s)
 * keeps proxies from closing it and also re-reads the log, so a missed signal (a PostgreSQL listener
 * reconnecting) delays an update by one heartbeat at most. When the room is deleted or expires the
 * stream sends `gone` and ends.
 */
import { SSE_HEARTBEAT, sseFrame } from '../../workshop/sse';
import type { ServiceContext } from './context';
import { readEntries, type Viewer } from './log';
import { findWorkshopById } from './rooms';

export interface StreamOptions {
  workshopId: string;
  viewer: Viewer;
  after: number;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  heartbeatMs?: number;
}

const PAGE = 500;

export function roomStream(ctx: ServiceContext, o: StreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let cursor = o.after;
      let reading = false;
      let again = false;
      let ended = false;
      const send = (text: string) => {
        if (!ended) controller.enqueue(encoder.encode(text));
      };
      const end = (reason?: 'deleted' | 'expired') => {
        if (ended) return;
        if (reason) send(sseFrame('gone', { reason }));
        ended = true;
        cleanup();
        controller.close();
      };
      const pump = async () => {
        if (reading) {
          again = true;
          return;
        }
        reading = true;
        try {
          do {
            again = false;
            for (;;) {
              const page = await readEntries(ctx.store.db, o.workshopId, cursor, o.viewer, PAGE);
              if (page.length === 0 || ended) break;
              cursor = page[page.length - 1]!.seq;
              send(sseFrame('entries', { entries: page }, cursor));
              if (page.length < PAGE) break;
            }
          } while (again && !ended);
        } catch {
          // a database hiccup: the next signal or heartbeat reads again from the same cursor
        } finally {
          reading = false;
        }
      };
      const heartbeat = async () => {
        send(SSE_HEARTBEAT);
        const room = await findWorkshopById(ctx.store.db, o.workshopId).catch(() => undefined);
        if (room === null) return end('deleted');
        if (room && room.expires_at <= ctx.now()) return end('expired');
        await pump();
      };
      const unsubscribe = ctx.store.feed.subscribe(o.workshopId, (s) => {
        if (s.gone) end(s.gone);
        else if (s.seq > cursor && (o.viewer.kind === 'instructor' || s.roomWide)) void pump();
      });
      const timer = setInterval(() => void heartbeat(), o.heartbeatMs ?? 15_000);
      const onAbort = () => end();
      o.signal.addEventListener('abort', onAbort);
      cleanup = () => {
        unsubscribe();
        clearInterval(timer);
        o.signal.removeEventListener('abort', onAbort);
      };
      send(`retry: 2000\n${sseFrame('hello', { after: cursor })}`);
      if (o.signal.aborted) end();
      else void pump();
    },
    cancel() {
      cleanup();
    },
  });
}
