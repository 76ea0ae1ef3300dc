'use client';

import { useSyncExternalStore } from 'react';
import { lessonStatus } from '@/lib/progress/updates';
import { progressSnapshot, serverProgress, subscribeProgress } from './progress-client';
import './lesson-status.css';

const TEXT = { done: 'Done', 'in-progress': 'In progress' } as const;

/** A lesson's progress on the course map: "Done", "In progress", or nothing yet. */
export function LessonStatus({ lesson }: { lesson: string }) {
  const progress = useSyncExternalStore(subscribeProgress, progressSnapshot, serverProgress);
  const status = lessonStatus(progress, lesson);
  if (status === 'not-started') return null;
  return (
    <span className="lesson-status" data-status={status}>
      {status === 'done' ? <span aria-hidden="true">✓ </span> : null}
      {TEXT[status]}
    </span>
  );
}
