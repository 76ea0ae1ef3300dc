import Link from 'next/link';
import type { CourseModule, LessonSummary } from '@/lib/content/types';
import { moduleAnchor } from '@/lib/content/navigation';

/** Breadcrumb, title, summary, duration and objectives at the top of a lesson. */
export function LessonHeader({ module, lesson }: { module: CourseModule; lesson: LessonSummary }) {
  return (
    <header className="not-prose mb-8">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href="/" className="underline-offset-4 hover:underline">
              Course
            </Link>
            <span aria-hidden="true"> / </span>
          </li>
          <li>
            <Link href={moduleAnchor(module.slug)} className="underline-offset-4 hover:underline">
              Module {module.order}: {module.title}
            </Link>
            <span aria-hidden="true"> / </span>
          </li>
          <li aria-current="page">{lesson.meta.title}</li>
        </ol>
      </nav>
      <h1 className="mt-3 text-3xl font-bold tracking-tight">{lesson.meta.title}</h1>
      <p className="mt-2 text-lg text-muted">
        {lesson.meta.summary} <span className="whitespace-nowrap text-base">· {lesson.meta.minutes} min</span>
      </p>
      <section aria-labelledby="objectives-title" className="mt-5 rounded-lg border border-border bg-surface p-4">
        <h2 id="objectives-title" className="text-base font-semibold">
          In this lesson you will
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {lesson.meta.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}
