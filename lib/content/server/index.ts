/**
 * Server-only entry for routes: the course map and compiled lessons, each computed once per process.
 * Drafts are visible in `next dev` and hidden from production builds.
 */
import { findLesson, neighbours, readingOrder } from '../navigation';
import type { Course, CourseModule, LessonSummary, TocEntry } from '../types';
import { compileLesson } from './compile-lesson';
import { loadCourse } from './load-course';

const root = process.cwd();
const development = process.env.NODE_ENV === 'development';
const includeDrafts = development;

let course: Promise<Course> | undefined;
const lessons = new Map<string, Promise<{ code: string; toc: TocEntry[] }>>();

export function getCourse(): Promise<Course> {
  if (development) return loadCourse({ root, includeDrafts });
  course ??= loadCourse({ root, includeDrafts });
  return course;
}

export interface LessonPage {
  module: CourseModule;
  lesson: LessonSummary;
  prev: LessonSummary | null;
  next: LessonSummary | null;
  code: string;
  toc: TocEntry[];
}

export async function getLessonPage(moduleSlug: string, slug: string): Promise<LessonPage | null> {
  const c = await getCourse();
  const found = findLesson(c, moduleSlug, slug);
  if (!found) return null;
  const key = found.lesson.file;
  if (development || !lessons.has(key)) lessons.set(key, compileLesson(root, key));
  const compiled = await lessons.get(key)!;
  return { ...found, ...neighbours(c, found.lesson), ...compiled };
}

export { loadCourse } from './load-course';
export { compileLesson } from './compile-lesson';

/** The URL params of a lesson route (`…/[module]/[lesson]`). */
export interface LessonParams {
  module: string;
  lesson: string;
}

/** generateStaticParams of every lesson route: each lesson of the course, in reading order. */
export async function lessonParams(): Promise<LessonParams[]> {
  return readingOrder(await getCourse()).map((l) => ({ module: l.moduleSlug, lesson: l.slug }));
}
