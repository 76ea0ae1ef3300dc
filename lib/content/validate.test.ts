import { describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { parseEntryName, validateLessonFrontmatter, validateModuleMeta } from './validate';

const FILE = 'content/02-images/03-tags.mdx';
const good = { title: 'Tags', summary: 'What a tag is.', objectives: ['Tag an image'], minutes: 8 };

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n');
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('validateLessonFrontmatter', () => {
  it('accepts a complete frontmatter and keeps optional fields', () => {
    const meta = validateLessonFrontmatter(FILE, { ...good, keywords: ['tag'], draft: true });
    expect(meta).toEqual({ ...good, keywords: ['tag'], draft: true });
  });

  it('names the file and the field with what was expected and what was found', () => {
    expect(problemsOf(() => validateLessonFrontmatter(FILE, { ...good, minutes: 'ten' }))).toEqual([
      'content/02-images/03-tags.mdx: frontmatter.minutes: expected a number, got "ten"',
    ]);
  });

  it('rejects unknown keys', () => {
    expect(problemsOf(() => validateLessonFrontmatter(FILE, { ...good, duration: 3 }))).toEqual([
      `${FILE}: frontmatter: unknown key "duration"`,
    ]);
  });

  it('reports every problem at once, including bounds and missing fields', () => {
    const problems = problemsOf(() =>
      validateLessonFrontmatter(FILE, { summary: 'x'.repeat(201), objectives: [], minutes: 91 }),
    );
    expect(problems).toEqual([
      `${FILE}: frontmatter.title: is required (a string)`,
      `${FILE}: frontmatter.summary: expected at most 200 characters, got 201`,
      `${FILE}: frontmatter.objectives: expected at least 1 item, got 0`,
      `${FILE}: frontmatter.minutes: expected at most 90, got 91`,
    ]);
  });

  it('rejects more than six objectives and fractional minutes', () => {
    const problems = problemsOf(() => validateLessonFrontmatter(FILE, { ...good, objectives: Array(7).fill('o'), minutes: 2.5 }));
    expect(problems).toContain(`${FILE}: frontmatter.objectives: expected at most 6 items, got 7`);
    expect(problems.some((p) => p.startsWith(`${FILE}: frontmatter.minutes: `))).toBe(true);
  });

  it('points at the item inside a list', () => {
    expect(problemsOf(() => validateLessonFrontmatter(FILE, { ...good, keywords: ['ok', 3] }))).toEqual([
      `${FILE}: frontmatter.keywords.1: expected a string, got 3`,
    ]);
  });

  it('says so when there is no frontmatter at all', () => {
    expect(problemsOf(() => validateLessonFrontmatter(FILE, undefined))[0]).toMatch(/frontmatter: missing/);
  });
});

describe('validateModuleMeta', () => {
  it('requires a title and a summary', () => {
    expect(problemsOf(() => validateModuleMeta('content/03-registries/module.yaml', { title: 'Registries' }))).toEqual([
      'content/03-registries/module.yaml: module.summary: is required (a string)',
    ]);
  });
});

describe('parseEntryName', () => {
  it('reads order and slug from NN-slug', () => {
    expect(parseEntryName('03-registries')).toEqual({ order: 3, slug: 'registries' });
    expect(parseEntryName('12-orchestration-and-more')).toEqual({ order: 12, slug: 'orchestration-and-more' });
  });

  it('rejects names that do not follow the pattern', () => {
    for (const name of ['quizzes', '3-registries', '03_registries', '03-Registries', '03-', '03-a--b']) {
      expect(parseEntryName(name)).toBeNull();
    }
  });
});
