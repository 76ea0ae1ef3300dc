/**
 * Every exercise in content/ proves itself: its reference solution and every alternative pass in a
 * fresh simulated host (after the exercise's setup), and every near miss fails. Exercises are
 * discovered by compiling the lessons, so a new exercise without a working solution fails here.
 */
import { describe, expect, it } from 'vitest';
import { replay } from '@/lib/check/replay/replay';
import { discoverExercises } from '@/lib/check/server/discover';

const exercises = await discoverExercises(process.cwd());

function failures(result: ReturnType<typeof replay>): string {
  const goals = result.results.filter((r) => !r.met).map((r) => `${r.id}: ${r.detail ?? 'not met'}`);
  const commands = result.commands.map((c) => `  $ ${c.line} (exit ${c.exitCode})`);
  return [...goals, ...commands].join('\n');
}

describe('the course has exercises', () => {
  it('in at least three lessons, with at least three that accept several answers and reject near misses', () => {
    expect(new Set(exercises.map((e) => e.lesson)).size).toBeGreaterThanOrEqual(3);
    const rich = exercises.filter((e) => e.alternatives.length >= 2 && e.nearMisses.length >= 1);
    expect(new Set(rich.map((e) => e.lesson)).size).toBeGreaterThanOrEqual(3);
  });
});

for (const exercise of exercises) {
  describe(`${exercise.file} exercise "${exercise.id}"`, () => {
    for (const [kind, script] of [['solution', exercise.solution] as const, ...exercise.alternatives.map((a) => ['alternative', a] as const)]) {
      it(`${kind} passes: ${script}`, () => {
        const result = replay(exercise, script);
        expect(result.passed, failures(result)).toBe(true);
      });
    }
    for (const script of exercise.nearMisses) {
      it(`near miss fails: ${script}`, () => {
        const result = replay(exercise, script);
        expect(result.passed, `the near miss met every goal:\n${failures(result)}`).toBe(false);
      });
    }
  });
}
