import type { MetadataRoute } from 'next';
import { SITE_URL } from '@/components/site-config';
import { lessonHref, readingOrder } from '@/lib/content/navigation';
import { getCourse } from '@/lib/content/server';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const course = await getCourse();
  return [
    { url: `${SITE_URL}/`, changeFrequency: 'weekly', priority: 1 },
    { url: `${SITE_URL}/playground`, changeFrequency: 'monthly', priority: 0.5 },
    ...readingOrder(course).map((lesson) => ({ url: `${SITE_URL}${lessonHref(lesson)}`, changeFrequency: 'monthly' as const, priority: 0.8 })),
  ];
}
