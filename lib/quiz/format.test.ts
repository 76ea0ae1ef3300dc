import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, spokenDuration } from './format';

describe('time formats', () => {
  it('shows a countdown clock, rounding up', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(245_000)).toBe('4:05');
    expect(formatClock(90 * 60_000)).toBe('1:30:00');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('shows readable durations', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
  });

  it('speaks durations', () => {
    expect(spokenDuration(61_000)).toBe('1 minute 1 second');
    expect(spokenDuration(0)).toBe('0 seconds');
    expect(spokenDuration(3_600_000)).toBe('1 hour');
  });
});
