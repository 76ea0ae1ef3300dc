import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SSE_HEARTBEAT, SseParser, sseFrame } from './sse';

describe('sse', () => {
  it('reads back what it writes, with ids and event names', () => {
    const text = sseFrame('entries', { entries: [1, 2] }, 42) + SSE_HEARTBEAT + sseFrame('gone', { reason: 'deleted' });
    expect(new SseParser().push(text)).toEqual([
      { id: '42', event: 'entries', data: '{"entries":[1,2]}' },
      { id: '42', event: 'gone', data: '{"reason":"deleted"}' },
    ]);
  });

  it('handles CRLF, multi-line data and missing space after the colon', () => {
    expect(new SseParser().push('event:x\r\ndata:a\r\ndata: b\r\n\r\n')).toEqual([{ id: null, event: 'x', data: 'a\nb' }]);
  });

  it('gives the same events however the stream is split into chunks', () => {
    const frames = [sseFrame('entries', { text: 'line\nbreak, "quoted" ünïcode' }, 1), SSE_HEARTBEAT, sseFrame('entries', { n: 2 }, 2)].join('');
    const whole = new SseParser().push(frames);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: frames.length }), { maxLength: 8 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const parser = new SseParser();
        const got = [];
        let from = 0;
        for (const p of [...points, frames.length]) {
          got.push(...parser.push(frames.slice(from, p)));
          from = p;
        }
        expect(got).toEqual(whole);
      }),
    );
    expect(whole.map((m) => JSON.parse(m.data))).toEqual([{ text: 'line\nbreak, "quoted" ünïcode' }, { n: 2 }]);
  });
});
