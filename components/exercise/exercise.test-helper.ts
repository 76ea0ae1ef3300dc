import { describeGoal } from '@/lib/check/spec/describe-goal';
import { goalSchema } from '@/lib/check/spec/goal-schema';
import type { ExerciseSpec } from './protocol';

/** An exercise spec as the build would ship it. */
export function spec(id: string, goals: Array<Record<string, unknown>>, extra: Partial<ExerciseSpec> = {}): ExerciseSpec {
  return {
    id,
    title: `Exercise ${id}`,
    lesson: 'demo/first',
    goals: goals.map((g, i) => {
      const goal = goalSchema.parse({ id: `g${i}`, ...g });
      return { ...goal, label: describeGoal(goal) };
    }),
    hints: ['a hint'],
    solution: 'true',
    alternatives: [],
    nearMisses: [],
    ...extra,
  };
}
