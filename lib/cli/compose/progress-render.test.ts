import { describe, expect, it } from 'vitest';
import { Progress } from '../../sim/compose/index';
import { renderProgress } from './progress-render';

describe('renderProgress (the TTY display\'s last frame)', () => {
  it('aligns statuses after the longest id and right-aligns timers to the width', () => {
    const now = 1000;
    const p = new Progress(() => now);
    p.working('Network shop_default', 'Creating');
    p.spend(100);
    p.done('Network shop_default', 'Created');
    p.working('Container shop-web-1', 'Creating');
    p.spend(500);
    p.done('Container shop-web-1', 'Started');
    const lines = renderProgress(p, 80).split('\n');
    expect(lines[0]).toBe('[+] Running 2/2');
    expect(lines[1]).toBe(' ✔ Network shop_default  Created' + ' '.repeat(43) + '0.1s ');
    expect([...lines[1]!].length).toBe(80);
    expect(lines[2]!.startsWith(' ✔ Container shop-web-1  Started ')).toBe(true);
    expect(lines[2]!.endsWith(' 0.5s ')).toBe(true);
  });

  it('indents children (pull layers) under their parent and counts every line', () => {
    const p = new Progress(() => 0, 'Pulling');
    p.event('web', 'working', '', { text: 'Pulling' });
    p.event('a1b2c3d4e5f6', 'done', '', { text: 'Pull complete', parentId: 'web' });
    p.event('web', 'done', '', { text: 'Pulled' });
    const out = renderProgress(p, 60);
    expect(out.split('\n').slice(0, 3).map((l) => l.trimEnd().replace(/ {2,}\d+\.\ds$/, ''))).toEqual(['[+] Pulling 2/2', ' ✔ web Pulled', '   ✔ a1b2c3d4e5f6 Pull complete']);
  });

  it('marks every line in dry-run mode', () => {
    const p = new Progress(() => 0);
    p.done('Container shop-web-1', 'Started');
    expect(renderProgress(p, 80, true).split('\n')[1]).toMatch(/^ ✔ DRY-RUN MODE -  Container shop-web-1  Started +0\.0s $/);
  });

  it('prints nothing when nothing happened', () => {
    expect(renderProgress(new Progress(() => 0))).toBe('');
  });
});
