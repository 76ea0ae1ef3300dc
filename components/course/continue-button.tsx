'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { readLastLesson } from './last-visited';

const noSubscribe = () => () => {};

/** "Start" goes to the first lesson; once a lesson has been opened it becomes "Continue" to that lesson. */
export function ContinueButton({ firstLesson, validHrefs }: { firstLesson: string; validHrefs: string[] }) {
  const last = useSyncExternalStore(noSubscribe, readLastLesson, () => null);
  const resume = last && validHrefs.includes(last) ? last : null;
  return (
    <Link
      href={resume ?? firstLesson}
      className="inline-flex items-center rounded-md bg-accent px-5 py-2.5 font-semibold text-accent-fg no-underline hover:opacity-90"
    >
      {resume ? 'Continue where you left off' : 'Start the course'}
    </Link>
  );
}
