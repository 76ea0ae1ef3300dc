import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyHistoryDelta, historyDelta } from './history-delta';

const roundTrip = (prev: string[], next: string[]) => applyHistoryDelta(prev, historyDelta(prev, next));

describe('history sent as a change', () => {
  it('appends the new line', () => {
    expect(historyDelta(['ls', 'pwd'], ['ls', 'pwd', 'docker ps'])).toEqual({ drop: 0, add: ['docker ps'] });
  });

  it('drops the oldest line when the history is full', () => {
    expect(historyDelta(['a', 'b', 'c'], ['b', 'c', 'd'])).toEqual({ drop: 1, add: ['d'] });
  });

  it('sends nothing when the history did not change, and keeps the copy', () => {
    const prev = ['a', 'b'];
    expect(historyDelta(prev, ['a', 'b'])).toEqual({ drop: 0, add: [] });
    expect(applyHistoryDelta(prev, { drop: 0, add: [] })).toBe(prev);
  });

  it('replaces the copy after history -c or history -d', () => {
    expect(historyDelta(['a', 'b', 'c'], [])).toEqual({ all: [] });
    expect(roundTrip(['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toEqual(['a', 'c', 'd']);
  });

  it('starts from an empty copy with the whole history', () => {
    expect(historyDelta([], ['a', 'b'])).toEqual({ drop: 0, add: ['a', 'b'] });
  });

  it('rebuilds any next history from any previous one', () => {
    const lines = fc.array(fc.constantFrom('ls', 'pwd', 'docker ps', 'exit', ''), { maxLength: 12 });
    fc.assert(
      fc.property(lines, lines, (prev, next) => {
        expect(roundTrip(prev, next)).toEqual(next);
      }),
    );
  });
});
