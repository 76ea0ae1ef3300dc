import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { LessonHeader } from '@/components/course/lesson-header';
import { LessonNav } from '@/components/course/lesson-nav';
import { TableOfContents } from '@/components/course/table-of-contents';
import { VisitRecorder } from '@/components/course/visit-recorder';
import { SplitPane } from '@/components/layout/split-pane';
import { MdxContent } from '@/components/mdx/mdx-content';
import { LessonQuiz } from '@/components/quiz/lesson-quiz';
import { TerminalPanel } from '@/components/terminal/terminal-panel';
import { findLesson, lessonHref } from '@/lib/content/navigation';
import { getCourse, getLessonPage, lessonParams, type LessonParams } from '@/lib/content/server';

interface Params {
  params: Promise<LessonParams>;
}

export const dynamicParams = false;

export const generateStaticParams = lessonParams;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { module, lesson } = await params;
  const found = findLesson(await getCourse(), module, lesson);
  if (!found) return {};
  return {
    title: `${found.lesson.meta.title} (${found.module.title})`,
    description: found.lesson.meta.summary,
    keywords: found.lesson.meta.keywords,
    alternates: { canonical: lessonHref(found.lesson) },
  };
}

export default async function LessonPage({ params }: Params) {
  const { module, lesson } = await params;
  const page = await getLessonPage(module, lesson);
  if (!page) notFound();
  const href = lessonHref(page.lesson);
  return (
    <main id="main">
      <VisitRecorder href={href} />
      <SplitPane
        startLabel="lesson"
        start={
          // Its own Suspense boundary: React hydrates the page frame and the terminal panel first (so
          // the terminal mounts at once) and the long prose just after, in a separate pass.
          <Suspense>
            <article className="lesson-prose prose mx-auto">
              <LessonHeader module={page.module} lesson={page.lesson} />
              <TableOfContents toc={page.toc} />
              <MdxContent code={page.code} />
              <LessonQuiz moduleSlug={page.module.slug} lessonSlug={page.lesson.slug} />
              <LessonNav prev={page.prev} next={page.next} />
            </article>
          </Suspense>
        }
        end={<TerminalPanel />}
      />
    </main>
  );
}
