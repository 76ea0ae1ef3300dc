import { describe, expect, it } from 'vitest';
import { createRng, nextU32 } from '../core/rng';
import { sortNames } from './sort-names';

describe('sortNames', () => {
  it('sort names by code units, as the default sort does', () => {
    const rng = createRng(9);
    const pool = ['a', 'B', 'b', 'é', '_x', '10', '9', 'Z', '', 'ab', 'a b', '\u{1F600}', 'ﬀ'];
    for (let n = 0; n < 40; n++) {
      const names = Array.from({ length: n }, () => pool[nextU32(rng) % pool.length]!);
      expect(sortNames(names.slice())).toEqual(names.slice().sort());
    }
  });
});
