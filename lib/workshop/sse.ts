/**
 * Server-sent events, both ends: `sseFrame` writes one event, `SseParser` reads a byte-stream back into
 * events. The browser reads the stream with fetch (not EventSource) so the secret travels in a header,
 * never in a URL that ends up in logs.
 */

export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
}

export function sseFrame(event: string, data: unknown, id?: number | string): string {
  const lines = JSON.stringify(data).split('\n').map((l) => `data: ${l}`);
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\n${lines.join('\n')}\n\n`;
}

/** A comment line: keeps proxies from closing an idle stream. */
export const SSE_HEARTBEAT = ': keep-alive\n\n';

export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = 'message';
  private id: string | null = null;

  /** Feed decoded text; returns the events completed by it. */
  push(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const out: SseMessage[] = [];
    let nl: number;
    while ((nl = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, nl);
      const width = this.buffer.startsWith('\r\n', nl) ? 2 : 1;
      if (this.buffer[nl] === '\r' && width === 1 && nl === this.buffer.length - 1) break; // maybe half a CRLF
      this.buffer = this.buffer.slice(nl + width);
      if (line === '') {
        if (this.data.length > 0) out.push({ id: this.id, event: this.event, data: this.data.join('\n') });
        this.data = [];
        this.event = 'message';
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') this.data.push(value);
      else if (field === 'event') this.event = value;
      else if (field === 'id') this.id = value;
    }
    return out;
  }
}
