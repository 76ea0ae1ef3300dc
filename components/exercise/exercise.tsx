'use client';

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { GoalList } from './goal-list';
import { HintLadder } from './hint-ladder';
import { InlineCode } from './inline-code';
import { reportHint, reportSolution } from './events';
import { takeProgressNotice } from './progress-client';
import type { ExerciseSpec, GoalResult } from './protocol';
import { useExercise } from './use-exercise';
import './exercise.css';

/** The next exercise of the lesson, or (after the last one) the link to the next lesson. */
function NextStep({ spec }: { spec: ExerciseSpec }) {
  const ids = spec.lessonExercises ?? [];
  const next = ids[ids.indexOf(spec.id) + 1];
  if (next) return <a href={`#exercise-${next}`}>On to the next exercise</a>;
  const toNextLesson = () => {
    const link = document.querySelector<HTMLAnchorElement>('a[rel="next"]');
    link?.scrollIntoView({ block: 'center' });
    link?.focus();
  };
  return (
    <button type="button" className="exercise-button" onClick={toNextLesson}>
      On to the next lesson
    </button>
  );
}

/**
 * An exercise in a lesson (`<Exercise id title>` in MDX; the spec comes from the build as JSON).
 * The task is the element's Markdown; goals are checked by the agent next to the terminal after
 * every command and on Check, and shown here with ✓/✗.
 */
export function Exercise({ spec: json, children }: { id: string; title: string; spec: string; children?: ReactNode }) {
  const spec = useMemo(() => JSON.parse(json) as ExerciseSpec, [json]);
  const { status, said, saved, record, act } = useExercise(spec);
  const [practising, setPractising] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  useEffect(() => {
    if ((spec.lessonExercises ?? [spec.id])[0] === spec.id) void takeProgressNotice().then(setNotice);
  }, [spec]);

  const done = saved?.status === 'done';
  const frozen = done && !practising;
  const results = useMemo(() => {
    const map = new Map<string, GoalResult>();
    for (const goal of spec.goals) map.set(goal.id, frozen ? { id: goal.id, met: true } : (status?.results.find((r) => r.id === goal.id) ?? { id: goal.id, met: false }));
    return map;
  }, [spec, status, frozen]);
  const needsStart = !frozen && !!spec.setup && status !== null && !status.prepared;
  const titleId = `exercise-${spec.id}-title`;

  return (
    <section id={`exercise-${spec.id}`} className="exercise" data-exercise={spec.id} data-done={done ? 'true' : 'false'} aria-labelledby={titleId}>
      <p className="exercise-kind">
        Exercise{done ? ' · done' : ''}
        <a href="/progress">Your progress</a>
      </p>
      <h3 id={titleId}>{spec.title}</h3>
      {notice && (
        <p className="exercise-notice" role="note">
          {notice}
        </p>
      )}
      <div className="exercise-task">{children}</div>
      <div className="not-prose">
        {needsStart && (
          <p className="exercise-start">
            This exercise starts from a prepared terminal.{' '}
            <button type="button" className="exercise-button" data-variant="primary" onClick={() => act({ type: 'reset' })}>
              Start the exercise
            </button>
          </p>
        )}
        {status?.error && (
          <p className="exercise-feedback" role="alert">
            The exercise could not be set up: {status.error}
          </p>
        )}
        <GoalList exerciseId={spec.id} goals={spec.goals} results={results} onAnswer={(goal, value) => act({ type: 'answer', goal, value })} />
        {!frozen && status?.feedback && (
          <p className="exercise-feedback" data-feedback={status.feedback.id}>
            <InlineCode text={status.feedback.message} />
          </p>
        )}
        {frozen ? (
          <div className="exercise-done">
            <p>
              <span aria-hidden="true">✓ </span>Well done: every goal is met.
            </p>
            <NextStep spec={spec} />
            <button type="button" className="exercise-button" onClick={() => setPractising(true)}>
              Practise again
            </button>
          </div>
        ) : (
          <>
            <div className="exercise-actions">
              <button type="button" className="exercise-button" data-variant="primary" onClick={() => act({ type: 'check' })}>
                Check
              </button>
              <button type="button" className="exercise-button" onClick={() => act({ type: 'reset' })}>
                Reset exercise
              </button>
              <button type="button" className="exercise-button" disabled={!status?.canUndo} onClick={() => act({ type: 'undo' })}>
                Undo last command
              </button>
            </div>
            <HintLadder
              hints={spec.hints}
              shown={saved?.hints ?? 0}
              solution={spec.solution}
              solutionShown={saved?.solutionShown ?? false}
              onHint={(rung) => {
                record({ type: 'hint', rung });
                reportHint(spec, rung - 1);
              }}
              onSolution={() => {
                record({ type: 'solution' });
                reportSolution(spec);
              }}
            />
          </>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
