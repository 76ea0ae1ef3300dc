'use client';

import { useEffect, useState } from 'react';
import { formatClock, spokenDuration } from '@/lib/quiz/format';

const WARNINGS = [5 * 60_000, 60_000];

/** The countdown. Screen readers get its value on demand and a spoken warning at 5 and 1 minutes left. */
export function ExamTimer({ left, total }: { left: number; total: number }) {
  const [warned, setWarned] = useState<number | null>(null);
  useEffect(() => {
    const due = WARNINGS.find((w) => left <= w && total > w && (warned === null || w < warned));
    if (due !== undefined) setWarned(due);
  }, [left, total, warned]);
  const low = left <= 60_000;
  return (
    <div className="exam-timer" data-low={low || undefined}>
      <span className="text-sm text-muted">Time left</span>{' '}
      <span role="timer" aria-label={`Time left: ${spokenDuration(left)}`} className="font-mono text-xl font-bold tabular-nums">
        {formatClock(left)}
      </span>
      <span className="visually-hidden" aria-live="assertive">
        {warned !== null ? `${spokenDuration(warned)} left.` : ''}
      </span>
    </div>
  );
}
