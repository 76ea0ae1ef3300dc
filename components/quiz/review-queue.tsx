'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { practiceItem } from '@/lib/quiz/exam';
import type { ReviewItem } from '@/lib/quiz/review-store';
import { browserStore } from '@/lib/quiz/storage';
import type { QuizQuestion } from '@/lib/quiz/types';
import { useBank } from '@/components/exam/use-bank';
import { QuizCard } from './quiz-card';
import { InlineText } from './rich-text';

interface Queue {
  /** Due now: answer or redo these. */
  due: ReviewItem[];
  /** Due later today (counted on the home page, not yet reviewable). */
  today: ReviewItem[];
  upcoming: ReviewItem[];
  reset: boolean;
}

/** Read the queue; the stored-data validator is loaded on demand, outside the page's first load. */
async function readQueue(): Promise<Queue> {
  const store = browserStore();
  if (!store) return { due: [], today: [], upcoming: [], reset: false };
  const { dueItems, endOfDay, loadReview, upcomingItems } = await import('@/lib/quiz/review-store');
  const now = Date.now();
  const until = endOfDay(now, new Date(now).getTimezoneOffset());
  const { data, reset } = loadReview(store);
  const later = upcomingItems(data, now);
  return { due: dueItems(data, now), today: later.filter((i) => Date.parse(i.card.due) <= until), upcoming: upcomingItems(data, until), reset };
}

function ExerciseReview({ item }: { item: ReviewItem }) {
  const [next, setNext] = useState<string | null>(null);
  const rate = async (ok: boolean) => {
    const { recordExerciseResult } = await import('@/lib/quiz/review');
    const updated = recordExerciseResult(item.id, ok, new Date());
    setNext(updated ? new Date(updated.card.due).toLocaleString() : null);
  };
  return (
    <div className="quiz-card">
      <p className="quiz-kind">Exercise</p>
      <h3 className="font-semibold">{item.title ?? item.id}</h3>
      <p className="mt-1">
        {item.href ? (
          <Link href={item.href} className="text-accent underline underline-offset-4">
            Open the exercise
          </Link>
        ) : (
          'Redo this exercise in its lesson.'
        )}{' '}
        and try it again, then say how it went.
      </p>
      {next ? (
        <p role="status" className="mt-2">
          Next review: {next}.
        </p>
      ) : (
        <div className="quiz-actions">
          <button type="button" className="quiz-button" onClick={() => rate(true)}>
            I solved it
          </button>
          <button type="button" className="quiz-button-secondary" onClick={() => rate(false)}>
            Still failing
          </button>
        </div>
      )}
    </div>
  );
}

function describe(item: ReviewItem, bank: Map<string, QuizQuestion> | null): string {
  if (item.kind === 'exercise') return `Exercise: ${item.title ?? item.id}`;
  const q = bank?.get(item.id);
  return q ? q.prompt.split('\n')[0]! : item.id;
}

function Upcoming({ title, items, bank, when }: { title: string; items: ReviewItem[]; bank: Map<string, QuizQuestion> | null; when(d: Date): string }) {
  if (items.length === 0) return null;
  const id = `upcoming-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title} ({items.length})
      </h2>
      <ul className="mt-3 divide-y divide-border">
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`} className="flex flex-wrap justify-between gap-x-4 py-2">
            <span>
              <InlineText text={describe(item, bank)} />
            </span>
            <span className="text-sm text-muted">{when(new Date(item.card.due))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /review: what is due today (missed questions to answer again, failed exercises to redo), and what comes next. */
export function ReviewQueue() {
  const [queue, setQueue] = useState<Queue | null>(null);
  const bank = useBank();
  useEffect(() => {
    let live = true;
    void readQueue().then((q) => live && setQueue(q));
    return () => {
      live = false;
    };
  }, []);
  if (!queue) return <p role="status">Loading your review queue…</p>;
  const byId = bank.status === 'ready' ? bank.byId : null;
  return (
    <div className="space-y-10">
      {queue.reset && (
        <p role="alert" className="exam-notice">
          Your saved review queue could not be read (it was damaged or from an older version), so it has been reset.
        </p>
      )}
      <section aria-labelledby="due-title">
        <h2 id="due-title" className="text-xl font-semibold">
          Due now ({queue.due.length})
        </h2>
        {queue.due.length === 0 ? (
          <p className="mt-2 text-muted">
            Nothing to review right now. Questions you miss in lesson quizzes, module quizzes and exams, and exercises that fail
            their check, come back here on a spaced-repetition schedule.
          </p>
        ) : bank.status === 'loading' ? (
          <p role="status">Loading the questions…</p>
        ) : (
          <ol className="mt-4 space-y-6">
            {queue.due.map((item, i) => {
              const q = byId?.get(item.id);
              return (
                <li key={`${item.kind}:${item.id}`} className="review-item">
                  {item.kind === 'exercise' ? (
                    <ExerciseReview item={item} />
                  ) : q ? (
                    <QuizCard question={q} item={practiceItem(q)} label={`Review ${i + 1} of ${queue.due.length}`} quizId="review" />
                  ) : (
                    <p className="quiz-card">This question is no longer in the course.</p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <Upcoming title="Later today" items={queue.today} bank={byId} when={(d) => d.toLocaleTimeString()} />
      <Upcoming title="Coming up" items={queue.upcoming} bank={byId} when={(d) => d.toLocaleDateString()} />
    </div>
  );
}
