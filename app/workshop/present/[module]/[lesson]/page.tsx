import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PresenterKeys } from '@/components/workshop/presenter-keys';
import { presenterHref } from '@/components/workshop/lesson-index';
import { getLessonPage, lessonParams, type LessonParams } from '@/lib/content/server';
import '../../presenter.css';

interface Params {
  params: Promise<LessonParams>;
}

export const dynamicParams = false;

export const generateStaticParams = lessonParams;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { module, lesson } = await params;
  const page = await getLessonPage(module, lesson);
  return page ? { title: `Presenting: ${page.lesson.meta.title}`, robots: { index: false } } : {};
}

/** A lesson for the projector: large type, no sidebar or terminal; ← and → move through the course. */
export default async function PresenterPage({ params }: Params) {
  const { module, lesson } = await params;
  const page = await getLessonPage(module, lesson);
  if (!page) notFound();
  const key = (l: { moduleSlug: string; slug: string } | null) => (l ? presenterHref(`${l.moduleSlug}/${l.slug}`) : null);
  return (
    <main id="main" className="presenter-view">
      <article className="lesson-prose prose prose-xl mx-auto max-w-5xl px-6 py-10">
        <p className="not-prose text-xl text-muted">
          Module {page.module.order}: {page.module.title}
        </p>
        <h1>{page.lesson.meta.title}</h1>
        <p className="lead">{page.lesson.meta.summary}</p>
        <MdxContent code={page.code} />
      </article>
      <PresenterKeys prev={key(page.prev)} next={key(page.next)} />
    </main>
  );
}
