'use client';

import { useEffect } from 'react';
import { writeLastLesson } from './last-visited';

/** Remembers this lesson as the one to continue from. Renders nothing. */
export function VisitRecorder({ href }: { href: string }) {
  useEffect(() => writeLastLesson(href), [href]);
  return null;
}
