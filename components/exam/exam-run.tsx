'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { buildPaper, PASS_PERCENT, type ExamPaper, type ExamSettings } from '@/lib/quiz/exam';
import { computeResult, type Verdict } from '@/lib/quiz/exam-result';
import { examReducer, startExam, type ExamAction, type ExamState } from '@/lib/quiz/exam-session';
import { saveAttempt } from '@/lib/quiz/history';
import { clearProgress, loadProgress, saveProgress } from '@/lib/quiz/progress';
import { isAnswered } from '@/lib/quiz/responses';
import { browserStore } from '@/lib/quiz/storage';
import type { QuizQuestion } from '@/lib/quiz/types';
import { gradeInBrowser } from '@/components/quiz/grade-client';
import { report } from '@/components/workshop/reporter';
import { ExamRunner } from './exam-runner';

type Running = ExamState | null;

function reducer(state: Running, action: ExamAction | { type: 'start'; state: ExamState }): Running {
  if (action.type === 'start') return action.state;
  return state ? examReducer(state, action) : state;
}

/** Grade command answers in the simulator (loaded only if there are any), then score and store. */
async function finish(paper: ExamPaper, bank: Map<string, QuizQuestion>, state: ExamState): Promise<string> {
  const verdicts: Record<string, Verdict> = {};
  for (const item of paper.items) {
    const q = bank.get(item.id)!;
    const response = state.answers[item.id];
    if (q.type !== 'command' || !isAnswered(response)) continue;
    const v = await gradeInBrowser(q, response).catch(() => ({ status: 'ungradable' as const }));
    verdicts[item.id] = v.status === 'ungradable' ? 'ungraded' : v.status;
  }
  const result = computeResult(paper, bank, state, verdicts);
  if (result.total > 0) report({ type: 'exam-submitted', score: result.correct, total: result.total, passed: result.passed });
  const store = browserStore();
  const id = store ? saveAttempt(store, result)[0]!.id : '';
  if (store) clearProgress(store);
  const { recordQuestionResult } = await import('@/lib/quiz/review');
  const now = new Date();
  for (const item of result.items) if (item.verdict !== 'ungraded') recordQuestionResult(item.id, item.verdict === 'correct', now);
  if (result.total > 0) {
    await import('@/components/workshop/reporter')
      .then((m) => m.report({ type: 'exam-submitted', score: result.correct, total: result.total, passed: result.passed }))
      .catch(() => undefined);
  }
  return id;
}

/** One exam from its settings: a ready screen, the timed run, then scoring and the result page. */
export function ExamRun({ settings, bank }: { settings: ExamSettings; bank: { list: QuizQuestion[]; byId: Map<string, QuizQuestion> } }) {
  const router = useRouter();
  const paper = useMemo(() => buildPaper(bank.list, settings), [bank.list, settings]);
  const [state, dispatch] = useReducer(reducer, null);
  const [phase, setPhase] = useState<'ready' | 'running' | 'scoring' | 'failed'>('ready');
  const finishing = useRef(false);

  useEffect(() => {
    const store = browserStore();
    const saved = store ? loadProgress(store, settings) : null;
    if (saved && saved.ids.join() === paper.items.map((i) => i.id).join()) {
      dispatch({ type: 'start', state: saved });
      setPhase('running');
    }
  }, [settings, paper]);

  useEffect(() => {
    if (!state) return;
    const store = browserStore();
    if (store && state.submittedAt === null) saveProgress(store, settings, state);
    if (state.submittedAt === null || finishing.current) return;
    finishing.current = true;
    setPhase('scoring');
    finish(paper, bank.byId, state).then(
      (id) => router.replace(id ? `/exam?attempt=${encodeURIComponent(id)}` : '/exam'),
      () => setPhase('failed'),
    );
  }, [state, settings, paper, bank.byId, router]);

  if (paper.items.length === 0) return <p>There are no questions for these modules.</p>;
  if (phase === 'scoring') return <p role="status">{state?.auto ? 'Time is up. ' : ''}Scoring your answers…</p>;
  if (phase === 'failed') return <p role="alert">Your answers could not be scored. Reload the page to try again.</p>;
  if (phase === 'running' && state) return <ExamRunner paper={paper} bank={bank.byId} state={state} dispatch={dispatch} />;

  const modules = settings.modules.length ? [...new Set(paper.items.map((i) => bank.byId.get(i.id)!.source.moduleTitle))].join(', ') : 'all modules';
  return (
    <section aria-labelledby="ready-title" className="exam-ready">
      <h2 id="ready-title" className="text-xl font-semibold">
        Ready?
      </h2>
      <ul className="mt-3 list-disc pl-6">
        <li>
          {paper.items.length} questions from {modules}
        </li>
        <li>{settings.minutes >= 1 ? `${settings.minutes} minutes` : `${Math.round(settings.minutes * 60)} seconds`}; the exam is submitted automatically when time runs out</li>
        <li>No feedback until you submit; flag questions to come back to them</li>
        <li>Pass mark: {PASS_PERCENT}%</li>
      </ul>
      <button
        type="button"
        className="quiz-button mt-6"
        onClick={() => {
          dispatch({ type: 'start', state: startExam(paper, Date.now()) });
          setPhase('running');
        }}
      >
        Start now
      </button>
    </section>
  );
}
