/**
 * The review queue as stored in the browser: missed questions and failed exercises, each with its
 * spaced-repetition card. Reading and counting only (no scheduler), so the home page's "due today"
 * badge stays tiny; scheduling is in review.ts.
 */
import { reviewSchema, type ReviewData, type ReviewItem } from './stored-schemas';
import { readVersioned, writeJson, type KeyValueStore } from './storage';

export type { ReviewItem };

export const REVIEW_KEY = 'dockerlings:review';

export type ReviewKind = ReviewItem['kind'];

export function reviewKey(kind: ReviewKind, id: string): string {
  return `${kind === 'question' ? 'q' : 'x'}:${id}`;
}

export function loadReview(store: KeyValueStore): { data: ReviewData; reset: boolean } {
  const { value, reset } = readVersioned(store, REVIEW_KEY, (data) => {
    const parsed = reviewSchema.safeParse(data);
    return parsed.success ? parsed.data : null;
  });
  return { data: value ?? { version: 1, items: {} }, reset };
}

export function saveReview(store: KeyValueStore, data: ReviewData): boolean {
  return writeJson(store, REVIEW_KEY, data);
}

export const dueAt = (item: ReviewItem) => Date.parse(item.card.due);

/** Items due at or before `until` (ms), soonest first. */
export function dueItems(data: ReviewData, until: number): ReviewItem[] {
  return Object.values(data.items)
    .filter((item) => dueAt(item) <= until)
    .sort((a, b) => dueAt(a) - dueAt(b) || a.id.localeCompare(b.id));
}

/** Items due later than `after`, soonest first. */
export function upcomingItems(data: ReviewData, after: number): ReviewItem[] {
  return Object.values(data.items)
    .filter((item) => dueAt(item) > after)
    .sort((a, b) => dueAt(a) - dueAt(b) || a.id.localeCompare(b.id));
}

/** The end of the calendar day containing `now`, given the learner's UTC offset in minutes (Date#getTimezoneOffset). */
export function endOfDay(now: number, timezoneOffsetMinutes: number): number {
  const local = now - timezoneOffsetMinutes * 60_000;
  const dayStart = Math.floor(local / 86_400_000) * 86_400_000;
  return dayStart + 86_400_000 - 1 + timezoneOffsetMinutes * 60_000;
}

/** How many reviews are due today. */
export function dueTodayCount(store: KeyValueStore, now: number, timezoneOffsetMinutes: number): number {
  return dueItems(loadReview(store).data, endOfDay(now, timezoneOffsetMinutes)).length;
}
