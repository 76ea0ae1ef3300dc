import type { Metadata } from 'next';
import { ProgressManager } from '@/components/exercise/progress-manager';
import { lessonHref, readingOrder } from '@/lib/content/navigation';
import { getCourse } from '@/lib/content/server';

export const metadata: Metadata = {
  title: 'Your progress',
  description: 'Exercises done in each lesson; export, import or clear the progress kept in this browser.',
};

export default async function ProgressPage() {
  const course = await getCourse();
  const titles = new Map(course.modules.map((m) => [m.slug, m.title]));
  const lessons = readingOrder(course).map((l) => ({ key: `${l.moduleSlug}/${l.slug}`, title: l.meta.title, href: lessonHref(l), module: titles.get(l.moduleSlug) ?? l.moduleSlug }));
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
      <ProgressManager lessons={lessons} />
    </main>
  );
}
