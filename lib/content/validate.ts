/**
 * Turns zod issues into authoring messages that name the field and say what was expected,
 * and parses the `NN-slug` names that give modules and lessons their order and slug.
 */
import type { z } from 'zod';
import { ContentError, describeValue } from './errors';
import { lessonFrontmatterSchema, moduleMetaSchema, type LessonFrontmatter, type ModuleMeta } from './schema';

type Issue = z.core.$ZodIssue & { input?: unknown };

const ARTICLE: Record<string, string> = { array: 'a list', object: 'an object', integer: 'an integer' };

function expectedType(name: string): string {
  return ARTICLE[name] ?? `a ${name}`;
}

function limit(issue: Issue, bound: number | bigint, word: 'at least' | 'at most'): string {
  const origin = 'origin' in issue ? issue.origin : undefined;
  if (origin === 'string') return `expected ${word} ${bound} characters, got ${String(issue.input ?? '').length}`;
  if (origin === 'array') {
    const count = Array.isArray(issue.input) ? issue.input.length : 0;
    return `expected ${word} ${bound} item${bound === 1 ? '' : 's'}, got ${count}`;
  }
  return `expected ${word} ${bound}, got ${describeValue(issue.input)}`;
}

/** One issue as `what is wrong` (without the field). */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (${expectedType(issue.expected)})`;
      return `expected ${expectedType(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return limit(issue, issue.minimum, 'at least');
    case 'too_big':
      return limit(issue, issue.maximum, 'at most');
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    default:
      return issue.message;
  }
}

function fieldOf(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].join('.');
}

function check<T>(schema: z.ZodType<T>, data: unknown, file: string, prefix: string): T {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${fieldOf(prefix, issue.path)}: ${describeIssue(issue as Issue)}`);
  throw new ContentError(file, problems);
}

export function validateLessonFrontmatter(file: string, data: unknown): LessonFrontmatter {
  if (data === undefined || data === null) throw new ContentError(file, ['frontmatter: missing (start the file with a --- block)']);
  return check(lessonFrontmatterSchema, data, file, 'frontmatter');
}

export function validateModuleMeta(file: string, data: unknown): ModuleMeta {
  if (data === undefined || data === null) throw new ContentError(file, ['module.yaml: empty file']);
  return check(moduleMetaSchema, data, file, 'module');
}

const ENTRY = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** `03-registries` → { order: 3, slug: 'registries' }; null when the name does not follow the pattern. */
export function parseEntryName(name: string): { order: number; slug: string } | null {
  const match = ENTRY.exec(name);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { order: Number(match[1]), slug: match[2] };
}
