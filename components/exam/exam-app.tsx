'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { settingsFromParams, type ExamSettings } from '@/lib/quiz/exam';
import dynamic from 'next/dynamic';
import { ExamSetup, type ExamModule } from './exam-setup';
import { useBank } from './use-bank';
import '@/components/quiz/quiz.css';
import './exam.css';

// The running exam and stored results load on demand: the first load only needs the setup form.
const loading = () => <p role="status">Loading…</p>;
const ExamRun = dynamic(() => import('./exam-run').then((m) => m.ExamRun), { ssr: false, loading });
const AttemptView = dynamic(() => import('./attempt-view').then((m) => m.AttemptView), { ssr: false, loading });

/** /exam: setup (no seed), an exam (seed + settings in the URL), or a stored result (`?attempt=`). */
export function ExamApp({ modules }: { modules: ExamModule[] }) {
  const params = useSearchParams();
  const attempt = params.get('attempt');
  const query = params.toString();
  const parsed = useMemo(
    () => settingsFromParams((name) => new URLSearchParams(query).get(name), modules.map((m) => m.slug)),
    [query, modules],
  );
  const needsBank = attempt !== null || parsed?.ok === true;
  if (!needsBank) {
    if (parsed && !parsed.ok) {
      return (
        <p role="alert">
          {parsed.error} <Link href="/exam" className="text-accent underline">Set up a new exam</Link>.
        </p>
      );
    }
    return <ExamSetup modules={modules} preselected={(params.get('modules') ?? '').split(',').filter(Boolean)} />;
  }
  return <WithBank attempt={attempt} settings={parsed?.ok ? parsed.settings : null} key={query} />;
}

function WithBank({ attempt, settings }: { attempt: string | null; settings: ExamSettings | null }) {
  const bank = useBank();
  if (bank.status === 'loading') return <p role="status">Loading the questions…</p>;
  if (bank.status === 'error') return <p role="alert">Sorry, {bank.message}. Reload the page to try again.</p>;
  if (attempt !== null) return <AttemptView id={attempt} bank={bank} />;
  return <ExamRun settings={settings!} bank={bank} />;
}
