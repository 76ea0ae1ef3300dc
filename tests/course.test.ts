/**
 * Every lesson of the course is complete: objectives, a Recap section, at least one checked exercise
 * (read the way the build reads it) and at least three quiz questions with explanations in the bank.
 * One test per lesson, so a gap names its lesson.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exercisesIn } from '@/lib/check/server/discover';
import { readingOrder } from '@/lib/content/navigation';
import { loadCourse } from '@/lib/content/server/load-course';
import { readQuizFiles } from '@/lib/quiz/server/load-bank';

const root = process.cwd();
const course = await loadCourse({ root, includeDrafts: true });
const lessons = readingOrder(course);
const questions = (await readQuizFiles(root)).flatMap((f) => f.questions);

describe('the course', () => {
  it('has twelve modules of three to five lessons', () => {
    expect(course.modules).toHaveLength(12);
    for (const m of course.modules) expect(m.lessons.length, m.slug).toBeGreaterThanOrEqual(3);
    for (const m of course.modules) expect(m.lessons.length, m.slug).toBeLessThanOrEqual(5);
  });
});

for (const lesson of lessons) {
  describe(lesson.file, () => {
    it('has objectives and a Recap section', async () => {
      expect(lesson.meta.objectives.length).toBeGreaterThanOrEqual(1);
      const source = await readFile(path.join(root, lesson.file), 'utf8');
      expect(source).toMatch(/^## Recap\s*$/m);
    });

    it('has at least one checked exercise', async () => {
      const exercises = await exercisesIn(root, lesson.file);
      expect(exercises.map((e) => e.id).length).toBeGreaterThanOrEqual(1);
    });

    it('has at least three quiz questions, each with an explanation', () => {
      const own = questions.filter((q) => q.module === lesson.moduleSlug && q.lesson === lesson.slug);
      expect(own.map((q) => q.id).length).toBeGreaterThanOrEqual(3);
      for (const q of own) expect(q.explanation.trim().length, q.id).toBeGreaterThan(0);
    });
  });
}
