import Link from 'next/link';
import { ContinueButton } from '@/components/course/continue-button';
import { CourseMap } from '@/components/course/course-map';
import { DueCount } from '@/components/quiz/due-count';
import { courseMinutes, lessonHref, readingOrder } from '@/lib/content/navigation';
import { getCourse } from '@/lib/content/server';

export default async function HomePage() {
  const course = await getCourse();
  const lessons = readingOrder(course);
  const hrefs = lessons.map(lessonHref);
  const hours = Math.round(courseMinutes(course) / 60);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:py-14">
      <section aria-labelledby="intro-title">
        <h1 id="intro-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Learn Docker by using it, right in your browser
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">
          Dockerlings is a hands-on Docker course. Each lesson explains one idea and sits beside a terminal connected
          to a simulated Docker host: run <code>docker</code>, <code>docker compose</code> and <code>kubectl</code>{' '}
          commands from the official docs and see what real Docker would print. Nothing to install, nothing to break.
        </p>
        <p className="mt-2 text-muted">
          {course.modules.length} modules, {lessons.length} lessons, about {hours} hours.
        </p>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          {hrefs[0] && <ContinueButton firstLesson={hrefs[0]} validHrefs={hrefs} />}
          <Link href="/playground" className="font-medium text-accent underline underline-offset-4">
            Open the free playground
          </Link>
          <DueCount />
        </div>
      </section>
      <section id="course" aria-labelledby="course-title" className="mt-14 scroll-mt-20">
        <h2 id="course-title" className="mb-6 text-2xl font-bold">
          The course
        </h2>
        <CourseMap course={course} />
      </section>
    </main>
  );
}
