'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatCode } from '@/lib/workshop/ids';
import { activeQuiz } from '@/lib/workshop/room-state';
import { lessonKeyOfPath } from './lesson-index';
import { LiveQuestion } from './live-question';
import { SyncStatus } from './sync-status';
import { useLearnerRoom } from './use-learner-room';

/** The learner's workshop panel on course pages (bottom left): status, newest message, live question, lock notice. */
export default function WorkshopDock({ pathname }: { pathname: string }) {
  const room = useLearnerRoom();
  const [open, setOpen] = useState(false);
  const [dismissed, setDismissed] = useState(0);
  const [dismissedQuiz, setDismissedQuiz] = useState<string | null>(null);
  const { member, state } = room;
  if (!member) return null;
  // The open question, or the last one once closed (to see the right answer) until dismissed.
  const last = state?.quizzes.at(-1) ?? null;
  const quiz = state ? (activeQuiz(state) ?? (last && last.id !== dismissedQuiz ? last : null)) : null;
  const latest = state?.broadcasts.at(-1);
  const message = latest && latest.seq > dismissed ? latest : null;
  const lesson = lessonKeyOfPath(pathname);
  const position = lesson ? member.lessons.indexOf(lesson) : -1;
  const locked = state !== null && position >= state.unlocked;
  const expanded = open || !!quiz || !!message || locked;
  return (
    <aside aria-label="Workshop" className="fixed bottom-3 left-3 z-30 w-[min(24rem,calc(100vw-1.5rem))] rounded-lg border border-border bg-bg p-3 shadow-lg">
      <div className="flex items-center justify-between gap-2">
        <button type="button" aria-expanded={expanded} onClick={() => setOpen(!open)} className="truncate text-left font-semibold">
          {member.title} <span className="font-normal text-muted">· {formatCode(member.code)} · {member.name}</span>
        </button>
        <Link href="/workshop/room" className="shrink-0 text-sm text-accent underline">
          Room
        </Link>
      </div>
      {expanded && (
        <div className="mt-2 space-y-3">
          {locked && <p className="text-sm">Your instructor has not opened this lesson yet; feel free to read ahead.</p>}
          {message && (
            <div role="status" className="rounded-md bg-surface p-2">
              <p className="text-sm font-semibold uppercase text-muted">{message.style === 'hint' ? 'Hint' : 'Message'} from your instructor</p>
              <p>{message.text}</p>
              <button type="button" className="mt-1 text-sm text-accent underline" onClick={() => setDismissed(message.seq)}>
                Dismiss
              </button>
            </div>
          )}
          {quiz && <LiveQuestion quiz={quiz} learnerId={member.learnerId} onAnswer={room.answer} compact />}
          {quiz && !quiz.open && (
            <button type="button" className="text-sm text-accent underline" onClick={() => setDismissedQuiz(quiz.id)}>
              Dismiss the question
            </button>
          )}
        </div>
      )}
      <SyncStatus outbox={room.outbox} stream={room.stream} />
    </aside>
  );
}
