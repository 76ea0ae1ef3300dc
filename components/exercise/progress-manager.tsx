'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { lessonStatus } from '@/lib/progress/updates';
import { clearProgress, exportProgress, importProgress } from '@/lib/progress/transfer';
import { browserStore } from '@/lib/progress/types';
import { LessonStatus } from './lesson-status';
import { progressSnapshot, reloadProgress, serverProgress, subscribeProgress, takeProgressNotice } from './progress-client';
import './exercise.css';

export interface LessonRow {
  key: string;
  title: string;
  href: string;
  module: string;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

/** The progress page: what is done, and export / import / clear of everything kept in this browser. */
export function ProgressManager({ lessons }: { lessons: LessonRow[] }) {
  const progress = useSyncExternalStore(subscribeProgress, progressSnapshot, serverProgress);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void takeProgressNotice().then((text) => text && setMessage(text));
  }, []);
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const touched = lessons.filter((l) => lessonStatus(progress, l.key) !== 'not-started');
  const done = touched.filter((l) => lessonStatus(progress, l.key) === 'done').length;

  const onExport = () => {
    const store = browserStore();
    if (!store) return setMessage('This browser does not allow saving data, so there is nothing to export.');
    const data = exportProgress(store, new Date());
    download(`dockerlings-progress-${data.exportedAt.slice(0, 10)}.json`, JSON.stringify(data, null, 2));
    setMessage('Your progress was exported.');
  };

  const onImport = async (chosen: File | undefined) => {
    const store = browserStore();
    if (!chosen || !store) return;
    const result = importProgress(store, await chosen.text(), Date.now());
    if (file.current) file.current.value = '';
    reloadProgress();
    setMessage(result.ok ? `Progress imported: ${result.lessons} lesson${result.lessons === 1 ? '' : 's'}.${result.notice ? ` ${result.notice}` : ''}` : result.error);
  };

  const onClear = () => {
    const store = browserStore();
    if (store) clearProgress(store);
    reloadProgress();
    setConfirming(false);
    setMessage('Your progress and saved terminals were cleared.');
  };

  return (
    <div className="progress-manager">
      <p role="status" aria-live="polite" className="min-h-6">
        {message}
      </p>
      <h2 className="mt-6 text-xl font-semibold">Lessons</h2>
      {touched.length === 0 ? (
        <p className="mt-2 text-muted">No exercise started yet.</p>
      ) : (
        <>
          <p className="mt-2 text-muted">
            {done} of {touched.length} lessons you started are done.
          </p>
          <ul className="mt-3 divide-y divide-border" aria-label="Lessons you started">
            {touched.map((l) => (
              <li key={l.key} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
                <a href={l.href} className="text-accent underline-offset-4 hover:underline">
                  {l.module}: {l.title}
                </a>
                <LessonStatus lesson={l.key} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="mt-8 text-xl font-semibold">Move or reset your progress</h2>
      <p className="mt-2 text-muted">Progress and each lesson’s terminal are kept in this browser only. Export them to a file to keep a copy or to continue elsewhere.</p>
      <div className="exercise-actions">
        <button type="button" className="exercise-button" onClick={onExport}>
          Export progress
        </button>
        <label className="exercise-button">
          Import progress
          <input ref={file} type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => void onImport(e.target.files?.[0])} />
        </label>
        {confirming ? (
          <span role="group" aria-label="Clear all progress?" className="exercise-confirm">
            <span>Clear all progress and saved terminals?</span>
            <button type="button" className="exercise-button" onClick={onClear}>
              Yes, clear it
            </button>
            <button type="button" className="exercise-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" className="exercise-button" onClick={() => setConfirming(true)}>
            Clear progress
          </button>
        )}
      </div>
    </div>
  );
}
