/**
 * The question bank format: `content/quizzes/<module-slug>.yaml` holds `module:` and a list of
 * `questions:`. Every field carries a description (shown in editors that read zod schemas, and in
 * this file as the authoring reference). Loading lives in bank.ts; this file only declares shapes.
 */
import { z } from 'zod';
import { goalSchema } from '../check/spec/goal-schema';

const text = z.string().trim().min(1);
const letter = z
  .string()
  .regex(/^[A-H]$/, 'expected an option letter A–H')
  .describe('An option letter: A is the first option, B the second…');

const common = {
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "net-dns-default-bridge"')
    .describe('Unique id across the whole bank (kebab-case). Never reuse an id: review schedules are keyed by it.'),
  lesson: text.describe("Slug of the lesson the question comes from, in this file's module (`03-lifecycle.mdx` → `lifecycle`)."),
  section: text.describe('Heading anchor in that lesson that teaches the answer (the id of an h2/h3, e.g. `restart-policies`).'),
  difficulty: z.enum(['easy', 'medium', 'hard']).describe('easy: recall; medium: apply; hard: combine or spot a subtle trap.'),
  prompt: z
    .string()
    .trim()
    .min(8)
    .describe('The question. Inline `code` and fenced ``` blocks are rendered; a `fill` prompt holds one ___ blank.'),
  explanation: z.string().trim().min(8).describe('Shown after answering: why the right answer is right (one or two sentences).'),
};

const options = (min: number, max: number) =>
  z
    .array(text)
    .min(min)
    .max(max)
    .describe('The choices in authoring order (they are shuffled in exams). Inline `code` is rendered.');

export const singleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('single').describe('One correct option.'),
  options: options(2, 6),
  answer: letter.describe('Letter of the one correct option.'),
});

export const multipleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('multiple').describe('Several correct options; the learner must pick all of them and nothing else.'),
  options: options(3, 8),
  answer: z.array(letter).min(2).describe('Letters of every correct option (at least two, not all).'),
});

export const trueFalseQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('true-false').describe('The prompt is a statement; the learner says whether it is true.'),
  answer: z.boolean().describe('true when the statement is correct.'),
});

export const orderQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('order').describe('Put the steps in order.'),
  steps: z.array(text).min(3).max(8).describe('The steps in the CORRECT order; they are shuffled for the learner.'),
});

export const fillQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('fill').describe('Fill in the blank (`___` in the prompt).'),
  accept: z
    .array(z.union([text, z.number().transform(String)]))
    .min(1)
    .describe('Accepted answers. Matching ignores case, surrounding spaces/backticks and repeated spaces.'),
  caseSensitive: z.boolean().optional().describe('Match case exactly (for flags such as `-P` vs `-p`).'),
});

export const outputQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('output').describe('Predict the output: the learner chooses what a command prints.'),
  command: text.describe('The command (or short script) shown to the learner.'),
  options: options(2, 6).describe('Candidate outputs, shown as code.'),
  answer: letter.describe('Letter of the output the command really prints.'),
});

export const commandQuestionSchema = z.strictObject({
  ...common,
  type: z
    .literal('command')
    .describe('Type the command: graded by running it in a fresh simulated host and comparing outcomes with `solution`.'),
  setup: z.array(text).default([]).describe('Commands run first in the fresh session (each must succeed).'),
  solution: text.describe('A correct command line; its outcome is the reference.'),
  accept: z.array(text).default([]).describe('Other correct spellings; the bank tests check the grader accepts each one.'),
  reject: z.array(text).default([]).describe('Near misses; the bank tests check the grader rejects each one.'),
  compare: z
    .strictObject({
      output: z.boolean().default(true).describe("The learner's stdout and exit status must equal the solution's."),
      probes: z
        .array(text)
        .default([])
        .describe('Commands run afterwards whose output must match the solution run (the state check).'),
    })
    .default({ output: true, probes: [] })
    .describe('What must be equal between the learner run and the solution run.'),
  goals: z
    .array(goalSchema)
    .min(1)
    .max(6)
    .optional()
    .describe(
      'Grade with the exercise checker instead of `compare`: the goals (outcome over the simulated state, or a `command` shape goal) must all be met after the line runs.',
    ),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  orderQuestionSchema,
  fillQuestionSchema,
  outputQuestionSchema,
  commandQuestionSchema,
]);

export const quizFileSchema = z.strictObject({
  module: text.describe('Slug of the module these questions belong to (`06-networking` → `networking`).'),
  questions: z.array(z.unknown()).min(1).describe('The questions; each is validated on its own so errors name its id.'),
});

export type QuestionData = z.infer<typeof questionSchema>;
export type QuestionType = QuestionData['type'];
