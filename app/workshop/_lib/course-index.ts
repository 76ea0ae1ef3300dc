/** Lesson titles and links by lesson key, for the workshop pages (computed on the server). */
import { lessonHref, readingOrder } from '@/lib/content/navigation';
import { getCourse } from '@/lib/content/server';
import type { LessonIndex, ModuleChoice } from '@/components/workshop/lesson-index';

export async function lessonIndex(): Promise<LessonIndex> {
  const course = await getCourse();
  const index: LessonIndex = {};
  for (const m of course.modules) {
    for (const l of m.lessons) index[`${l.moduleSlug}/${l.slug}`] = { title: l.meta.title, href: lessonHref(l), module: m.title };
  }
  return index;
}

export async function moduleChoices(): Promise<ModuleChoice[]> {
  const course = await getCourse();
  return course.modules.map((m) => ({
    slug: m.slug,
    title: `${m.order}. ${m.title}`,
    lessons: m.lessons.map((l) => ({ key: `${l.moduleSlug}/${l.slug}`, title: l.meta.title })),
  }));
}

export async function lessonCount(): Promise<number> {
  return readingOrder(await getCourse()).length;
}
