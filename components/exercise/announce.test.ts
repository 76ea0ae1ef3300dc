import { describe, expect, it } from 'vitest';
import { announcement } from './announce';
import { spec } from './exercise.test-helper';
import type { ExerciseStatus } from './protocol';

const s = spec('x', [{ type: 'container', name: 'web', state: 'running' }, { type: 'container', name: 'web', ports: ['8080:80'] }]);
const status = (met: boolean[], extra: Partial<ExerciseStatus> = {}): ExerciseStatus => ({
  results: met.map((m, i) => ({ id: `g${i}`, met: m })),
  feedback: null,
  complete: false,
  attached: false,
  prepared: true,
  commands: 1,
  canUndo: true,
  ...extra,
});

describe('what the live region says', () => {
  it('names the goals that changed, without backticks', () => {
    expect(announcement(s.goals, status([false, false]), status([true, false]), false)).toBe('Goal met: A container named web is running.');
    expect(announcement(s.goals, status([true, true]), status([true, false]), false)).toBe('Goal no longer met: A container named web exists, publishing 8080:80.');
  });

  it('celebrates completion once, and adds new feedback', () => {
    expect(announcement(s.goals, status([true, false]), status([true, true], { complete: true }), false)).toBe('Exercise complete: every goal is met.');
    const feedback = { id: 'ports-swapped' as const, message: '`-p` takes HOST:CONTAINER.' };
    expect(announcement(s.goals, status([true, false]), status([true, false], { feedback }), false)).toBe('-p takes HOST:CONTAINER.');
  });

  it('says nothing when nothing changed, unless the learner pressed Check', () => {
    expect(announcement(s.goals, status([true, false]), status([true, false]), false)).toBe('');
    expect(announcement(s.goals, status([true, false]), status([true, false]), true)).toBe('Not yet: 1 of 2 goals met.');
  });
});
