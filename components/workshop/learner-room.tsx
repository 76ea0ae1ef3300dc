'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { activeQuiz } from '@/lib/workshop/room-state';
import { formatCode } from '@/lib/workshop/ids';
import type { LessonIndex } from './lesson-index';
import { LessonList } from './lesson-list';
import { LiveQuestion } from './live-question';
import { SyncStatus } from './sync-status';
import { Alert, Button, Card, CodeBadge } from './ui';
import { useLearnerRoom } from './use-learner-room';

/** The learner's home in a workshop: lessons (open or not yet), messages, the live question, rejoin code. */
export function LearnerRoom({ lessons }: { lessons: LessonIndex }) {
  const room = useLearnerRoom();
  const welcome = useSearchParams().get('welcome') === '1';
  const { member, state, workshop } = room;
  if (!member) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold tracking-tight">Your workshop</h1>
        <p>
          You are not in a workshop on this device. <Link href="/workshop/join" className="text-accent underline">Join one</Link>.
        </p>
      </>
    );
  }
  const quiz = state ? activeQuiz(state) ?? state.quizzes.at(-1) ?? null : null;
  const unlocked = state?.unlocked ?? 1;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-muted">Workshop · room {formatCode(member.code)}</p>
        <h1 className="text-3xl font-bold tracking-tight">{member.title}</h1>
        <p className="mt-1">
          You are <strong data-testid="learner-name">{member.name}</strong>.
        </p>
        <SyncStatus outbox={room.outbox} stream={room.stream} />
      </header>
      {room.error && <Alert>{room.error}</Alert>}
      {(member.closed || state?.closed) && <Alert tone="info">Your instructor has closed this workshop. Your progress so far was kept for them.</Alert>}
      {member.rejoinCode && (
        <Card title={welcome ? 'Welcome! Note your rejoin code' : 'Your rejoin code'} id="rejoin-code">
          <p>
            <CodeBadge code={formatCode(member.rejoinCode)} />
          </p>
          <p className="mt-2 text-sm text-muted">With your name and this code you can carry on from another device (Workshops → Rejoin).</p>
        </Card>
      )}
      {quiz && <LiveQuestion quiz={quiz} learnerId={member.learnerId} onAnswer={room.answer} />}
      {state && state.broadcasts.length > 0 && (
        <Card title="From your instructor" id="messages">
          <ol className="space-y-2" aria-live="polite">
            {[...state.broadcasts].reverse().map((b) => (
              <li key={b.seq} className="rounded-md bg-surface px-3 py-2">
                <span className="mr-2 text-sm font-semibold uppercase text-muted">{b.style}</span>
                {b.text}
              </li>
            ))}
          </ol>
        </Card>
      )}
      <Card title="Lessons" id="lessons">
        <LessonList lessons={member.lessons} index={lessons} unlocked={unlocked} me={state?.learners[member.learnerId] ?? null} />
        {workshop?.exam && (
          <p className="mt-3">
            This workshop ends with the <Link href="/exam" className="text-accent underline">practice exam</Link>.
          </p>
        )}
      </Card>
      <Button variant="secondary" onClick={() => confirm('Leave this workshop on this device? You can rejoin with your rejoin code.') && room.leave()}>
        Leave the workshop on this device
      </Button>
    </div>
  );
}
