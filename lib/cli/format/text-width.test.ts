import { describe, expect, it } from 'vitest';
import { charWidth, ellipsis, textWidth } from './text-width';

/** The definitions, character by character (runewidth.StringWidth and docker's Ellipsis). */
function widthByChar(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}
function ellipsisByChar(s: string, max: number): string {
  if (max <= 0) return '';
  const chars = [...s];
  if (max === 1) return chars[0] ?? '';
  if (widthByChar(s) <= max) return s;
  let width = 0;
  let out = '';
  for (const ch of chars) {
    const w = ch.length === 1 && ch.charCodeAt(0) < 0x80 ? 1 : Math.max(charWidth(ch), 1);
    if (width + w > max - 1) break;
    width += w;
    out += ch;
  }
  return out + '…';
}

describe('text width', () => {
  it('counts columns as runewidth does: ASCII one, wide two, controls and combining marks none', () => {
    expect(textWidth('nginx:latest')).toBe(12);
    expect(textWidth('')).toBe(0);
    expect(textWidth('日本語')).toBe(6);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('a\tb\x7f')).toBe(2);
    expect(textWidth('🐳 whale')).toBe(8);
  });

  it('cuts to docker ps widths with an ellipsis', () => {
    expect(ellipsis("/docker-entrypoint.sh nginx -g 'daemon off;'", 20)).toBe('/docker-entrypoint.…');
    expect(ellipsis('"sleep 100000"', 22)).toBe('"sleep 100000"');
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('abc', 0)).toBe('');
    expect(ellipsis('日本語のテキスト', 7)).toBe('日本語…');
  });

  it('gives the character-by-character result for any mix of text', () => {
    const pool = ['a', 'Z', ' ', '~', '\t', '\x01', '\x7f', 'é', 'e\u0301', '日', '🐳', '\u200b', '…', '"'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(next() * 30);
      const asciiOnly = next() < 0.5;
      for (let i = 0; i < len; i++) s += asciiOnly ? String.fromCharCode(0x20 + Math.floor(next() * 95)) : pool[Math.floor(next() * pool.length)];
      expect(textWidth(s)).toBe(widthByChar(s));
      const max = Math.floor(next() * 34) - 1;
      expect(ellipsis(s, max)).toBe(ellipsisByChar(s, max));
    }
  });
});
