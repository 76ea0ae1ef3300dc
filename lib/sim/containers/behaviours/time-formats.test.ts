import { describe, expect, it } from 'vitest';
import { createRng, nextU32 } from '../../core/rng';
import { clfTime, httpDate, nginxTime, parts } from './time-formats';

const byDate = (t: number) => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), wd: d.getUTCDay() };
};

describe('log timestamps', () => {
  it('format the simulated clock as the servers print it', () => {
    const t = Date.UTC(2026, 0, 15, 9, 0, 5, 123);
    expect(httpDate(t)).toBe('Thu, 15 Jan 2026 09:00:05 GMT');
    expect(clfTime(t)).toBe('15/Jan/2026:09:00:05 +0000');
    expect(nginxTime(Date.UTC(2028, 1, 29, 23, 59, 59))).toBe('2028/02/29 23:59:59');
  });

  it('give the calendar fields Date gives, leap years, century rules and times before 1970 included', () => {
    const rng = createRng(11);
    const fixed = [0, -1, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, -2_208_988_800_001, 8.64e15, -8.64e15, 1.5];
    for (const t of fixed) expect(parts(t)).toEqual(byDate(t));
    for (let k = 0; k < 20_000; k++) {
      const t = (nextU32(rng) * 4_096 + (nextU32(rng) % 4_096)) * (k % 3 === 0 ? -1 : 1);
      expect(parts(t)).toEqual(byDate(t));
    }
  });
});
