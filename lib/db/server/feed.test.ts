import { describe, expect, it } from 'vitest';
import { decodeSignal, encodeSignal, LocalFeed } from './feed';

describe('feed signals', () => {
  it('round-trips through the NOTIFY payload', () => {
    const s = { workshopId: 'w1', seq: 42, roomWide: true, gone: 'deleted' as const };
    expect(decodeSignal(encodeSignal(s))).toEqual(s);
    expect(decodeSignal(encodeSignal({ workshopId: 'w2', seq: 1, roomWide: false }))).toEqual({ workshopId: 'w2', seq: 1, roomWide: false });
  });

  it('ignores payloads it did not write', () => {
    for (const bad of ['', 'nope', '{}', '[1,2]', '["w", "3"]']) expect(decodeSignal(bad)).toBeNull();
  });

  it('delivers to the listeners of that room only, and a throwing listener does not stop the others', () => {
    const feed = new LocalFeed();
    const got: string[] = [];
    const off = feed.subscribe('a', () => got.push('a1'));
    feed.subscribe('a', () => {
      throw new Error('broken stream');
    });
    feed.subscribe('a', () => got.push('a3'));
    feed.subscribe('b', () => got.push('b'));
    feed.deliver({ workshopId: 'a', seq: 1, roomWide: false });
    expect(got).toEqual(['a1', 'a3']);
    off();
    feed.deliver({ workshopId: 'a', seq: 2, roomWide: false });
    expect(got).toEqual(['a1', 'a3', 'a3']);
    expect(feed.listeners).toBe(3);
  });
});
