import { describe, expect, it } from 'vitest';
import { createRng, nextHex, nextU32 } from './rng';

/** The definition: each uint32 of the sequence as 8 zero-padded hex digits, cut to length. */
function byDefinition(seed: number, chars: number): string {
  const rng = createRng(seed);
  let out = '';
  while (out.length < chars) out += nextU32(rng).toString(16).padStart(8, '0');
  return out.slice(0, chars);
}

describe('nextHex', () => {
  it.each([
    [1, 64],
    [42, 12],
    [7, 7],
    [0xffffffff, 65],
    [123, 0],
  ])('seed %i, %i digits: the sequence of uint32s in hex', (seed, chars) => {
    const rng = createRng(seed);
    const hex = nextHex(rng, chars);
    expect(hex).toBe(byDefinition(seed, chars));
    expect(hex).toMatch(new RegExp(`^[0-9a-f]{${chars}}$`));
  });

  it('moves the generator on by one uint32 per 8 digits, so the sequence continues after it', () => {
    const a = createRng(9);
    nextHex(a, 12);
    const b = createRng(9);
    nextU32(b);
    nextU32(b);
    expect(nextU32(a)).toBe(nextU32(b));
  });
});
