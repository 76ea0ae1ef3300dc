'use client';

import { useEffect } from 'react';
import { progressSnapshot, subscribeProgress } from '@/components/exercise/progress-client';
import { newlyCompletedLessons, readReportedLessons, writeReportedLessons } from './lesson-completion';
import type { Membership } from './membership';
import { report } from './reporter';

/**
 * Reports `lesson-completed` for each workshop lesson whose exercises are all done (the course's own
 * progress store decides what "done" is), once per learner, whichever page the learner is on. The
 * room stores a lesson once however often it is reported (another device, another tab).
 */
export function useLessonCompletion(member: Membership | null): void {
  useEffect(() => {
    if (!member || member.closed) return;
    const check = () => {
      const reported = readReportedLessons(localStorage, member.learnerId);
      const lessons = newlyCompletedLessons(progressSnapshot(), member.lessons, reported);
      if (lessons.length === 0) return;
      for (const lesson of lessons) {
        report({ type: 'lesson-completed', lesson });
        reported.add(lesson);
      }
      writeReportedLessons(localStorage, member.learnerId, reported);
    };
    const off = subscribeProgress(check);
    check();
    return off;
  }, [member]);
}
