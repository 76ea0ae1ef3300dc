import type { Metadata } from 'next';
import { ReviewQueue } from '@/components/quiz/review-queue';
import '@/components/quiz/quiz.css';
import '@/components/exam/exam.css';

export const metadata: Metadata = {
  title: 'Review queue',
  description: 'Questions you missed and exercises that failed come back here on a spaced-repetition schedule.',
};

export default function ReviewPage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Review queue</h1>
      <p className="mt-3 text-muted">
        Spaced repetition: each item comes back just before you would forget it. Answer right and the next review moves further
        out; miss it and it comes back soon. Everything is stored in this browser only.
      </p>
      <div className="mt-8">
        <ReviewQueue />
      </div>
    </main>
  );
}
