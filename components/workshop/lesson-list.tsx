import Link from 'next/link';
import type { LearnerProgress } from '@/lib/workshop/room-state';
import { type LessonIndex, lessonTitle } from './lesson-index';

/**
 * The workshop's lessons for a learner: open ones as links, the rest marked as not open yet, with the
 * learner's own progress as the room has it (so a rejoin on another device shows where they were).
 */
export function LessonList({ lessons, index, unlocked, me }: { lessons: string[]; index: LessonIndex; unlocked: number; me: LearnerProgress | null }) {
  const done = new Set(me?.lessonsCompleted ?? []);
  const current = me?.current ? me.current.split('#') : null;
  const exercisesDone = (lesson: string) => Object.entries(me?.exercises ?? {}).filter(([key, e]) => key.startsWith(`${lesson}#`) && e.completedAt !== null).length;
  return (
    <>
      <ol className="space-y-1">
        {lessons.map((key, i) => {
          const n = exercisesDone(key);
          const status = done.has(key) ? 'completed' : n > 0 ? `${n} exercise${n === 1 ? '' : 's'} done` : null;
          return (
            <li key={key} data-lesson={key}>
              {i < unlocked ? (
                <Link href={index[key]?.href ?? '#'} className="text-accent underline">
                  {lessonTitle(index, key)}
                </Link>
              ) : (
                <span className="text-muted">
                  {lessonTitle(index, key)} <span className="text-sm">(not open yet)</span>
                </span>
              )}
              {status && <span className="ml-2 text-sm text-muted">{done.has(key) ? '✓ ' : ''}{status}</span>}
            </li>
          );
        })}
      </ol>
      {current && current[0] && index[current[0]] && (
        <p className="mt-3" data-testid="carry-on">
          Carry on with <strong>{current[1]}</strong> in{' '}
          <Link href={index[current[0]]!.href} className="text-accent underline">
            {lessonTitle(index, current[0])}
          </Link>
          .
        </p>
      )}
    </>
  );
}
