import { describe, expect, it } from 'vitest';
import { utf8Length } from './utf8-length';

describe('utf8Length', () => {
  it('counts UTF-8 bytes as Go len() does: 1 for ASCII, 2, 3 and 4 for wider code points', () => {
    expect(utf8Length('')).toBe(0);
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('✔ web')).toBe(7);
    expect(utf8Length('🐳')).toBe(4);
  });
});
