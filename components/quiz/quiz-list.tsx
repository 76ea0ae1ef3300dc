'use client';

import { useState } from 'react';
import { practiceItem } from '@/lib/quiz/exam';
import type { QuizQuestion } from '@/lib/quiz/types';
import type { ClientVerdict } from './grade-client';
import { QuizCard } from './quiz-card';

/** A practice quiz: every question with its own Check button, and a running score. */
export function QuizList({ questions, quizId, headingLevel = 'h3' }: { questions: QuizQuestion[]; quizId: string; headingLevel?: 'h2' | 'h3' | 'h4' }) {
  const [results, setResults] = useState<Record<string, ClientVerdict['status']>>({});
  const checked = Object.values(results).filter((s) => s !== 'ungradable');
  const right = checked.filter((s) => s === 'correct').length;
  return (
    <div className="quiz-list">
      <ol className="space-y-6">
        {questions.map((q, i) => (
          <li key={q.id}>
            <QuizCard
              question={q}
              item={practiceItem(q)}
              label={`Question ${i + 1} of ${questions.length}`}
              headingLevel={headingLevel}
              quizId={quizId}
              onChecked={(id, v) => setResults((r) => (id in r ? r : { ...r, [id]: v.status }))}
            />
          </li>
        ))}
      </ol>
      <p className="quiz-score" aria-live="polite">
        {checked.length === 0 ? null : `First tries: ${right} of ${checked.length} right so far (${questions.length} questions).`}
      </p>
    </div>
  );
}
