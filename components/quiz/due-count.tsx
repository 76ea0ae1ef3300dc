'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

/** "N reviews due today" for the home page; reads the review queue after load, in a separate small chunk. */
export function DueCount() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([import('@/lib/quiz/review-store'), import('@/lib/quiz/storage')]).then(([queue, storage]) => {
      const store = storage.browserStore();
      const now = Date.now();
      if (live) setCount(store ? queue.dueTodayCount(store, now, new Date(now).getTimezoneOffset()) : 0);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <Link href="/review" className="font-medium text-accent underline underline-offset-4" data-due={count ?? undefined}>
      Review queue{count === null ? '' : `: ${count} due today`}
    </Link>
  );
}
