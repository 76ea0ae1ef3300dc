'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { settingsToParams } from '@/lib/quiz/exam';
import { formatDuration } from '@/lib/quiz/format';
import type { Attempt } from '@/lib/quiz/history';
import { browserStore } from '@/lib/quiz/storage';

/** Past attempts kept in this browser, newest first, with a notice when stored data had to be reset. */
export function AttemptHistory() {
  const [state, setState] = useState<{ attempts: Attempt[]; reset: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    const store = browserStore();
    // The stored-data validator is loaded on demand, keeping it out of the page's first load.
    void import('@/lib/quiz/history').then(({ loadHistory }) => {
      if (live) setState(store ? loadHistory(store) : { attempts: [], reset: false });
    });
    return () => {
      live = false;
    };
  }, []);
  if (!state) return null;
  return (
    <section aria-labelledby="history-title" className="mt-12">
      <h2 id="history-title" className="text-xl font-semibold">
        Your attempts
      </h2>
      {state.reset && (
        <p role="alert" className="exam-notice">
          Your saved exam history could not be read (it was damaged or from an older version), so it has been reset.
        </p>
      )}
      {state.attempts.length === 0 ? (
        <p className="mt-2 text-muted">No attempts yet. Results are kept in this browser only.</p>
      ) : (
        <>
          <ul className="mt-3 divide-y divide-border">
            {state.attempts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                <span>
                  <Link href={`/exam?attempt=${encodeURIComponent(a.id)}`} className="font-medium text-accent underline underline-offset-4">
                    {new Date(a.submittedAt).toLocaleString()}
                  </Link>{' '}
                  <span className="text-sm text-muted">
                    {a.items.length} questions, {formatDuration(a.submittedAt - a.startedAt)}
                  </span>
                </span>
                <span className="text-sm">
                  <strong>{a.percent}%</strong> {a.passed ? 'passed' : 'not passed'} ·{' '}
                  <Link href={`/exam?${new URLSearchParams(settingsToParams(a.settings)).toString()}`} className="text-accent underline underline-offset-4">
                    Retake
                  </Link>
                </span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="exam-link-button mt-3 text-sm"
            onClick={async () => {
              const store = browserStore();
              if (store) (await import('@/lib/quiz/history')).clearHistory(store);
              setState({ attempts: [], reset: false });
            }}
          >
            Clear history
          </button>
        </>
      )}
    </section>
  );
}
