'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** ← / → (and PageUp / PageDown) move to the previous / next lesson; F toggles full screen. */
export function PresenterKeys({ prev, next }: { prev: string | null; next: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      if ((e.key === 'ArrowRight' || e.key === 'PageDown') && next) router.push(next);
      else if ((e.key === 'ArrowLeft' || e.key === 'PageUp') && prev) router.push(prev);
      else if (e.key === 'f') void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {});
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [prev, next, router]);
  return (
    <nav aria-label="Presenter" className="fixed right-3 bottom-3 flex gap-2 text-sm">
      {prev && (
        <Link href={prev} className="rounded border border-border bg-bg px-3 py-1">
          ← Previous
        </Link>
      )}
      {next && (
        <Link href={next} className="rounded border border-border bg-bg px-3 py-1">
          Next →
        </Link>
      )}
    </nav>
  );
}
