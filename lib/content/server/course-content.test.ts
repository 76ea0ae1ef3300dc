/**
 * The real course in content/: every module and lesson must validate and compile. An authoring
 * mistake fails here with the same message `next build` would print.
 */
import { describe, expect, it } from 'vitest';
import { readingOrder } from '../navigation';
import { compileLesson } from './compile-lesson';
import { loadCourse } from './load-course';

const root = process.cwd();

describe('the course content', () => {
  it('validates, and every lesson (drafts included) compiles', async () => {
    const course = await loadCourse({ root, includeDrafts: true });
    const lessons = readingOrder(course);
    expect(lessons.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const lesson of lessons) {
      await compileLesson(root, lesson.file).catch((error: Error) => failures.push(error.message));
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
