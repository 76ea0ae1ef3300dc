'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { recordLessonExercises, updateExercise, type ExerciseEvent } from '@/lib/progress/store';
import type { ExerciseProgress } from '@/lib/progress/types';
import { announcement } from './announce';
import { registerExercise, type Registration } from './bus';
import { recordReview, reportCompleted, reportGoalMet, reportStarted } from './events';
import { changeProgress, progressSnapshot, serverProgress, subscribeProgress } from './progress-client';
import type { ExerciseAction, ExerciseSpec, ExerciseStatus } from './protocol';

/**
 * One exercise's live state: its status from the agent, its saved progress, the live-region text,
 * and the actions of its buttons. Progress and the workshop hear about starts, goals met and completion.
 */
export function useExercise(spec: ExerciseSpec) {
  const [status, setStatus] = useState<ExerciseStatus | null>(null);
  const [said, setSaid] = useState('');
  const registration = useRef<Registration | null>(null);
  const previous = useRef<ExerciseStatus | null>(null);
  const checking = useRef(false);
  const goalsReported = useRef(new Set<string>());
  const progress = useSyncExternalStore(subscribeProgress, progressSnapshot, serverProgress);
  const saved: ExerciseProgress | undefined = progress.lessons[spec.lesson]?.exercises[spec.id];
  const savedRef = useRef(saved);
  savedRef.current = saved;

  const record = useCallback((event: ExerciseEvent) => changeProgress((p) => updateExercise(p, spec.lesson, spec.id, event, Date.now())), [spec]);

  useEffect(() => {
    changeProgress((p) => recordLessonExercises(p, spec.lesson, spec.lessonExercises ?? [spec.id]));
    const onStatus = (next: ExerciseStatus) => {
      const before = previous.current;
      const checked = checking.current;
      checking.current = false;
      previous.current = next;
      setStatus(next);
      setSaid(announcement(spec.goals, before, next, checked));
      if (!savedRef.current && (next.commands > 0 || (spec.setup && next.prepared))) {
        record({ type: 'start' });
        reportStarted(spec);
      }
      for (const r of next.results) {
        if (r.met && !goalsReported.current.has(r.id)) {
          goalsReported.current.add(r.id);
          if (next.commands > 0) reportGoalMet(spec, r.id);
        }
      }
      if (next.complete && savedRef.current?.status !== 'done' && next.commands > 0) {
        record({ type: 'complete' });
        reportCompleted(spec);
        recordReview(spec, true);
      } else if (checked && !next.complete) recordReview(spec, false);
    };
    registration.current = registerExercise(spec, onStatus);
    return () => registration.current?.unregister();
  }, [spec, record]);

  const act = useCallback((action: ExerciseAction) => {
    if (action.type === 'check') {
      checking.current = true;
      record({ type: 'check' });
      if (!previous.current) setSaid('The terminal is still starting; the check runs as soon as it is ready.');
    }
    registration.current?.act(action);
  }, [record]);

  return { status, said, saved, record, act };
}
