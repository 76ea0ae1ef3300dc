import Link from 'next/link';
import { LessonStatus } from '@/components/exercise/lesson-status';
import { lessonHref } from '@/lib/content/navigation';
import type { Course } from '@/lib/content/types';

function minutes(n: number): string {
  return `${n} min`;
}

/** Every module and its lessons, in order, with durations and summaries. */
export function CourseMap({ course }: { course: Course }) {
  return (
    <ol className="space-y-8">
      {course.modules.map((mod) => {
        const total = mod.lessons.reduce((sum, l) => sum + l.meta.minutes, 0);
        return (
          <li key={mod.slug} id={`module-${mod.slug}`} className="scroll-mt-20">
            <section aria-labelledby={`module-${mod.slug}-title`} className="rounded-lg border border-border p-5">
              <h3 id={`module-${mod.slug}-title`} className="text-lg font-semibold">
                <span className="text-muted">Module {mod.order}. </span>
                {mod.title}
              </h3>
              <p className="mt-1 text-muted">
                {mod.summary} <span className="whitespace-nowrap">({mod.lessons.length} lessons, {minutes(total)})</span>
              </p>
              <ol className="mt-4 divide-y divide-border">
                {mod.lessons.map((lesson) => (
                  <li key={lesson.slug} className="py-3">
                    <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                      <Link href={lessonHref(lesson)} className="font-medium text-accent underline-offset-4 hover:underline">
                        {lesson.meta.title}
                      </Link>
                      <span className="text-sm text-muted">
                        <LessonStatus lesson={`${mod.slug}/${lesson.slug}`} /> {minutes(lesson.meta.minutes)}
                      </span>
                    </div>
                    <p className="text-sm text-muted">{lesson.meta.summary}</p>
                  </li>
                ))}
              </ol>
            </section>
          </li>
        );
      })}
    </ol>
  );
}
