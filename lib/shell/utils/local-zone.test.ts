import { describe, expect, it } from 'vitest';
import { installZoneinfo } from '../../sim/fs/zoneinfo-files';
import { Session } from '../session';
import { alpineMachine } from '../test-support';

/** TEST_START is 2026-01-15T09:00:00Z. */
describe('date and TZ', () => {
  it('stays in UTC while the zone file is missing (no tzdata)', () => {
    const s = new Session({ machine: alpineMachine() });
    expect(s.run('TZ=Europe/Paris date').stdout).toBe('Thu Jan 15 09:00:00 UTC 2026\n');
  });

  it('shows local time once tzdata installed the zone, in every format', () => {
    const m = alpineMachine();
    installZoneinfo(m.fs);
    const s = new Session({ machine: { ...m, env: { ...m.env, TZ: 'Europe/Paris' } } });
    expect(s.run('date').stdout).toBe('Thu Jan 15 10:00:00 CET 2026\n');
    expect(s.run('date +%H:%M%z; date -R; date -u +%H:%Z; date +%s').stdout).toBe('10:00+0100\nThu, 15 Jan 2026 10:00:00 +0100\n09:UTC\n1768467600\n');
    expect(s.run('TZ=:America/Los_Angeles date').stdout).toBe('Thu Jan 15 01:00:00 PST 2026\n');
    expect(s.run('TZ=/usr/share/zoneinfo/Asia/Kolkata date +%T%z').stdout).toBe('14:30:00+0530\n');
  });
});
