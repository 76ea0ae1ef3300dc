import { describe, expect, it } from 'vitest';
import { columns, drawLine, NOTHING_DRAWN, visibleWidth } from './line-render';
import { TestScreen } from './screen.test-helper';

describe('drawLine', () => {
  it('draws the prompt and line and puts the cursor where the editor says', () => {
    const screen = new TestScreen(40);
    const { out } = drawLine(NOTHING_DRAWN, '$ ', 'docker ps', 3, 40);
    screen.write(out);
    expect(screen.text()).toBe('$ docker ps');
    expect(screen.col).toBe(5);
  });

  it('wraps long lines and redraws them in place without leaving debris', () => {
    const screen = new TestScreen(10);
    let drawn = NOTHING_DRAWN;
    for (const line of ['echo 1234567890abcdef', 'echo 12345678', 'echo 12']) {
      const r = drawLine(drawn, '$ ', line, line.length, 10);
      screen.write(r.out);
      drawn = r.drawn;
    }
    expect(screen.text()).toBe('$ echo 12');
    expect([screen.row, screen.col]).toEqual([0, 9]);
  });

  it('keeps the cursor on the next row when the line ends exactly at the edge', () => {
    const screen = new TestScreen(10);
    const r = drawLine(NOTHING_DRAWN, '$ ', '12345678', 8, 10);
    screen.write(r.out);
    expect([screen.row, screen.col]).toEqual([1, 0]);
    expect(r.drawn.cursorRow).toBe(1);
  });

  it('moves the cursor back up into a wrapped line', () => {
    const screen = new TestScreen(10);
    const r = drawLine(NOTHING_DRAWN, '$ ', 'abcdefghijklmnop', 3, 10);
    screen.write(r.out);
    expect([screen.row, screen.col]).toEqual([0, 5]);
  });

  it('measures prompts without their colour codes', () => {
    expect(visibleWidth('\x1b[1;32muser@host\x1b[0m:~$ ')).toBe(13);
  });
});

describe('columns', () => {
  it('lays candidates out column by column within the width', () => {
    expect(columns(['images', 'info', 'inspect', 'image'], 20)).toBe('images   inspect\r\ninfo     image');
  });
});
