'use client';

import type { ExamPaper } from '@/lib/quiz/exam';
import type { ExamState } from '@/lib/quiz/exam-session';
import { isAnswered } from '@/lib/quiz/responses';

/** Jump to any question; each button says whether it is answered and flagged. */
export function QuestionNav({ paper, state, onGo }: { paper: ExamPaper; state: ExamState; onGo(index: number): void }) {
  return (
    <nav aria-label="Questions" className="exam-nav">
      <ol>
        {paper.items.map((item, i) => {
          const answered = isAnswered(state.answers[item.id]);
          const flagged = state.flagged.includes(item.id);
          const label = `Question ${i + 1}, ${answered ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}`;
          return (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-label={label}
                aria-current={i === state.current ? 'step' : undefined}
                data-answered={answered || undefined}
                data-flagged={flagged || undefined}
              >
                {i + 1}
                {flagged ? <span aria-hidden="true">⚑</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-muted">Filled: answered · ⚑ flagged · outlined: current question</p>
    </nav>
  );
}
