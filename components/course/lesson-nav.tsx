import Link from 'next/link';
import { lessonHref } from '@/lib/content/navigation';
import type { LessonSummary } from '@/lib/content/types';

/** Previous/next lesson links; they cross module boundaries. */
export function LessonNav({ prev, next }: { prev: LessonSummary | null; next: LessonSummary | null }) {
  return (
    <nav aria-label="Previous and next lesson" className="not-prose mt-12 grid gap-3 border-t border-border pt-6 sm:grid-cols-2">
      {prev ? (
        <Link href={lessonHref(prev)} rel="prev" className="rounded-lg border border-border p-3 no-underline hover:border-accent">
          <span className="block text-sm text-muted">Previous</span>
          <span className="font-medium text-accent">{prev.meta.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={lessonHref(next)} rel="next" className="rounded-lg border border-border p-3 text-right no-underline hover:border-accent">
          <span className="block text-sm text-muted">Next</span>
          <span className="font-medium text-accent">{next.meta.title}</span>
        </Link>
      ) : (
        <Link href="/" className="rounded-lg border border-border p-3 text-right no-underline hover:border-accent">
          <span className="block text-sm text-muted">Finished</span>
          <span className="font-medium text-accent">Back to the course map</span>
        </Link>
      )}
    </nav>
  );
}
