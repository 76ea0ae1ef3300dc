/** Walking the course: URLs, the flat reading order, and prev/next across module boundaries. */
import type { Course, CourseModule, LessonRef, LessonSummary } from './types';

export function lessonHref(ref: LessonRef): string {
  return `/learn/${ref.moduleSlug}/${ref.slug}`;
}

export function moduleAnchor(moduleSlug: string): string {
  return `/#module-${moduleSlug}`;
}

/** Every lesson in reading order. */
export function readingOrder(course: Course): LessonSummary[] {
  return course.modules.flatMap((m) => m.lessons);
}

export function findLesson(course: Course, moduleSlug: string, slug: string): { module: CourseModule; lesson: LessonSummary } | null {
  const mod = course.modules.find((m) => m.slug === moduleSlug);
  const lesson = mod?.lessons.find((l) => l.slug === slug);
  return mod && lesson ? { module: mod, lesson } : null;
}

export function neighbours(course: Course, ref: LessonRef): { prev: LessonSummary | null; next: LessonSummary | null } {
  const order = readingOrder(course);
  const at = order.findIndex((l) => l.moduleSlug === ref.moduleSlug && l.slug === ref.slug);
  if (at < 0) return { prev: null, next: null };
  return { prev: order[at - 1] ?? null, next: order[at + 1] ?? null };
}

export function courseMinutes(course: Course): number {
  return readingOrder(course).reduce((sum, l) => sum + l.meta.minutes, 0);
}
