import { describe, expect, it } from 'vitest';
import { courseMinutes, findLesson, lessonHref, neighbours, readingOrder } from './navigation';
import type { Course, LessonSummary } from './types';

function lesson(moduleSlug: string, slug: string, minutes = 5): LessonSummary {
  return { moduleSlug, slug, order: 1, file: `content/${moduleSlug}/${slug}.mdx`, meta: { title: slug, summary: 's', objectives: ['o'], minutes } };
}

const course: Course = {
  modules: [
    { slug: 'a', order: 1, title: 'A', summary: 's', lessons: [lesson('a', 'one'), lesson('a', 'two')] },
    { slug: 'b', order: 2, title: 'B', summary: 's', lessons: [lesson('b', 'three', 10)] },
  ],
};

describe('navigation', () => {
  it('builds lesson URLs', () => {
    expect(lessonHref({ moduleSlug: 'a', slug: 'one' })).toBe('/learn/a/one');
  });

  it('walks prev/next across module boundaries', () => {
    expect(neighbours(course, { moduleSlug: 'a', slug: 'two' })).toEqual({ prev: course.modules[0]!.lessons[0], next: course.modules[1]!.lessons[0] });
    expect(neighbours(course, { moduleSlug: 'a', slug: 'one' }).prev).toBeNull();
    expect(neighbours(course, { moduleSlug: 'b', slug: 'three' }).next).toBeNull();
  });

  it('finds lessons and totals minutes', () => {
    expect(findLesson(course, 'b', 'three')?.module.title).toBe('B');
    expect(findLesson(course, 'b', 'one')).toBeNull();
    expect(readingOrder(course).map((l) => l.slug)).toEqual(['one', 'two', 'three']);
    expect(courseMinutes(course)).toBe(20);
  });
});
