import { describe, expect, it } from 'vitest';
import { goMapOrder } from './go-map';

describe('goMapOrder', () => {
  it('orders keys byte-wise as encoding/json writes a Go map', () => {
    expect(JSON.stringify(goMapOrder({ z: '1', a: '2', 'com.example.foo': 'bar', B: '3', bar: 'baz' }))).toBe('{"B":"3","a":"2","bar":"baz","com.example.foo":"bar","z":"1"}');
  });

  it('returns a copy, also when the keys are already in order', () => {
    const src = { a: '1', b: '2' };
    const out = goMapOrder(src);
    expect(out).toEqual(src);
    expect(out).not.toBe(src);
    expect(goMapOrder({})).toEqual({});
  });
});
