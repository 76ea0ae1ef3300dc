import { describe, expect, it } from 'vitest';
import { createRng, nextU32 } from './rng';
import { sortSmall } from './small-sort';

describe('small sorts', () => {
  it('order like Array.prototype.sort, equal keys keeping their order, at every length', () => {
    const rng = createRng(5);
    for (let n = 0; n < 60; n++) {
      const items = Array.from({ length: n }, (_, i) => ({ key: nextU32(rng) % 7, i }));
      const cmp = (a: { key: number }, b: { key: number }) => a.key - b.key;
      expect(sortSmall(items.slice(), cmp)).toEqual(items.slice().sort(cmp));
    }
  });
});
