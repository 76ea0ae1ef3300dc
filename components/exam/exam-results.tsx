'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { settingsToParams, type PaperItem } from '@/lib/quiz/exam';
import type { ExamResult } from '@/lib/quiz/exam-result';
import { formatDuration } from '@/lib/quiz/format';
import type { QuizQuestion } from '@/lib/quiz/types';
import { ResultReview } from './result-review';
import { TopicChart, TopicTable } from './topic-chart';

/** The result page of an attempt: score, pass/fail, per-topic chart and table, and the full review. */
export function ExamResults({ result, paperItems, bank }: { result: ExamResult; paperItems: PaperItem[]; bank: Map<string, QuizQuestion> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const retake = `/exam?${new URLSearchParams(settingsToParams(result.settings)).toString()}`;
  const limit = result.settings.minutes * 60_000;
  return (
    <div className="exam-results">
      <section aria-labelledby="result-title" className="exam-score" data-passed={result.passed || undefined}>
        <h2 id="result-title" ref={heading} tabIndex={-1} className="text-2xl font-bold">
          Result: {result.percent}%, {result.passed ? 'passed' : 'not passed'}
        </h2>
        <p className="mt-2">
          {result.correct} of {result.total} right. Pass mark {result.passPercent}%.
          {result.ungraded > 0 &&
            ` ${result.ungraded} command answer${result.ungraded === 1 ? '' : 's'} could not be checked by the simulator and ${result.ungraded === 1 ? 'is' : 'are'} left out.`}
        </p>
        <p className="mt-1 text-muted">
          {new Date(result.submittedAt).toLocaleString()} · time used {formatDuration(result.submittedAt - result.startedAt)} of{' '}
          {formatDuration(limit)}
          {result.auto ? ' · time ran out, so the exam was submitted automatically' : ''}
        </p>
        <div className="quiz-actions exam-no-print">
          <button type="button" className="quiz-button" onClick={() => window.print()}>
            Print result
          </button>
          <Link href={retake} className="quiz-button-secondary no-underline">
            Retake this exam
          </Link>
          <Link href="/exam" className="quiz-button-secondary no-underline">
            New exam
          </Link>
          <Link href="/review" className="quiz-button-secondary no-underline">
            Review queue
          </Link>
        </div>
      </section>
      <section aria-labelledby="topics-title" className="mt-10">
        <h2 id="topics-title" className="text-xl font-semibold">
          By topic
        </h2>
        <TopicChart topics={result.perTopic} passPercent={result.passPercent} />
        <details className="mt-4 exam-no-print">
          <summary>Show the figures as a table</summary>
          <TopicTable topics={result.perTopic} passPercent={result.passPercent} />
        </details>
      </section>
      <section aria-labelledby="review-title" className="mt-10">
        <h2 id="review-title" className="text-xl font-semibold">
          Every question
        </h2>
        <p className="mt-1 text-muted">Your answer, the right one, why, and how long you spent on it.</p>
        <ResultReview items={result.items} paperItems={paperItems} bank={bank} />
      </section>
    </div>
  );
}
