/**
 * Spaced review (FSRS, via ts-fsrs): a missed question or a failed exercise enters the queue; each
 * later attempt is a review (right → Good, wrong → Again) that schedules its next due date. Questions
 * answered right the first time never enter the queue.
 *
 * For the exercises: call `recordExerciseResult(id, ok, new Date(), { title, href })` after each
 * checked attempt. Time is always passed in; the store defaults to the browser's localStorage.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import { loadReview, reviewKey, saveReview, type ReviewItem, type ReviewKind } from './review-store';
import { browserStore, type KeyValueStore } from './storage';
import type { StoredCard } from './stored-schemas';

const scheduler = fsrs({ enable_fuzz: false });

function toCard(c: StoredCard): Card {
  return { ...c, due: new Date(c.due), last_review: c.last_review ? new Date(c.last_review) : undefined } as Card;
}

function fromCard(c: Card): StoredCard {
  const stored: StoredCard = {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
  if (c.last_review) stored.last_review = c.last_review.toISOString();
  return stored;
}

export interface RecordOptions {
  /** Shown in the queue (exercises; questions are looked up in the bank). */
  title?: string;
  /** Where to go to retry (exercises). */
  href?: string;
  store?: KeyValueStore | null;
}

/**
 * Record one attempt. Returns the item as now scheduled, or null when nothing is tracked (a first
 * success, or no storage available).
 */
export function recordResult(kind: ReviewKind, id: string, ok: boolean, now: Date, opts: RecordOptions = {}): ReviewItem | null {
  const store = opts.store === undefined ? browserStore() : opts.store;
  if (!store) return null;
  const { data } = loadReview(store);
  const key = reviewKey(kind, id);
  const existing = data.items[key];
  if (!existing && ok) return null;
  const card = existing ? toCard(existing.card) : createEmptyCard(now);
  const next = scheduler.next(card, now, ok ? Rating.Good : Rating.Again).card;
  const item: ReviewItem = { kind, id, card: fromCard(next) };
  const title = opts.title ?? existing?.title;
  const href = opts.href ?? existing?.href;
  if (title !== undefined) item.title = title;
  if (href !== undefined) item.href = href;
  saveReview(store, { ...data, items: { ...data.items, [key]: item } });
  return item;
}

export function recordQuestionResult(id: string, ok: boolean, now: Date, opts: RecordOptions = {}): ReviewItem | null {
  return recordResult('question', id, ok, now, opts);
}

/** The API for exercises (issue 5): a failed check adds the exercise to the review queue. */
export function recordExerciseResult(id: string, ok: boolean, now: Date, opts: RecordOptions = {}): ReviewItem | null {
  return recordResult('exercise', id, ok, now, opts);
}

/** Take an item out of the queue (the learner dismisses it). */
export function removeFromReview(kind: ReviewKind, id: string, store: KeyValueStore | null = browserStore()): void {
  if (!store) return;
  const { data } = loadReview(store);
  const items = { ...data.items };
  delete items[reviewKey(kind, id)];
  saveReview(store, { ...data, items });
}
