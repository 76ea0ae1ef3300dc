/**
 * Validating an authored exercise: its attributes and its YAML body, with messages that name the
 * exercise and the field (`exercise "run-web": goals.1.ports.0: expected a port like "8080:80"…`),
 * and the spec the page ships (every goal labelled).
 */
import type { z } from 'zod';
import { describeIssue } from '../../content/validate';
import { describeGoal } from './describe-goal';
import { exerciseAttributesSchema, exerciseBodySchema, type ExerciseBody } from './exercise-schema';
import type { ExerciseSpec } from './types';

/** An exercise with everything the tests need (alternatives and near misses). */
export interface AuthoredExercise extends ExerciseSpec {
  /** Source file (relative to the project root) and the line of `<Exercise>`. */
  file: string;
  line: number;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function issues(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return `${prefix}${field ? `${field}: ` : ''}${describeIssue(issue as Parameters<typeof describeIssue>[0])}`;
  });
}

export function validateExercise(attributes: Record<string, unknown>, body: unknown, where: { lesson: string; file: string; line: number }): Validation<AuthoredExercise> {
  const attrs = exerciseAttributesSchema.safeParse(attributes, { reportInput: true });
  const name = typeof attributes.id === 'string' ? attributes.id : '?';
  const prefix = `exercise "${name}": `;
  if (!attrs.success) return { ok: false, problems: issues(`<Exercise> `, attrs.error) };
  const parsed = exerciseBodySchema.safeParse(body, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: issues(prefix, parsed.error) };
  const b: ExerciseBody = parsed.data;
  return {
    ok: true,
    value: {
      id: attrs.data.id,
      title: attrs.data.title,
      lesson: where.lesson,
      ...(b.setup ? { setup: b.setup } : {}),
      goals: b.goals.map((g) => ({ ...g, label: describeGoal(g) })),
      hints: b.hints,
      solution: b.solution,
      alternatives: b.alternatives ?? [],
      nearMisses: b.nearMisses ?? [],
      file: where.file,
      line: where.line,
    },
  };
}

/** The part of an exercise the page needs (no near misses or alternatives: those are for the tests). */
export function pageSpec(e: AuthoredExercise): ExerciseSpec {
  const { file: _file, line: _line, alternatives: _a, nearMisses: _n, ...spec } = e;
  return { ...spec, alternatives: [], nearMisses: [] };
}
