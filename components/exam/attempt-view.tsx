'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { buildPaper } from '@/lib/quiz/exam';
import { loadHistory, type Attempt } from '@/lib/quiz/history';
import { browserStore } from '@/lib/quiz/storage';
import type { QuizQuestion } from '@/lib/quiz/types';
import { ExamResults } from './exam-results';

/** A stored attempt, re-rendered from this browser's history (the paper is rebuilt from its seed). */
export function AttemptView({ id, bank }: { id: string; bank: { list: QuizQuestion[]; byId: Map<string, QuizQuestion> } }) {
  const [attempt, setAttempt] = useState<Attempt | null | undefined>(undefined);
  useEffect(() => {
    const store = browserStore();
    setAttempt((store && loadHistory(store).attempts.find((a) => a.id === id)) || null);
  }, [id]);
  const paperItems = useMemo(() => (attempt ? buildPaper(bank.list, attempt.settings).items : []), [attempt, bank.list]);
  if (attempt === undefined) return <p role="status">Loading your result…</p>;
  if (attempt === null) {
    return (
      <p>
        This result is not in this browser&apos;s history. <Link href="/exam" className="text-accent underline">Set up an exam</Link>.
      </p>
    );
  }
  return <ExamResults result={attempt} paperItems={paperItems} bank={bank.byId} />;
}
