/** The course as plain data: modules in order, each with its lessons in order. */
import type { LessonFrontmatter, ModuleMeta } from './schema';

export interface LessonRef {
  moduleSlug: string;
  slug: string;
}

export interface LessonSummary extends LessonRef {
  order: number;
  /** Path relative to the project root, e.g. `content/01-what-is-docker/01-containers-vs-vms.mdx`. */
  file: string;
  meta: LessonFrontmatter;
}

export interface CourseModule extends ModuleMeta {
  slug: string;
  order: number;
  lessons: LessonSummary[];
}

export interface Course {
  modules: CourseModule[];
}

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}
