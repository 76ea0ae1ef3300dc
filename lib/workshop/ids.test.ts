import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, base64url, formatCode, isCode, normaliseCode, randomCode, rejoinCode, roomCode, secretToken, SECRET_TOKEN_PATTERN } from './ids';
import { seededBytes } from './fixtures.test-helper';

describe('codes', () => {
  it('makes room and rejoin codes of the right length from the unambiguous alphabet', () => {
    const random = seededBytes(7);
    const room = roomCode(random);
    const rejoin = rejoinCode(random);
    expect(room).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(rejoin).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(isCode(room, 6)).toBe(true);
    expect(room).not.toMatch(/[01IO]/);
  });

  it('maps every byte value to a symbol with equal weight (no modulo bias)', () => {
    const counts = new Map<string, number>();
    const all = new Uint8Array(256).map((_, i) => i);
    for (const ch of randomCode(() => all, 256)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    expect(new Set(counts.values())).toEqual(new Set([8]));
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it('accepts what people type: lower case, spaces and dashes', () => {
    expect(normaliseCode(' abc-def ')).toBe('ABCDEF');
    expect(normaliseCode('ab cd_ef')).toBe('ABCDEF');
    expect(isCode(normaliseCode('k7m-q2p'), 6)).toBe(true);
  });

  it('rejects look-alikes that are not symbols, and wrong lengths', () => {
    expect(isCode('ABCDE0', 6)).toBe(false);
    expect(isCode('ABCDEO', 6)).toBe(false);
    expect(isCode('ABCDE1', 6)).toBe(false);
    expect(isCode('ABCDEF2', 6)).toBe(false);
  });

  it('formats codes in two halves', () => {
    expect(formatCode('ABCDEF')).toBe('ABC-DEF');
    expect(formatCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});

describe('base64url', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as the RFC 4648 vector %j (unpadded)', (input, expected) => {
    expect(base64url(bytes(input))).toBe(expected);
  });

  it('uses - and _ instead of + and /', () => {
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('makes 43-character secrets that differ from call to call', () => {
    const random = seededBytes(1);
    const a = secretToken(random);
    const b = secretToken(random);
    expect(a).toMatch(SECRET_TOKEN_PATTERN);
    expect(b).toMatch(SECRET_TOKEN_PATTERN);
    expect(a).not.toBe(b);
  });
});
