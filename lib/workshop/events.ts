/**
 * What a learner's browser reports to a workshop room. Exercises, quizzes and the terminal call
 * `report(event)` (components/workshop/reporter.ts) with one of these; it is a no-op outside a room.
 * The same zod schema validates the events again on the server.
 */
import { z } from 'zod';
import { EVENT_ID_PATTERN } from './ids';
import { MAX_COMMAND_LENGTH, MAX_EVENTS_PER_POST } from './limits';

/** `<module>/<lesson>` slugs, e.g. `02-images-and-containers/01-running-containers`. */
export const lessonKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}\/[a-z0-9][a-z0-9-]{0,79}$/, 'expected "<module-slug>/<lesson-slug>"')
  .describe('The lesson, as "<module-slug>/<lesson-slug>"');

const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/, 'expected letters, digits, ".", "_", ":" or "-" (at most 80)');

const exerciseRef = { lesson: lessonKeySchema, exercise: idSchema.describe('Exercise id within the lesson') };

export const learnerEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('exercise-started'),
    ...exerciseRef,
    goals: z.array(idSchema).max(30).optional().describe('The goal ids of the exercise, for the heatmap'),
  }),
  z.strictObject({ type: z.literal('exercise-goal-met'), ...exerciseRef, goal: idSchema.describe('Goal id') }),
  z.strictObject({ type: z.literal('exercise-completed'), ...exerciseRef }),
  z.strictObject({
    type: z.literal('hint-revealed'),
    ...exerciseRef,
    hint: z.number().int().min(0).max(50).optional().describe('Index of the hint'),
  }),
  z.strictObject({ type: z.literal('solution-revealed'), ...exerciseRef }),
  z.strictObject({ type: z.literal('lesson-completed'), lesson: lessonKeySchema }),
  z.strictObject({
    type: z.literal('quiz-answered'),
    quiz: idSchema.describe('Quiz id (a lesson or module quiz)'),
    question: idSchema.describe('Question id'),
    correct: z.boolean(),
    lesson: lessonKeySchema.optional(),
  }),
  z.strictObject({
    type: z.literal('exam-submitted'),
    score: z.number().int().min(0).max(1000),
    total: z.number().int().min(1).max(1000),
    passed: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('command-failed'),
    command: z.string().trim().min(1).max(MAX_COMMAND_LENGTH).describe('The command line (see clipCommand)'),
    exitCode: z.number().int().min(1).max(255),
    lesson: lessonKeySchema.optional(),
    exercise: idSchema.optional(),
  }),
]);

export type LearnerEvent = z.infer<typeof learnerEventSchema>;
export type LearnerEventType = LearnerEvent['type'];

/** An event as queued and posted: a client-made id (idempotency key) and the learner's clock. */
export const envelopeSchema = z.strictObject({
  id: z.string().regex(EVENT_ID_PATTERN, 'expected an event id of 8 to 64 base64url characters'),
  at: z.number().int().min(0).max(8.64e15).describe('When it happened, ms since the epoch, learner clock'),
  event: learnerEventSchema,
});

export type EventEnvelope = z.infer<typeof envelopeSchema>;

export { MAX_EVENTS_PER_POST };

export const eventBatchSchema = z.strictObject({
  events: z.array(envelopeSchema).min(1).max(MAX_EVENTS_PER_POST),
});

