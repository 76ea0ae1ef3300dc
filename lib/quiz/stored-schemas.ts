/**
 * Shapes of what quiz pages keep in localStorage, checked on read (zod/mini: small enough for the
 * browser bundle). Bump the version in the record when a shape changes incompatibly.
 */
import * as z from 'zod/mini';

const num = z.number();
const ids = z.array(z.number());

export const responseSchema = z.union([
  z.object({ type: z.enum(['single', 'output']), choice: z.nullable(num) }),
  z.object({ type: z.literal('multiple'), choices: ids }),
  z.object({ type: z.literal('true-false'), value: z.nullable(z.boolean()) }),
  z.object({ type: z.literal('order'), order: ids }),
  z.object({ type: z.literal('fill'), text: z.string() }),
  z.object({ type: z.literal('command'), line: z.string() }),
]);

const settingsSchema = z.object({ modules: z.array(z.string()), count: num, minutes: num, seed: z.string() });

export const attemptSchema = z.object({
  id: z.string(),
  settings: settingsSchema,
  startedAt: num,
  submittedAt: num,
  auto: z.boolean(),
  correct: num,
  total: num,
  ungraded: num,
  percent: num,
  passed: z.boolean(),
  passPercent: num,
  perTopic: z.array(z.object({ module: z.string(), title: z.string(), correct: num, total: num, percent: num })),
  items: z.array(
    z.object({
      id: z.string(),
      module: z.string(),
      verdict: z.enum(['correct', 'wrong', 'ungraded']),
      answered: z.boolean(),
      response: z.nullable(responseSchema),
      timeMs: num,
      flagged: z.boolean(),
    }),
  ),
});

export const historySchema = z.object({ version: z.literal(1), attempts: z.array(attemptSchema) });

export const storedCardSchema = z.object({
  due: z.string(),
  stability: num,
  difficulty: num,
  elapsed_days: num,
  scheduled_days: num,
  learning_steps: num,
  reps: num,
  lapses: num,
  state: num,
  last_review: z.optional(z.string()),
});

export const reviewItemSchema = z.object({
  kind: z.enum(['question', 'exercise']),
  id: z.string(),
  title: z.optional(z.string()),
  href: z.optional(z.string()),
  card: storedCardSchema,
});

export const reviewSchema = z.object({ version: z.literal(1), items: z.record(z.string(), reviewItemSchema) });

export type StoredCard = z.infer<typeof storedCardSchema>;
export type ReviewItem = z.infer<typeof reviewItemSchema>;
export type ReviewData = z.infer<typeof reviewSchema>;

export const progressSchema = z.object({
  version: z.literal(1),
  /** The exam's settings as a query string: progress only resumes the same exam. */
  exam: z.string(),
  state: z.object({
    ids: z.array(z.string()),
    startedAt: num,
    deadline: num,
    current: num,
    enteredAt: num,
    answers: z.record(z.string(), responseSchema),
    flagged: z.array(z.string()),
    spent: z.record(z.string(), num),
    submittedAt: z.nullable(num),
    auto: z.boolean(),
  }),
});
