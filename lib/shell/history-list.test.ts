import { describe, expect, it } from 'vitest';
import { HISTORY_CAP, recent, remember } from './history-list';
import { hostSession } from './test-support';

describe('history list', () => {
  it('records lines as bash does: no blank, space-prefixed or repeated lines, no trailing newlines', () => {
    const h: string[] = [];
    for (const line of ['ls\n', 'ls', '   ', ' secret', 'pwd\n\n', 'ls']) remember(h, line);
    expect(h).toEqual(['ls', 'pwd', 'ls']);
  });

  it('shows the newest 1,000 entries however long the session has run', () => {
    const h: string[] = [];
    for (let i = 1; i <= 4321; i++) {
      remember(h, `echo ${i}`);
      const seen = recent(h);
      expect(seen).toHaveLength(Math.min(i, HISTORY_CAP));
      expect(seen[seen.length - 1]).toBe(`echo ${i}`);
      expect(seen[0]).toBe(`echo ${Math.max(1, i - HISTORY_CAP + 1)}`);
    }
  });
});

describe('a long session', () => {
  const s = hostSession();
  for (let i = 1; i <= 2600; i++) s.run(`echo ${i}`);

  it('numbers `history` from the oldest of the last 1,000 and `!n` follows those numbers', () => {
    expect(s.history()).toHaveLength(1000);
    // `history 2` is entry 1000 as it runs (echo 1601, the oldest, has gone to make room).
    expect(s.run('history 2').stdout).toBe('  999  echo 2600\n 1000  history 2\n');
    expect(s.run('!1').stdout).toBe('echo 1602\n1602\n');
    expect(s.run('!!').stdout).toBe('echo 1602\n1602\n');
    expect(s.history().slice(-3)).toEqual(['echo 2600', 'history 2', 'echo 1602']);
  });

  it('snapshots the 1,000 entries shown, and a restored session goes on from them', () => {
    const snap = s.snapshot();
    expect(snap.history).toEqual(s.history());
    const t = hostSession();
    t.restore(snap);
    t.run('echo next');
    expect(t.history()).toHaveLength(1000);
    expect(t.history().slice(-2)).toEqual(['echo 1602', 'echo next']);
  });
});
