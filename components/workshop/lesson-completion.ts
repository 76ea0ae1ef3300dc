/**
 * Which workshop lessons to report as completed: each lesson of the workshop whose exercises are all
 * done in the course's own progress store, once per learner (a remembered set, kept in localStorage by
 * the hook). Pure, so the rule is tested without a browser.
 */
import { lessonStatus } from '@/lib/progress/updates';
import type { KeyValueStore, Progress } from '@/lib/progress/types';
import { reportedLessonsKey } from './membership';

/** The lessons already reported by this learner on this device (empty when missing or unreadable). */
export function readReportedLessons(store: KeyValueStore, learnerId: string): Set<string> {
  try {
    const raw: unknown = JSON.parse(store.getItem(reportedLessonsKey(learnerId)) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function writeReportedLessons(store: KeyValueStore, learnerId: string, lessons: ReadonlySet<string>): void {
  store.setItem(reportedLessonsKey(learnerId), JSON.stringify([...lessons]));
}

/** The workshop lessons done in `progress` and not yet reported, in workshop order. */
export function newlyCompletedLessons(progress: Progress, workshopLessons: readonly string[], reported: ReadonlySet<string>): string[] {
  return workshopLessons.filter((lesson) => !reported.has(lesson) && lessonStatus(progress, lesson) === 'done');
}
