'use client';

import { type FormEvent, useState } from 'react';
import { ApiError, workshopApi } from '../api';
import { type LessonIndex, lessonTitle } from '../lesson-index';
import { Alert, Button, inputClass } from '../ui';

/** Unlock lessons one at a time and broadcast a message or a hint to every learner. */
export function Pacing({ code, secret, lessons, unlocked, index, closed }: { code: string; secret: string; lessons: string[]; unlocked: number; index: LessonIndex; closed: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const run = (p: Promise<unknown>, done?: string) =>
    p.then(
      () => {
        setError(null);
        setSent(done ?? null);
      },
      (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)),
    );

  async function send(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const style = data.get('style') === 'hint' ? 'hint' : 'message';
    await run(workshopApi.broadcast(code, secret, style, String(data.get('text') ?? '')), style === 'hint' ? 'Hint sent.' : 'Message sent.');
    form.reset();
  }

  const next = lessons[unlocked];
  return (
    <div className="space-y-4">
      {error && <Alert>{error}</Alert>}
      <div>
        <p>
          Open to learners: <strong data-testid="unlocked-count">{unlocked}</strong> of {lessons.length} lessons
          {unlocked > 0 && <span className="text-muted"> (up to “{lessonTitle(index, lessons[unlocked - 1]!)}”)</span>}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <Button disabled={closed || !next} onClick={() => run(workshopApi.unlock(code, secret, unlocked + 1))}>
            {next ? `Unlock next: ${lessonTitle(index, next)}` : 'All lessons are open'}
          </Button>
          <Button variant="secondary" disabled={closed || unlocked <= 1} onClick={() => run(workshopApi.unlock(code, secret, unlocked - 1))}>
            Lock the last one again
          </Button>
        </div>
      </div>
      <form onSubmit={send} aria-label="Broadcast to learners">
        <label htmlFor="broadcast-text" className="mb-1 block font-medium">
          Broadcast to every learner
        </label>
        <textarea id="broadcast-text" name="text" required maxLength={500} rows={2} className={inputClass} disabled={closed} />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-1">
            <input type="radio" name="style" value="message" defaultChecked /> Message
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="style" value="hint" /> Hint
          </label>
          <Button type="submit" disabled={closed}>
            Send
          </Button>
          <span role="status" className="text-sm text-muted">
            {sent}
          </span>
        </div>
      </form>
    </div>
  );
}
