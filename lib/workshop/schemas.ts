/** Every input the workshop API accepts, validated with zod; `parseInput` turns failures into WorkshopError. */
import { z } from 'zod';
import { WorkshopError } from './errors';
import { lessonKeySchema } from './events';
import { REJOIN_CODE_LENGTH, ROOM_CODE_LENGTH, isCode, normaliseCode } from './ids';
import { cleanName, nameProblem } from './names';

const codeSchema = (length: number, what: string) =>
  z
    .string()
    .max(40)
    .transform(normaliseCode)
    .refine((c) => isCode(c, length), `a ${what} has ${length} letters and digits, like ${'ABCD2345'.slice(0, length)}`);

export const roomCodeSchema = codeSchema(ROOM_CODE_LENGTH, 'room code');
export const rejoinCodeSchema = codeSchema(REJOIN_CODE_LENGTH, 'rejoin code');

export const displayNameSchema = z
  .string()
  .max(200)
  .transform(cleanName)
  .superRefine((name, ctx) => {
    const problem = nameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const createWorkshopSchema = z.strictObject({
  title: z.string().trim().min(1, 'give the workshop a title').max(120),
  lessons: z
    .array(lessonKeySchema)
    .min(1, 'choose at least one lesson or module')
    .max(300)
    .refine((l) => new Set(l).size === l.length, 'a lesson is listed twice'),
  quizzes: z.boolean().default(false).describe('Learners take the lesson quizzes'),
  exam: z.boolean().default(false).describe('The workshop ends with the practice exam'),
});
export type CreateWorkshopInput = z.infer<typeof createWorkshopSchema>;

export const joinSchema = z.strictObject({ code: roomCodeSchema, name: displayNameSchema });
export type JoinInput = z.infer<typeof joinSchema>;

export const rejoinSchema = z.strictObject({ code: roomCodeSchema, name: displayNameSchema, rejoinCode: rejoinCodeSchema });
export type RejoinInput = z.infer<typeof rejoinSchema>;

export const unlockSchema = z.strictObject({ count: z.number().int().min(0).max(300) });

export const broadcastSchema = z.strictObject({
  style: z.enum(['message', 'hint']),
  text: z.string().trim().min(1, 'write a message').max(500),
});

export const MAX_QUIZ_OPTIONS = 6;

export const openQuizSchema = z
  .strictObject({
    prompt: z.string().trim().min(1, 'write a question').max(300),
    options: z.array(z.string().trim().min(1, 'an option is empty').max(120)).min(2, 'give at least two options').max(MAX_QUIZ_OPTIONS),
    correct: z.number().int().min(0).nullable().default(null),
  })
  .refine((q) => q.correct === null || q.correct < q.options.length, { message: 'the correct option is not one of the options', path: ['correct'] });
export type OpenQuizInput = z.infer<typeof openQuizSchema>;

const quizIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'unknown quiz');

export const closeQuizSchema = z.strictObject({ quizId: quizIdSchema });
export const answerSchema = z.strictObject({ quizId: quizIdSchema, choice: z.number().int().min(0).max(MAX_QUIZ_OPTIONS - 1) });

/** Validate or throw WorkshopError('invalid') with one message per field path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '(body)';
    fields[path] ??= issue.message;
  }
  const summary = Object.entries(fields)
    .map(([f, m]) => (f === '(body)' ? m : `${f}: ${m}`))
    .join('; ');
  throw new WorkshopError('invalid', summary, fields);
}
