import { describe, expect, it } from 'vitest';
import { createRng, nextHex, nextU32, stableHex } from './rng';

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

/** stableHex by its definition: one pass per 16 digits, round r seeding both accumulators with r. */
function stableByDefinition(text: string, chars: number): string {
  let out = '';
  for (let round = 0; out.length < chars; round++) {
    let h1 = 0xdeadbeef ^ round;
    let h2 = 0x41c6ce57 ^ (round * 0x9e3779b1);
    for (let i = 0; i < text.length; i++) {
      h1 = Math.imul(h1 ^ text.charCodeAt(i), 2654435761);
      h2 = Math.imul(h2 ^ text.charCodeAt(i), 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    out += (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, chars);
}

describe('stableHex', () => {
  it('keeps the digests ids and catalog entries were made with', () => {
    expect(stableHex('')).toBe('1aee8d83488bdcb8ed3da2260af38c9adfc0bac40f948a6a55ae965ede9d14be');
    expect(stableHex('nginx:latest#config')).toBe('3c0f8d6f630448693f9c211fec1c89a55ad022ade9e7c0adc38f322e8bcf6ed2');
    expect(stableHex('abc', 6)).toBe('1ac18c');
    expect(stableHex('x', 17)).toBe('1820c6f535a189af1');
  });

  it('matches its definition for every length (odd rounds, cut digits) and any text', () => {
    const rng = createRng(7);
    for (let k = 0; k < 500; k++) {
      const text = Array.from({ length: nextU32(rng) % 90 }, () => String.fromCharCode(nextU32(rng) % 0x3000)).join('');
      const chars = nextU32(rng) % 101;
      expect(stableHex(text, chars)).toBe(stableByDefinition(text, chars));
    }
  });
});
