import { describe, expect, it } from 'vitest';
import { recordExerciseResult, recordQuestionResult, removeFromReview } from './review';
import { dueItems, dueTodayCount, endOfDay, loadReview, REVIEW_KEY, upcomingItems } from './review-store';
import { memoryStore } from './storage';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const at = (ms: number) => new Date(NOW + ms);
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('review queue', () => {
  it('a missed question enters the queue and is due within minutes', () => {
    const store = memoryStore();
    const item = recordQuestionResult('net-dns', false, at(0), { store });
    expect(item).toMatchObject({ kind: 'question', id: 'net-dns' });
    const due = Date.parse(item!.card.due);
    expect(due).toBeGreaterThan(NOW);
    expect(due - NOW).toBeLessThanOrEqual(10 * MINUTE);
    expect(dueItems(loadReview(store).data, NOW)).toEqual([]);
    expect(dueItems(loadReview(store).data, due).map((i) => i.id)).toEqual(['net-dns']);
  });

  it('a question answered right the first time is not tracked', () => {
    const store = memoryStore();
    expect(recordQuestionResult('easy', true, at(0), { store })).toBeNull();
    expect(store.data[REVIEW_KEY]).toBeUndefined();
  });

  it('right answers push the next review further out; a lapse brings it back soon', () => {
    const store = memoryStore();
    let t = 0;
    recordQuestionResult('q', false, at(t), { store });
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const due = Date.parse(loadReview(store).data.items['q:q']!.card.due);
      t = due - NOW;
      const next = recordQuestionResult('q', true, at(t), { store })!;
      gaps.push(Date.parse(next.card.due) - due);
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
    expect(gaps.at(-1)!).toBeGreaterThan(DAY);
    const lapse = recordQuestionResult('q', false, at(t + DAY), { store })!;
    expect(Date.parse(lapse.card.due) - (NOW + t + DAY)).toBeLessThan(DAY);
    expect(lapse.card.lapses).toBe(1);
  });

  it('exercises report failures with a title and a link, kept across later results', () => {
    const store = memoryStore();
    recordExerciseResult('run-nginx', false, at(0), { store, title: 'Run nginx', href: '/learn/x/y#try-it' });
    recordExerciseResult('run-nginx', true, at(20 * MINUTE), { store });
    const item = loadReview(store).data.items['x:run-nginx']!;
    expect(item).toMatchObject({ kind: 'exercise', title: 'Run nginx', href: '/learn/x/y#try-it' });
    expect(item.card.reps).toBe(2);
    removeFromReview('exercise', 'run-nginx', store);
    expect(loadReview(store).data.items).toEqual({});
  });

  it('does nothing without storage', () => {
    expect(recordQuestionResult('q', false, at(0), { store: null })).toBeNull();
  });

  it('counts what is due today in the learner\'s time zone', () => {
    const store = memoryStore();
    recordQuestionResult('a', false, at(0), { store });
    expect(dueTodayCount(store, NOW, 0)).toBe(1);
    // 09:00 UTC is 23:00 the day before in UTC-10 (offset +600): that day ends an hour later.
    expect(endOfDay(NOW, 600)).toBe(NOW + 59 * MINUTE + 59_999);
    expect(endOfDay(NOW, -60)).toBe(Date.UTC(2026, 0, 15, 22, 59, 59, 999));
    expect(upcomingItems(loadReview(store).data, NOW).map((i) => i.id)).toEqual(['a']);
  });

  it('resets a corrupt queue', () => {
    const store = memoryStore({ [REVIEW_KEY]: '{"version":1,"items":{"q:x":{"kind":"nope"}}}' });
    expect(loadReview(store)).toEqual({ data: { version: 1, items: {} }, reset: true });
  });
});
