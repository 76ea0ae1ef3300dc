/**
 * One exercise, as authored: the attributes of `<Exercise id title>` plus the YAML block inside it
 * (see docs/content-format.md, "Exercises"). The task itself is the Markdown inside the element.
 */
import { z } from 'zod';
import { goalSchema } from './goal-schema';

export const EXERCISE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const line = z.string().trim().min(1);

export const setupSchema = z.strictObject({
  /** Files in the learner's workspace: path (relative to /home/learner, or absolute) → content. */
  files: z.record(line, z.string()).optional(),
  /** Commands run silently, in order, before the learner starts (each must succeed). */
  commands: z.array(line).optional(),
});

export const exerciseBodySchema = z
  .strictObject({
    setup: setupSchema.optional(),
    goals: z.array(goalSchema).min(1).max(12),
    hints: z.array(line).min(1).max(6),
    /** The reference solution, shown after the hints (one or more lines run in order). */
    solution: line,
    /** Other correct solutions: each is replayed by the tests and must pass too. */
    alternatives: z.array(line).optional(),
    /** Tempting wrong answers: each is replayed by the tests and must NOT pass. */
    nearMisses: z.array(line).optional(),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.goals.forEach((goal, i) => {
      if (seen.has(goal.id)) ctx.addIssue({ code: 'custom', path: ['goals', i, 'id'], message: `duplicate goal id "${goal.id}"` });
      seen.add(goal.id);
    });
  });

export const exerciseAttributesSchema = z.strictObject({
  id: z.string().regex(EXERCISE_ID, 'expected lowercase letters, digits and "-" (at most 40)'),
  title: line.max(100),
});

export type ExerciseBody = z.infer<typeof exerciseBodySchema>;
export type ExerciseSetup = z.infer<typeof setupSchema>;
