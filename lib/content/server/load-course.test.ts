import { describe, expect, it } from 'vitest';
import { makeProject, lessonSource, MODULE_YAML } from './fixture.test-helper';
import { loadCourse } from './load-course';

describe('loadCourse', () => {
  it('orders modules and lessons by their NN prefix and takes slugs from the names', async () => {
    const root = makeProject({
      'content/02-second/module.yaml': 'title: Second\nsummary: Two.\n',
      'content/02-second/01-only.mdx': lessonSource('x', { title: 'Only' }),
      'content/01-first/module.yaml': MODULE_YAML,
      'content/01-first/02-later.mdx': lessonSource('x', { title: 'Later' }),
      'content/01-first/01-start.mdx': lessonSource('x', { title: 'Start', minutes: 7 }),
      'content/quizzes/drafts/x.md': 'not a module',
    });
    const course = await loadCourse({ root });
    expect(course.modules.map((m) => [m.order, m.slug, m.title])).toEqual([
      [1, 'first', 'Basics'],
      [2, 'second', 'Second'],
    ]);
    expect(course.modules[0]!.lessons.map((l) => [l.slug, l.meta.title, l.meta.minutes, l.file])).toEqual([
      ['start', 'Start', 7, 'content/01-first/01-start.mdx'],
      ['later', 'Later', 5, 'content/01-first/02-later.mdx'],
    ]);
  });

  it('fails with the file and field when a lesson frontmatter is wrong', async () => {
    const root = makeProject({
      'content/02-images/module.yaml': MODULE_YAML,
      'content/02-images/03-tags.mdx': lessonSource('x', { minutes: 'ten' }),
    });
    await expect(loadCourse({ root })).rejects.toThrow('content/02-images/03-tags.mdx: frontmatter.minutes: expected a number, got "ten"');
  });

  it('requires module.yaml and validates it', async () => {
    await expect(loadCourse({ root: makeProject({ 'content/01-a/01-x.mdx': lessonSource('x') }) })).rejects.toThrow(
      'content/01-a: module.yaml is missing',
    );
    const root = makeProject({ 'content/01-a/module.yaml': 'title: A\nsumary: typo\n', 'content/01-a/01-x.mdx': lessonSource('x') });
    await expect(loadCourse({ root })).rejects.toThrow(/content\/01-a\/module.yaml: module: unknown key "sumary"/);
  });

  it('rejects lesson files that do not follow NN-slug.mdx, and duplicate numbers', async () => {
    const badName = makeProject({ 'content/01-a/module.yaml': MODULE_YAML, 'content/01-a/Intro.mdx': lessonSource('x') });
    await expect(loadCourse({ root: badName })).rejects.toThrow('content/01-a/Intro.mdx: file name must look like NN-slug.mdx');
    const dup = makeProject({
      'content/01-a/module.yaml': MODULE_YAML,
      'content/01-a/01-x.mdx': lessonSource('x'),
      'content/01-a/01-y.mdx': lessonSource('y'),
    });
    await expect(loadCourse({ root: dup })).rejects.toThrow(/01-y\.mdx and 01-x\.mdx have the same number/);
  });

  it('hides drafts unless asked, and drops modules left empty', async () => {
    const root = makeProject({
      'content/01-a/module.yaml': MODULE_YAML,
      'content/01-a/01-x.mdx': lessonSource('x'),
      'content/01-a/02-wip.mdx': lessonSource('x', { draft: true }),
      'content/02-b/module.yaml': MODULE_YAML,
      'content/02-b/01-wip.mdx': lessonSource('x', { draft: true }),
    });
    const published = await loadCourse({ root });
    expect(published.modules.map((m) => [m.slug, m.lessons.map((l) => l.slug)])).toEqual([['a', ['x']]]);
    const all = await loadCourse({ root, includeDrafts: true });
    expect(all.modules.map((m) => m.lessons.length)).toEqual([2, 1]);
  });
});
