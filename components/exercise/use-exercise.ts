'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { recordLessonExercises, updateExercise, type ExerciseEvent } from '@/lib/progress/updates';
import { announcement } from './announce';
import { registerExercise, type Registration } from './bus';
import { recordReview, reportCompleted, reportGoalMet, reportStarted } from './events';
import { changeProgress, progressLoaded, progressSnapshot, serverProgress, subscribeProgress } from './progress-client';
import type { ExerciseAction, ExerciseSpec, ExerciseStatus } from './protocol';

/**
 * One exercise's live state: its status from the agent, its saved progress, the live-region text,
 * and the actions of its buttons. Progress, the review queue and the workshop hear about starts,
 * goals met, checks and completion.
 */
export function useExercise(spec: ExerciseSpec) {
  const [status, setStatus] = useState<ExerciseStatus | null>(null);
  const [said, setSaid] = useState('');
  const registration = useRef<Registration | null>(null);
  const previous = useRef<ExerciseStatus | null>(null);
  const checking = useRef(false);
  const goalsReported = useRef(new Set<string>());
  const progress = useSyncExternalStore(subscribeProgress, progressSnapshot, serverProgress);
  const saved = progress.lessons[spec.lesson]?.exercises[spec.id];

  const record = useCallback((event: ExerciseEvent) => changeProgress((p) => updateExercise(p, spec.lesson, spec.id, event, Date.now())), [spec]);

  useEffect(() => {
    changeProgress((p) => recordLessonExercises(p, spec.lesson, spec.lessonExercises ?? [spec.id]));
    const onStatus = (next: ExerciseStatus) => {
      const checked = checking.current;
      checking.current = false;
      setSaid(announcement(spec.goals, previous.current, next, checked));
      previous.current = next;
      setStatus(next);
      for (const r of next.results) {
        if (!r.met || goalsReported.current.has(r.id)) continue;
        goalsReported.current.add(r.id);
        if (next.commands > 0) reportGoalMet(spec, r.id);
      }
      if (checked && !next.complete) recordReview(spec, false);
    };
    registration.current = registerExercise(spec, onStatus);
    return () => registration.current?.unregister();
  }, [spec]);

  // Start and completion are decided against saved progress, once it has been read.
  useEffect(() => {
    if (!status || !progressLoaded() || status.commands === 0) return;
    if (!saved) {
      record({ type: 'start' });
      reportStarted(spec);
    }
    if (status.complete && saved?.status !== 'done') {
      record({ type: 'complete' });
      reportCompleted(spec);
      recordReview(spec, true);
    }
  }, [status, saved, spec, record]);

  const act = useCallback(
    (action: ExerciseAction) => {
      if (action.type === 'check') {
        checking.current = true;
        record({ type: 'check' });
        if (!previous.current) setSaid('The terminal is still starting; the check runs as soon as it is ready.');
      }
      registration.current?.act(action);
    },
    [record],
  );

  return { status, said, saved, record, act };
}
